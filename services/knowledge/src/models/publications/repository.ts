import type { Model } from 'mongoose';
import { findPage, type Page, type SortSpec } from '@fabrique/kit';
import type { PublicationRecord } from './schema';

/** Lists order: newest first (publication date once published, creation date before). */
export const LIST_ORDER: SortSpec = [
  ['listedAt', -1, 'date'],
  ['_id', -1, 'string'],
];

export type Filter = Record<string, unknown>;

/** What a grouped sub-list needs of each row to group, order and slice it in memory. */
export type ParentKeyRow = Pick<PublicationRecord, '_id' | 'listedAt'> & Record<string, unknown>;

export interface GroupCount {
  _id: string | null;
  count: number;
}

/** Queries shared by experiences and resources; filters are built by the caller (visibility first). */
export function publicationQueries<R extends PublicationRecord>(model: Model<R>) {
  return {
    model,
    findByIds: (ids: readonly string[]) => model.find({ _id: { $in: ids } }).lean<R[]>().exec(),
    list: (filter: Filter, page: Page) => findPage<R>(model as never, filter, page),
    count: (filter: Filter) => model.countDocuments(filter).exec(),

    /**
     * Ids and sort keys of the records matching `filter` whose `field` is one of `values`, in list
     * order: one query for the sub-lists of many parents (grouped and sliced by the caller).
     */
    keysByParents: (filter: Filter, field: string, values: readonly string[]) =>
      model
        .find({ ...filter, [field]: { $in: values } }, { _id: 1, listedAt: 1, [field]: 1 })
        .sort({ listedAt: -1, _id: -1 })
        .lean<ParentKeyRow[]>()
        .exec(),

    /** How many records match per value of `field` (an array field is unwound), optionally only values matching `valuePattern`. */
    countBy: (filter: Filter, field: string, options: { array?: boolean; values?: readonly string[]; valuePattern?: RegExp; top?: number } = {}) => {
      const pipeline: Array<Record<string, unknown>> = [{ $match: options.values ? { ...filter, [field]: { $in: options.values } } : filter }];
      if (options.array) pipeline.push({ $unwind: `$${field}` });
      if (options.values && options.array) pipeline.push({ $match: { [field]: { $in: options.values } } });
      if (options.valuePattern) pipeline.push({ $match: { [field]: { $regex: options.valuePattern.source } } });
      pipeline.push({ $group: { _id: `$${field}`, count: { $sum: 1 } } }, { $sort: { count: -1, _id: 1 } });
      if (options.top) pipeline.push({ $limit: options.top });
      return model.aggregate<GroupCount>(pipeline as never).exec();
    },
  };
}

export type PublicationQueries<R extends PublicationRecord> = ReturnType<typeof publicationQueries<R>>;


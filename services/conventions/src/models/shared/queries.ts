import type { Model } from 'mongoose';
import { findPage, sortDocument, type Page, type SortSpec } from '@fabrique/kit';

export type Filter = Record<string, unknown>;

/** What a grouped sub-list needs of each row: its id, its sort keys and the parent field. */
export type KeyRow = { _id: string } & Record<string, unknown>;

export interface GroupCount<K = string> {
  _id: K;
  count: number;
}

/**
 * The queries every collection of this service answers the same way; each repository adds its own.
 * Filters are built by the caller (domain rules and visibility first).
 */
export function recordQueries<R extends { _id: string }>(model: Model<R>) {
  return {
    model,
    findById: (id: string) => model.findById(id).lean<R>().exec(),
    findByIds: (ids: readonly string[]) => model.find({ _id: { $in: ids } }).lean<R[]>().exec(),
    list: (filter: Filter, page: Page) => findPage<R>(model as never, filter, page),
    count: (filter: Filter) => model.countDocuments(filter).exec(),

    /**
     * Ids and sort keys of the records matching `filter` whose `field` is one of `parents`, in the
     * given order: one query for the sub-lists of any number of parents (grouped by the caller).
     */
    keysByParents: (field: string, parents: readonly string[], filter: Filter, sort: SortSpec) =>
      model
        .find({ ...filter, [field]: { $in: parents } }, Object.fromEntries([['_id', 1], [field, 1], ...sort.map(([f]) => [f, 1])]))
        .sort(sortDocument(sort))
        .lean<KeyRow[]>()
        .exec(),

    /** How many records match per parent (`field` one of `parents`; an array field is unwound). */
    countByParents: (field: string, parents: readonly string[], filter: Filter, array: boolean) => {
      const match = { $match: { ...filter, [field]: { $in: parents } } };
      const pipeline = array
        ? [match, { $unwind: `$${field}` }, { $match: { [field]: { $in: parents } } }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }]
        : [match, { $group: { _id: `$${field}`, count: { $sum: 1 } } }];
      return model.aggregate<GroupCount>(pipeline as never).exec();
    },

    /** How many records match per value of the grouping expression (e.g. `{ programme: '$programmeId', status: '$status' }`). */
    countGrouped: <K>(filter: Filter, group: unknown, unwind?: string, after?: Filter) => {
      const pipeline: Array<Record<string, unknown>> = [{ $match: filter }];
      if (unwind) pipeline.push({ $unwind: `$${unwind}` });
      if (after) pipeline.push({ $match: after });
      pipeline.push({ $group: { _id: group, count: { $sum: 1 } } });
      return model.aggregate<GroupCount<K>>(pipeline as never).exec();
    },
  };
}

import type { Model } from 'mongoose';
import { versionedRepository, type CollectionShape, type Filter, type RevisionRecord, type SortSpec, type VersionHooks } from '@fabrique/kit';
import type { PublicationRecord } from './schema';

/** Lists order: newest first (publication date once published, creation date before). */
export const LIST_ORDER: SortSpec = [
  ['listedAt', -1, 'date'],
  ['_id', -1, 'string'],
];

/** Most experiences and resources are published: a list's `status: 'PUBLISHED'` narrows nothing (the kit's data/broadConditions.ts). */
export const PUBLICATION_SHAPE: CollectionShape = { broad: { status: ['PUBLISHED'] } };

/** The repository of experiences or resources: versioned, with the grouped counts of statistics. */
export function publicationRepository<R extends PublicationRecord>(model: Model<R>, revisions: Model<RevisionRecord>, what: string, hooks?: VersionHooks<R>) {
  const repository = versionedRepository<R>(model, revisions, what, hooks, PUBLICATION_SHAPE);
  return {
    ...repository,
    /** Every record, in `_id` order (a cursor: the check of the search entries walks them beside their entries). */
    inIdOrder: () => model.find({}).sort({ _id: 1 }).lean<R>().cursor({ batchSize: 500 }),
    /** How many records match per value of `field` (an array field is unwound), largest first; only values matching `valuePattern`, at most `top`. */
    countBy: (filter: Filter, field: string, options: { array?: boolean; valuePattern?: RegExp; top?: number } = {}) =>
      repository.countGrouped<string | null>(
        filter,
        `$${field}`,
        options.array ? field : undefined,
        options.valuePattern ? { [field]: { $regex: options.valuePattern.source } } : undefined,
        options.top,
      ),
  };
}

export type PublicationRepository<R extends PublicationRecord> = ReturnType<typeof publicationRepository<R>>;

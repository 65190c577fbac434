/*
 * The base repository every collection's repository builds on (adding domain-named queries only), and
 * the rules of the database it keeps.
 *
 * The database may be FerretDB v1 (SQLite) rather than MongoDB, and every query shape here is chosen
 * for both. What FerretDB v1 does differently, said once for the whole code base:
 * - Reads: no index is used; only `{ _id: value }` is handed to SQLite, any other filter (`{ _id: { $in } }`
 *   included) reads the collection in full and decodes every value of every document. So `byIds` asks for
 *   a single id as an equality (one commune among 35,000), large collections are split or snapshotted,
 *   documents stay small and projections light. Indexes are still declared: MongoDB uses them.
 * - Writes: a conditional update is read-then-write without isolation, but an insert into a unique
 *   index (`_id` first) is atomic: whatever must happen once (a version, a seat, an idempotency key, an
 *   import key) is claimed by inserting a record, never by a conditional update. A unique violation
 *   found while updating comes back as an InternalError naming SQLite's constraint (isDuplicateKeyError).
 * - Missing features: no `$text`, no TTL index, no date operators, no `renameCollection` with
 *   `dropTarget`; an upsert's `$setOnInsert` drops null and empty-array fields; an update command of 100
 *   statements or more is never answered; `maxTimeMS` holds on find, aggregate and findAndModify only.
 * Every find and aggregation comes in one reply (database.ts, ONE_REPLY_BATCH_SIZE), results are plain
 * objects (`lean`).
 */
import type { Model, Query } from 'mongoose';
import { broadConditionsChecked, type BroadValues } from './broadConditions';
import { listReadsOf } from './engine';
import { allOf, keysetFilter, sortDocument, type Page, type SortSpec } from './relayConnection';

export type Filter = Record<string, unknown>;

/** What a grouped sub-list needs of each row: its id, its sort keys and the parent field. */
export type KeyRow = { _id: string } & Record<string, unknown>;

export interface GroupCount<K = string> {
  _id: K;
  count: number;
}

/** The most statements one write command carries: FerretDB v1 never answers an update command of 100 or more (above). */
export const WRITE_BATCH = 90;

/** `items` in slices of `size`: the statements of one write command each. */
export function* batches<T>(items: readonly T[], size = WRITE_BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** A whole result as plain objects, in one reply. */
export const readAll = async <T>(query: Query<any, any>): Promise<T[]> => (await query.lean<T[]>().exec()) ?? [];

/** The filter selecting these ids: one id as an equality, the only filter FerretDB hands to SQLite. */
const byIds = (ids: readonly string[]): Filter => (ids.length === 1 ? { _id: ids[0]! } : { _id: { $in: [...ids] } });

/** A condition on a record's other fields, as a filter for the database and as a test of a record read by `_id`. */
export interface RecordGuard<R> {
  filter: Filter;
  holds(current: R): boolean;
}

/**
 * Replaces record `id` when `guard` holds (or inserts it when `upsert` and there is none); whether it
 * wrote. One guarded `replaceOne` where the engine selects by index. FerretDB v1 hands only `{ _id }` to
 * SQLite, so a guarded filter reads and decodes the whole collection (3 s for one search entry among
 * 5,000); there the record is read by `_id`, the guard tested here and the write made by `_id`: the same
 * read-then-write FerretDB v1 does itself for a guarded filter, unisolated either way (see above), which
 * is why whatever must happen once is claimed by an insert. A racing upsert may fail with a duplicate key.
 */
export async function replaceGuarded<R extends { _id: string }>(model: Model<R>, id: string, guard: RecordGuard<R>, replacement: R, upsert = false): Promise<boolean> {
  if ((await listReadsOf(model.db)) !== 'scans') {
    const result = await model.replaceOne({ _id: id, ...guard.filter }, replacement, { upsert }).exec();
    return result.matchedCount + result.upsertedCount > 0;
  }
  const current = await model.findById(id).lean<R>().exec();
  if (current ? !guard.holds(current) : !upsert) return false;
  await model.replaceOne({ _id: id }, replacement, { upsert }).exec();
  return true;
}

/** How a collection's records spread: `broad`, the values of fields that most of its records hold (broadConditions.ts). */
export interface CollectionShape {
  broad?: BroadValues;
}

/**
 * The queries every collection answers the same way. Filters are built by the caller (domain rules and
 * visibility first) and always come first in the arguments. A page's or the keys' filter is sent as the
 * engine reads it best (`engineFilter`); counts keep their conditions in the index, where an engine can
 * intersect lists of entries without reading the records (not measured otherwise).
 */
export function baseRepository<R extends { _id: string }>(model: Model<R>, shape: CollectionShape = {}) {
  /** `filter` as this engine reads it best: on DocumentDB, broad conditions checked rather than searched in the index (broadConditions.ts). */
  const engineFilter = async (filter: Filter): Promise<Filter> => ((await listReadsOf(model.db)) === 'unordered' ? broadConditionsChecked(filter, shape.broad) : filter);
  /** The records matching `filter` whose `field` holds one of `parents`, in `sort` order, projected when told. */
  const byParents = async <T>(filter: Filter, field: string, parents: readonly string[], sort: SortSpec, projection?: Record<string, 1>): Promise<T[]> =>
    readAll<T>(model.find(await engineFilter({ ...filter, [field]: { $in: parents } }), projection).sort(sortDocument(sort)));
  return {
    model,
    engineFilter,
    findById: (id: string) => model.findById(id).lean<R>().exec(),
    findByIds: (ids: readonly string[]) => (ids.length === 0 ? Promise.resolve([]) : readAll<R>(model.find(byIds(ids)))),
    /** Writes each record whole by its `_id`, inserted when absent, whatever is stored (maintenance: a rebuild). */
    async overwrite(records: readonly R[]): Promise<void> {
      for (const batch of batches(records)) {
        await model.bulkWrite(batch.map((record) => ({ replaceOne: { filter: { _id: record._id }, replacement: record, upsert: true } })) as never, { ordered: false });
      }
    },
    /** Removes the records of `ids` (maintenance: a rebuild). */
    async removeByIds(ids: readonly string[]): Promise<void> {
      for (const batch of batches(ids)) await model.deleteMany({ _id: { $in: batch } } as never).exec();
    },

    /** One page in the page's ordering: `limit + 1` rows, the last only telling whether a next page exists. */
    list: async (filter: Filter, page: Page): Promise<R[]> =>
      page.limit === 0 ? [] : readAll<R>(model.find(await engineFilter(allOf(filter, keysetFilter(page)))).sort(sortDocument(page.sort)).limit(page.limit + 1)),
    count: (filter: Filter) => model.countDocuments(filter).exec(),
    /** How the engine reads a sorted page (data/engine.ts). */
    listReads: () => listReadsOf(model.db),
    /** Inserts a new record (a duplicate `_id` or unique value fails with a duplicate key error) and returns it. */
    insert: async (record: R): Promise<R> => {
      await model.create(record);
      return record;
    },

    /**
     * Ids and sort keys of the records matching `filter` whose `field` holds one of `parents`, in `sort`
     * order: one query for the sub-lists of any number of parents (see subLists.ts).
     */
    keysByParents: (filter: Filter, field: string, parents: readonly string[], sort: SortSpec) =>
      byParents<KeyRow>(filter, field, parents, sort, Object.fromEntries([['_id', 1], [field, 1], ...sort.map(([f]) => [f, 1])])),
    /** The same records whole (subLists.ts: where each query is a scan, one query instead of keys then records). */
    recordsByParents: (filter: Filter, field: string, parents: readonly string[], sort: SortSpec) => byParents<R>(filter, field, parents, sort),

    /** How many records match per parent (`field` holds one of `parents`; an array field is unwound). */
    countByParents: (filter: Filter, field: string, parents: readonly string[], array: boolean) =>
      countGrouped<string>(model, { ...filter, [field]: { $in: parents } }, `$${field}`, array ? field : undefined, array ? { [field]: { $in: parents } } : undefined),

    /**
     * How many records match per value of the grouping expression (`'$status'`, `{ programme: '$programmeId' }`),
     * largest groups first when grouped by one field; `unwind` an array field first, then keep only what `match` selects, at most `top` groups.
     */
    countGrouped: <K = string>(filter: Filter, group: unknown, unwind?: string, match?: Filter, top?: number) =>
      countGrouped<K>(model, filter, group, unwind, match, top),
  };
}

function countGrouped<K>(model: Model<any>, filter: Filter, group: unknown, unwind?: string, match?: Filter, top?: number): Promise<Array<GroupCount<K>>> {
  const pipeline: Array<Record<string, unknown>> = [{ $match: filter }];
  if (unwind) pipeline.push({ $unwind: `$${unwind}` });
  if (match) pipeline.push({ $match: match });
  pipeline.push({ $group: { _id: group, count: { $sum: 1 } } });
  // Groups keyed by a document come in no particular order: their callers order them.
  if (typeof group === 'string') pipeline.push({ $sort: { count: -1, _id: 1 } });
  if (top) pipeline.push({ $limit: top });
  return model.aggregate<GroupCount<K>>(pipeline as never).exec();
}

export type BaseRepository<R extends { _id: string }> = ReturnType<typeof baseRepository<R>>;

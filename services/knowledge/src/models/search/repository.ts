import type { Connection, Model } from 'mongoose';
import { baseRepository, cachedFor, isDuplicateKeyError, listReadsOf, replaceGuarded, type CollectionShape, type Filter } from '@fabrique/kit';
import { PUBLISHED_SEARCH_INDEX, searchEntrySchema, type KnowledgeType, type SearchEntryRecord } from './schema';

/** What ranking reads of a candidate: never the text. */
type SearchCandidate = Pick<SearchEntryRecord, '_id' | 'type' | 'itemId' | 'version' | 'listedAt' | 'stats'>;

/** How long a search reuses the corpus size it read (see estimatedSize). */
export const CORPUS_SIZE_TTL_MS = 60_000;
const NAMESPACE_NOT_FOUND = 26;

/**
 * Most entries are experiences: a type set holding `EXPERIENCE` narrows nothing, and is checked apart on
 * DocumentDB (the kit's data/broadConditions.ts). The status of a list, `PUBLISHED`, is held by the partial
 * filter of the index it is read by there (`publishedList`).
 */
export const SEARCH_ENTRY_SHAPE: CollectionShape = { broad: { type: ['EXPERIENCE'] } };

export function createSearchEntryRepository(connection: Connection) {
  const model: Model<SearchEntryRecord> = connection.model<SearchEntryRecord>('SearchEntry', searchEntrySchema);
  const countEntries = async (): Promise<number> => {
    if ((await listReadsOf(connection)) !== 'scans') return model.estimatedDocumentCount().exec();
    const [stats] = await model
      .aggregate<{ count: number }>([{ $collStats: { count: {} } }])
      .exec()
      .catch((error: { code?: number }) => {
        // No collection yet (a database the service has not started on): no entries.
        if (error.code === NAMESPACE_NOT_FOUND) return [];
        throw error;
      });
    return stats?.count ?? 0;
  };
  const corpusSize = cachedFor(countEntries, () => '', CORPUS_SIZE_TTL_MS);
  const base = baseRepository(model, SEARCH_ENTRY_SHAPE);
  /**
   * A list of published entries, newest first, as the engine reads it best: on DocumentDB by
   * PUBLISHED_SEARCH_INDEX (named), the status kept as an equality (it is what lets the engine use that
   * partial index; no list of entries is read for it) and the type set checked apart; elsewhere as the
   * base repository sends a filter.
   */
  const publishedFilter = async (filter: Filter): Promise<{ filter: Filter; hint?: string }> => {
    if (filter.status !== 'PUBLISHED' || (await base.listReads()) !== 'unordered') return { filter: await base.engineFilter(filter) };
    const { status, ...conditions } = filter;
    return { filter: { ...(await base.engineFilter(conditions)), status }, hint: PUBLISHED_SEARCH_INDEX.options.name };
  };
  const publishedList = async <T>(filter: Filter, projection: Record<string, 0 | 1>, limit: number): Promise<T[]> => {
    const asked = await publishedFilter(filter);
    const query = model.find(asked.filter, projection).sort({ listedAt: -1, _id: -1 }).limit(limit);
    return (asked.hint ? query.hint(asked.hint) : query).lean<T[]>().exec();
  };
  return {
    ...base,
    /**
     * Writes the entries after their records were written, never over a newer version (a guarded write per
     * entry: the kit's replaceGuarded). Two writers upserting the same new entry at once make one duplicate
     * key: the other's entry is there, fine.
     */
    async save(entries: readonly SearchEntryRecord[]): Promise<void> {
      await Promise.all(
        entries.map((entry) =>
          replaceGuarded(model, entry._id, { filter: { version: { $lte: entry.version } }, holds: (current) => current.version <= entry.version }, entry, true).catch((error: unknown) => {
            if (!isDuplicateKeyError(error)) throw error;
          }),
        ),
      );
    },
    /** Inserts entries known to be missing (an upsert costs FerretDB a lookup per document: the kit's repository.ts). */
    async insertMissing(entries: readonly SearchEntryRecord[]): Promise<void> {
      if (entries.length === 0) return;
      await model.insertMany(entries, { ordered: false }).catch((error: unknown) => {
        if (!isDuplicateKeyError(error)) throw error;
      });
    },
    /**
     * Entries matching `filter` holding one of `terms` (a word's keys, or their title terms), newest
     * first, at most `limit`. With `status` and `type` points in the filter, each term is a range of the
     * index `{terms, status, type, listedAt, _id}` in `listedAt` order, which MongoDB merges and stops
     * after `limit` entries. Where indexes give no order (DocumentDB) the engine reads and sorts every
     * posting the condition selects (53,492 for a common word at the bench's full scale): search bounds
     * `listedAt` there by the key's marks, and every list is read by PUBLISHED_SEARCH_INDEX (`publishedList`).
     */
    candidates: async (filter: Filter, terms: readonly string[], limit: number) => {
      const keys = terms.length === 1 ? terms[0] : { $in: [...terms] };
      return publishedList<SearchCandidate>({ ...filter, terms: keys }, { _id: 1, type: 1, itemId: 1, version: 1, listedAt: 1, stats: 1 }, limit);
    },
    /** The `listedAt` of the newest `limit` entries matching `filter` holding `term`, newest first (a search mark's reading: candidates.ts). */
    newestDates: async (filter: Filter, term: string, limit: number): Promise<Date[]> => {
      const rows = await publishedList<{ listedAt: Date }>({ ...filter, terms: term }, { _id: 0, listedAt: 1 }, limit);
      return rows.map((r) => r.listedAt);
    },
    /**
     * The collection's size, the corpus size of the idf, reused for CORPUS_SIZE_TTL_MS: FerretDB 2.5 with
     * DocumentDB reads every entry for it (and for collStats: 5,049 documents, 68 ms on the bench's quick
     * dataset), and FerretDB v1 decodes every entry for a `count` (1.5–2.4 s there, against 40–70 ms for
     * `$collStats`, which it answers from SQLite's own count). The idf barely moves with a minute of
     * writes; a failed read is not kept.
     */
    estimatedSize: (): Promise<number> => corpusSize(undefined),
    /**
     * Every published entry's type, keys and date, newest first as a word's list orders them (a cursor:
     * the rebuild of the search marks reads them once, domain/search/markBuild.ts). The engine sorts the
     * whole collection: a maintenance command's read, never a request's.
     */
    publishedNewestFirst: () =>
      model
        .find({ status: 'PUBLISHED' }, { _id: 1, type: 1, terms: 1, listedAt: 1 })
        .sort({ listedAt: -1, _id: -1 })
        .allowDiskUse(true)
        .lean<Pick<SearchEntryRecord, '_id' | 'type' | 'terms' | 'listedAt'>>()
        .cursor({ batchSize: 1_000 }),
    /** The entries of `type`, in `_id` order, which is their items' `_id` order (a cursor: the check of the entries, domain/search/entryCheck.ts). */
    inItemOrder: (type: KnowledgeType) => model.find({ type }).sort({ _id: 1 }).lean<SearchEntryRecord>().cursor({ batchSize: 500 }),
    /** Ids, versions and formats of every entry (a light projection), to find stale ones. */
    versions: () => model.find({}, { _id: 1, version: 1, format: 1 }).lean<Array<{ _id: string; version: number; format?: number }>>().exec(),
  };
}

export type SearchEntryRepository = ReturnType<typeof createSearchEntryRepository>;

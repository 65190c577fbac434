import type { Connection, Model } from 'mongoose';
import { baseRepository, isDuplicateKeyError, type Filter } from '@fabrique/kit';
import { searchEntrySchema, type SearchEntryRecord } from './schema';

/** What ranking reads of a candidate: never the text. */
type SearchCandidate = Pick<SearchEntryRecord, '_id' | 'type' | 'itemId' | 'version' | 'listedAt' | 'stats'>;

export function createSearchEntryRepository(connection: Connection) {
  const model: Model<SearchEntryRecord> = connection.model<SearchEntryRecord>('SearchEntry', searchEntrySchema);
  return {
    ...baseRepository(model),
    /**
     * Writes the entries after their records were written, never over a newer version. Two writers
     * upserting the same new entry at once make one duplicate key: the other's entry is there, fine.
     */
    async save(entries: readonly SearchEntryRecord[]): Promise<void> {
      if (entries.length === 0) return;
      const writes = entries.map((entry) => ({
        replaceOne: { filter: { _id: entry._id, version: { $lte: entry.version } }, replacement: entry, upsert: true },
      }));
      await model.bulkWrite(writes, { ordered: false }).catch((error: unknown) => {
        if (!isDuplicateKeyError(error)) throw error;
      });
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
     * first, at most `limit`. One term is an equality, so the index `{terms, status, listedAt, _id}`
     * gives the order and the engine stops after `limit` entries; a word's second key (its unaccented
     * stem) makes a `$in` of two, which MongoDB merges from two index ranges.
     */
    candidates: (filter: Filter, terms: readonly string[], limit: number) =>
      model
        .find({ ...filter, terms: terms.length === 1 ? terms[0] : { $in: [...terms] } }, { _id: 1, type: 1, itemId: 1, version: 1, listedAt: 1, stats: 1 })
        .sort({ listedAt: -1, _id: -1 })
        .limit(limit)
        .lean<SearchCandidate[]>()
        .exec(),
    /** The collection's size from its metadata (no scan): the corpus size of the idf. */
    estimatedSize: () => model.estimatedDocumentCount().exec(),
    /** Ids, versions and formats of every entry (a light projection), to find stale ones. */
    versions: () => model.find({}, { _id: 1, version: 1, format: 1 }).lean<Array<{ _id: string; version: number; format?: number }>>().exec(),
  };
}

export type SearchEntryRepository = ReturnType<typeof createSearchEntryRepository>;

import { Schema, type Connection, type Model } from 'mongoose';
import { baseRepository, batches, isDuplicateKeyError, keyedLoader } from '@fabrique/kit';

/**
 * How far back a search key's newest postings go, for engines whose indexes select a key's postings but
 * give no order (DocumentDB: engine.ts in the kit). A mark holds the `listedAt` of the key's 101st,
 * 201st, 401st, 1,001st… 10,001st newest published entries of some types (MARK_DEPTHS, those it has), so
 * a word's list can be asked within `listedAt >= mark` first: the engine then reads about that many
 * postings instead of all of them (53,492 for a common word at the bench's full scale). A mark is a hint, never trusted: a
 * window is kept only when it fills the list (domain/search/candidates.ts). Keys with 101 postings or
 * fewer have no mark (their whole list is small), so the collection is bounded by the data's common keys.
 */
export interface SearchMarkRecord {
  /** `<types, comma-separated, sorted>|<key>` (markId). */
  _id: string;
  /** The `listedAt` of the MARK_DEPTHS-th newest postings, as many as the key has (at least one). */
  dates: Date[];
  /**
   * The depths `dates` are at: MARK_DEPTHS when it was written. A mark of other depths (written before
   * they changed, or without them: 101, 1,001 and 10,001) is no mark: read again when a search meets it.
   */
  depths?: number[];
  /** When it was read: a mark older than MARK_TTL_MS is read again when a search meets it. */
  markedAt: Date;
}

/**
 * The depths marked, each about twice the one before: a filtered list is asked within the first window
 * its filter's share of the entries could fill (candidates.ts), so it reads at most about twice the
 * records it needs, where windows ten times apart read up to ten times (at the bench's full scale, 30
 * searches of its workload on DocumentDB: 870 → 541 documents examined per search).
 */
export const MARK_DEPTHS = [101, 201, 401, 1_001, 2_001, 4_001, 10_001] as const;

/** Whether a mark's dates are at MARK_DEPTHS (see SearchMarkRecord.depths). */
export const atCurrentDepths = (mark: Pick<SearchMarkRecord, 'depths'>): boolean =>
  mark.depths?.length === MARK_DEPTHS.length && mark.depths.every((depth, i) => depth === MARK_DEPTHS[i]);
/** How long a mark is used before it is read again (new postings make its windows hold more; windows stay exact). */
export const MARK_TTL_MS = 3_600_000;
/** How long a process reuses the marks (and the absence of a mark) it read. */
export const MARK_CACHE_MS = 60_000;
const CACHE_LIMIT = 5_000;

export const markId = (types: readonly string[], key: string) => `${[...types].sort().join(',')}|${key}`;

export const searchMarkSchema = new Schema<SearchMarkRecord>(
  {
    _id: { type: String, required: true },
    dates: { type: [Date], required: true },
    depths: { type: [Number], default: undefined },
    markedAt: { type: Date, required: true },
  },
  { collection: 'search_marks', versionKey: false },
);

export function createSearchMarkRepository(connection: Connection) {
  const model: Model<SearchMarkRecord> = connection.model<SearchMarkRecord>('SearchMark', searchMarkSchema);
  const base = baseRepository(model);
  // Marks are hints: a minute-old one is as good as a fresh one, and reading them is a round trip per search.
  // A key found with too few postings is remembered here only (a mark without dates), for MARK_TTL_MS:
  // storing it would let any query word add a document.
  const cache = new Map<string, { mark: SearchMarkRecord | null; until: number }>();
  // The marks asked in the same tick (a search's words, side by side) share one `_id` read; nothing is
  // cached there (the cache above is, for a minute).
  const stored = keyedLoader((ids: readonly string[]) => model.find({ _id: { $in: [...ids] } }).lean<SearchMarkRecord[]>().exec(), (m) => m._id, { cache: false });
  // One reading per key at a time in this process: concurrent searches meeting an unmarked key share it.
  const marking = new Map<string, Promise<void>>();
  const remember = (id: string, mark: SearchMarkRecord | null) => {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(id, { mark, until: mark && mark.dates.length === 0 ? mark.markedAt.getTime() + MARK_TTL_MS : Date.now() + MARK_CACHE_MS });
  };
  /** Writes a key's mark; a key with too few postings for one is remembered by this process only (its former mark removed). */
  async function save(id: string, dates: readonly Date[], former: SearchMarkRecord | null): Promise<void> {
    const mark: SearchMarkRecord = { _id: id, dates: [...dates], depths: [...MARK_DEPTHS], markedAt: new Date() };
    if (dates.length > 0) {
      await model.replaceOne({ _id: id }, mark, { upsert: true }).exec().catch((error: unknown) => {
        // Two searches marking the same key at once: the other's mark is as good.
        if (!isDuplicateKeyError(error)) throw error;
      });
    } else if (former && former.dates.length > 0) {
      await model.deleteOne({ _id: id }).exec();
    }
    remember(id, mark);
  }
  return {
    model,
    save,
    /** The marks of `ids` (null: none known), from this process's cache while fresh, else read by `_id` (batched per tick). */
    async find(ids: readonly string[]): Promise<Map<string, SearchMarkRecord | null>> {
      const now = Date.now();
      const missing = [...new Set(ids.filter((id) => !((cache.get(id)?.until ?? 0) > now)))];
      const read = await Promise.all(missing.map((id) => stored.load(id)));
      missing.forEach((id, i) => remember(id, read[i] ?? null));
      return new Map(ids.map((id) => [id, cache.get(id)?.mark ?? null]));
    },
    /** Marks a key from its newest dates (`read`: as many as the deepest mark), once at a time per key in this process. */
    mark(id: string, read: () => Promise<readonly Date[]>, former: SearchMarkRecord | null): Promise<void> {
      let pending = marking.get(id);
      if (!pending) {
        pending = read()
          .then((newest) => save(id, MARK_DEPTHS.filter((depth) => newest.length >= depth).map((depth) => newest[depth - 1]!), former))
          .finally(() => marking.delete(id));
        marking.set(id, pending);
      }
      return pending;
    },
    /** Every stored mark (a maintenance command's read: bounded by the data's common keys). */
    all: () => model.find().lean<SearchMarkRecord[]>().exec(),
    /**
     * Makes the stored marks exactly `marks` (a rebuild, domain/search/markBuild.ts): each written by `_id`,
     * in batches, then the others removed. A search marking a key meanwhile writes a mark as good.
     */
    async replaceAll(marks: ReadonlyArray<Pick<SearchMarkRecord, '_id' | 'dates'>>): Promise<void> {
      const markedAt = new Date();
      for (const batch of batches(marks)) {
        await base.overwrite(batch.map((m) => ({ _id: m._id, dates: [...m.dates], depths: [...MARK_DEPTHS], markedAt }))).catch((error: unknown) => {
          // A search marking the same key at that moment: its mark is as good.
          if (!isDuplicateKeyError(error)) throw error;
        });
      }
      const kept = new Set(marks.map((m) => m._id));
      await base.removeByIds((await model.find({}, { _id: 1 }).lean<Array<{ _id: string }>>().exec()).map((m) => m._id).filter((id) => !kept.has(id)));
      cache.clear();
    },
    /** Forgets what this process read (tests). */
    forget: () => cache.clear(),
  };
}

export type SearchMarkRepository = ReturnType<typeof createSearchMarkRepository>;

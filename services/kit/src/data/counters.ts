/*
 * Maintained counters: dashboard figures kept as writes happen, so that a statistic reads a few counters
 * (as many as the figure has rows) instead of aggregating whole collections on every request.
 *
 * Not `$inc`: on FerretDB v1 an update is read-then-write without isolation (repository.ts), and 200
 * concurrent `$inc` on three counters were measured to keep 27. Whatever must count once is an insert:
 * 1. A write that changes what a record counts for inserts one *change*, keyed by the version it claimed
 *    (`<collection>/<id>@<version>`, versioning.ts): one per version across every instance, and inserting
 *    it again (a retry, a write rolled forward) is a no-op.
 * 2. A *fold* adds the pending changes to the counters. One fold at a time, claimed by inserting its
 *    number; it tags the pending changes with that number first, and each counter remembers the last fold
 *    it took, so a fold redone after a crash adds nothing twice. Every write tries to fold after its
 *    change (a busy fold is left to its owner); folded changes are deleted some seconds later.
 * 3. A read takes the counters, then the changes of its figure they do not hold yet (untagged, or tagged
 *    by a later fold than the counter's): never stale. Tagging happens before a fold adds, so a change a
 *    read sees untagged is in no counter it read before.
 * `rebuild` recomputes every counter from the records (the seed on a new database, the bench after a bulk
 * load, and `npm run statistics -- --rebuild`); tests compare the counters with the direct computation.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError } from './database';
import type { VersionHooks } from './versioning';

/** A counter's address: what it counts (`figure`), within what (`scope`, `*` for everything), for which value (`key`). */
export interface CounterKey {
  figure: string;
  scope: string;
  key: string;
}

export interface CounterRecord extends CounterKey {
  /** `<figure>|<scope>|<key>`. */
  _id: string;
  count: number;
  /** The last fold added to this counter. */
  fold: number;
}

/** What one version of one record changed: counter ids and amounts, and the figure scopes they touch (for reads). */
export interface CounterChangeRecord {
  _id: string;
  counters: string[];
  amounts: number[];
  /** `<figure>|<scope>` of each counter, deduplicated: a read asks for the changes of its own. */
  scopes: string[];
  /** The fold that took this change; null while pending. */
  fold: number | null;
  at: Date;
}

export interface CounterFoldRecord {
  _id: number;
  startedAt: Date;
  doneAt: Date | null;
}

/** A row of a figure: a key and its count. */
export interface CountedKey {
  key: string;
  count: number;
}

const SEPARATOR = '|';
export const counterId = ({ figure, scope, key }: CounterKey) => [figure, scope, key].join(SEPARATOR);
/** `<figure>|<scope>` of a counter id. */
const scopeOf = (id: string) => id.slice(0, id.lastIndexOf(SEPARATOR));
const keyOf = (id: string) => id.slice(id.lastIndexOf(SEPARATOR) + 1);
/** The counter of an id (figures and keys hold no separator). */
function counterOf(id: string, count: number, fold: number): CounterRecord {
  const figure = id.slice(0, id.indexOf(SEPARATOR));
  return { _id: id, figure, scope: scopeOf(id).slice(figure.length + 1), key: keyOf(id), count, fold };
}

/** A fold whose owner has not finished it after this long died: the next fold finishes it first. */
const FOLD_STALLED_MS = 30_000;
/** Folded changes are kept this long, for reads that began before their fold. */
const FOLDED_KEPT_MS = 10_000;
/** FerretDB v1 never answers an update command of 100 statements or more (repository.ts). */
const WRITE_CHUNK = 90;
/** Extra counters a top-N read takes beyond N, room for pending changes lowering some of them. */
const TOP_MARGIN = 20;

const counterSchema = new Schema<CounterRecord>(
  {
    _id: { type: String, required: true },
    figure: { type: String, required: true },
    scope: { type: String, required: true },
    key: { type: String, required: true },
    count: { type: Number, required: true },
    fold: { type: Number, required: true },
  },
  { collection: 'statistic_counters', versionKey: false },
);
// A figure's rows largest first: a top-N read is an index range of N entries.
counterSchema.index({ figure: 1, scope: 1, count: -1, key: 1 });

const changeSchema = new Schema<CounterChangeRecord>(
  {
    _id: { type: String, required: true },
    counters: { type: [String], required: true },
    amounts: { type: [Number], required: true },
    scopes: { type: [String], required: true },
    fold: { type: Number, default: null },
    at: { type: Date, required: true },
  },
  { collection: 'statistic_changes', versionKey: false },
);
changeSchema.index({ scopes: 1, fold: 1 });
changeSchema.index({ fold: 1 });

const foldSchema = new Schema<CounterFoldRecord>(
  { _id: { type: Number, required: true }, startedAt: { type: Date, required: true }, doneAt: { type: Date, default: null } },
  { collection: 'statistic_folds', versionKey: false },
);

/** The difference between what a record counted for before and after a write: +1 and -1 per counter. */
export function counterDifference(before: readonly CounterKey[], after: readonly CounterKey[]): Map<string, number> {
  const amounts = new Map<string, number>();
  for (const key of before) amounts.set(counterId(key), (amounts.get(counterId(key)) ?? 0) - 1);
  for (const key of after) amounts.set(counterId(key), (amounts.get(counterId(key)) ?? 0) + 1);
  for (const [id, amount] of amounts) if (amount === 0) amounts.delete(id);
  return amounts;
}

export function counterStore(connection: Connection) {
  const counters: Model<CounterRecord> = connection.model<CounterRecord>('StatisticCounter', counterSchema);
  const changes: Model<CounterChangeRecord> = connection.model<CounterChangeRecord>('StatisticChange', changeSchema);
  const folds: Model<CounterFoldRecord> = connection.model<CounterFoldRecord>('StatisticFold', foldSchema);

  const lastFold = () => folds.findOne({}).sort({ _id: -1 }).lean<CounterFoldRecord>().exec();

  /** Claims the next fold number; null when another fold is under way. A stalled fold is finished first. */
  async function claimFold(): Promise<number | null> {
    const last = await lastFold();
    if (last && !last.doneAt) {
      if (Date.now() - last.startedAt.getTime() < FOLD_STALLED_MS) return null;
      if (!(await insertOnce(folds, { _id: last._id + 1, startedAt: new Date(), doneAt: null }))) return null;
      await addTagged(last._id);
      await folds.updateOne({ _id: last._id }, { $set: { doneAt: new Date() } }).exec();
      return last._id + 1;
    }
    const next = (last?._id ?? 0) + 1;
    return (await insertOnce(folds, { _id: next, startedAt: new Date(), doneAt: null })) ? next : null;
  }

  /** Adds the changes tagged `fold` to the counters that have not taken that fold yet. */
  async function addTagged(fold: number): Promise<void> {
    const tagged = await changes.find({ fold }).lean<CounterChangeRecord[]>().exec();
    const sums = new Map<string, number>();
    for (const change of tagged) change.counters.forEach((id, i) => sums.set(id, (sums.get(id) ?? 0) + change.amounts[i]!));
    const ids = [...sums.keys()];
    for (let i = 0; i < ids.length; i += WRITE_CHUNK) {
      const chunk = ids.slice(i, i + WRITE_CHUNK);
      const current = new Map((await counters.find({ _id: { $in: chunk } }).lean<CounterRecord[]>().exec()).map((c) => [c._id, c]));
      const writes = chunk.flatMap((id) => {
        const counter = current.get(id);
        if (counter && counter.fold >= fold) return [];
        return [{ replaceOne: { filter: { _id: id }, replacement: counterOf(id, (counter?.count ?? 0) + sums.get(id)!, fold), upsert: true } }];
      });
      if (writes.length > 0) await counters.bulkWrite(writes as never, { ordered: false });
    }
  }

  /** Adds every pending change to the counters, unless another fold is under way (it will, or the next write's). */
  async function fold(): Promise<void> {
    const number = await claimFold();
    if (number === null) return;
    await changes.updateMany({ fold: null }, { $set: { fold: number } }).exec();
    await addTagged(number);
    const now = new Date();
    await folds.updateOne({ _id: number }, { $set: { doneAt: now } }).exec();
    const old = await folds.findOne({ doneAt: { $ne: null, $lt: new Date(now.getTime() - FOLDED_KEPT_MS) } }).sort({ _id: -1 }).lean<CounterFoldRecord>().exec();
    if (old) {
      await changes.deleteMany({ fold: { $lte: old._id } }).exec();
      await folds.deleteMany({ _id: { $lt: old._id } }).exec();
    }
  }

  /**
   * Counts pending changes into what was read of the counters: a change counts unless the counter read
   * had already taken its fold.
   */
  function withPending(read: Map<string, CounterRecord | undefined>, pending: readonly CounterChangeRecord[], scope: string) {
    const counts = new Map<string, number>();
    for (const [id, counter] of read) counts.set(id, counter?.count ?? 0);
    for (const change of pending) {
      change.counters.forEach((id, i) => {
        if (scopeOf(id) !== scope) return;
        const counter = read.get(id);
        if (change.fold !== null && counter && counter.fold >= change.fold) return;
        counts.set(id, (counts.get(id) ?? 0) + change.amounts[i]!);
      });
    }
    return counts;
  }

  /** Counters of a figure (the `limit` largest), then the changes they do not hold yet. */
  async function readSlice(figure: string, scope: string, limit: number | undefined, keyPrefix: string | undefined) {
    const where = { figure, scope, count: { $gt: 0 }, ...(keyPrefix ? { key: { $regex: `^${escapeRegex(keyPrefix)}` } } : {}) };
    let query = counters.find(where).sort({ count: -1, key: 1 });
    if (limit !== undefined) query = query.limit(limit);
    const slice = await query.lean<CounterRecord[]>().exec();
    const read = new Map<string, CounterRecord | undefined>(slice.map((c) => [c._id, c]));
    const figureScope = [figure, scope].join(SEPARATOR);
    const pending = await changes.find({ scopes: figureScope }).lean<CounterChangeRecord[]>().exec();
    // The counters pending changes touch beyond the slice (or at zero) tell which folds they took.
    const missing = [...new Set(pending.flatMap((c) => c.counters.filter((id) => scopeOf(id) === figureScope && !read.has(id))))];
    if (missing.length > 0) {
      for (const counter of await counters.find({ _id: { $in: missing } }).lean<CounterRecord[]>().exec()) read.set(counter._id, counter);
    }
    const counts = withPending(read, pending, figureScope);
    const lowered = slice.filter((c) => counts.get(c._id)! < c.count).length;
    const rows = [...counts]
      .map(([id, count]) => ({ key: keyOf(id), count }))
      .filter((row) => row.count > 0 && (!keyPrefix || row.key.startsWith(keyPrefix)))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { rows, lowered, full: limit !== undefined && slice.length === limit };
  }

  return {
    models: [counters, changes, folds] as Model<any>[],

    /**
     * Records what one version of a record changed in the counters (`changeId`: the version's claim),
     * then folds. Recording the same version again changes nothing.
     */
    async record(changeId: string, before: readonly CounterKey[], after: readonly CounterKey[]): Promise<void> {
      const amounts = counterDifference(before, after);
      if (amounts.size === 0) return;
      const ids = [...amounts.keys()];
      const change = { _id: changeId, counters: ids, amounts: ids.map((id) => amounts.get(id)!), scopes: [...new Set(ids.map(scopeOf))], fold: null, at: new Date() };
      await insertOnce(changes, change);
      await fold();
    },

    fold,

    /**
     * The rows of a figure within a scope, largest first (then by key), without zeros; at most `top`.
     * `keyPrefix` keeps only keys starting with it (a level of territories, a kind of publisher).
     */
    async read(figure: string, scope: string, options: { top?: number; keyPrefix?: string } = {}): Promise<CountedKey[]> {
      const { top } = options;
      let limit = top === undefined ? undefined : top + TOP_MARGIN;
      for (;;) {
        const { rows, lowered, full } = await readSlice(figure, scope, limit, options.keyPrefix);
        // The top N is right when N counters of the slice were not lowered: no unread counter (none has pending changes) can pass them.
        if (limit === undefined || top === undefined || !full || lowered <= limit - top) return top === undefined ? rows : rows.slice(0, top);
        limit = top + lowered;
      }
    },

    /** Whether the counters were ever built (a database from before them has no fold). */
    built: async () => (await folds.exists({}).exec()) !== null,

    /**
     * Recomputes every counter from `contributions` (what each record counts for), as one fold: run it
     * while nothing writes (a write racing it may be counted twice until the next rebuild).
     */
    async rebuild(contributions: AsyncIterable<readonly CounterKey[]> | Iterable<readonly CounterKey[]>): Promise<number> {
      let number: number | null = null;
      for (let attempt = 0; attempt < 100 && number === null; attempt++) {
        number = await claimFold();
        if (number === null) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (number === null) throw new Error('The statistics counters are being folded by another process; try again.');
      await changes.updateMany({ fold: null }, { $set: { fold: number } }).exec();
      const totals = new Map<string, number>();
      for await (const keys of contributions) for (const key of keys) totals.set(counterId(key), (totals.get(counterId(key)) ?? 0) + 1);
      await counters.deleteMany({}).exec();
      const records = [...totals].map(([id, count]) => counterOf(id, count, number!));
      for (let i = 0; i < records.length; i += 1_000) await counters.insertMany(records.slice(i, i + 1_000), { ordered: false });
      // The changes pending before the rebuild are in the records it read.
      await changes.deleteMany({ fold: { $lte: number } }).exec();
      await folds.updateOne({ _id: number }, { $set: { doneAt: new Date() } }).exec();
      return records.length;
    },
  };
}

export type CounterStore = ReturnType<typeof counterStore>;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Inserts a record that may already be there; whether this call inserted it. */
async function insertOnce<T>(model: Model<T>, record: T): Promise<boolean> {
  try {
    await model.create(record);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** The version hooks that keep a store's counters: what a record counts for before and after each write (`contributions`, null: nothing). */
export function countedBy<T>(store: CounterStore, contributions: (record: T | null) => readonly CounterKey[]): VersionHooks<T> {
  return { afterWrite: (previous, next, claim) => store.record(claim, contributions(previous), contributions(next)) };
}

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
 *    number; it tags the pending changes with that number first, and each figure document remembers the
 *    last fold it took, so a fold redone after a crash adds nothing twice. A write folds once 25 changes
 *    are pending (a busy fold is left to its owner); folded changes are deleted some seconds later.
 * 3. A read takes the figure's document, then the changes of that figure it does not hold yet (untagged,
 *    or tagged by a later fold than the document's): never stale. Tagging happens before a fold adds, so
 *    a change a read sees untagged is in no document it read before. The figures read in the same tick
 *    (a dashboard reads three to seven) share one query of pending changes.
 * The counters of one figure within one scope (themes within a département, say) are one document, read
 * by its `_id`: the one query FerretDB v1 answers without reading the whole collection, and one document
 * examined per figure on any engine. A figure with many keys (publishers: 17,000 at the bench's full
 * scale, 600 KB) also keeps its largest rows (`tops`, per key prefix): a top N reads those alone, and the
 * whole document only when pending changes could reorder them.
 * `rebuild` recomputes every counter from the records (the seed on a new database, the bench after a bulk
 * load, and `npm run statistics -- --rebuild`) and records which `definitions` it built: a service that
 * adds a figure raises its number, and `built()` is false until the counters are rebuilt. Tests compare
 * the counters with the direct computation.
 */
import DataLoader from 'dataloader';
import { Schema, type Connection, type Model } from 'mongoose';
import { insertClaim } from './database';
import { listReadsOf } from './engine';
import { batches } from './repository';
import type { VersionHooks } from './versioning';

/** A counter's address: what it counts (`figure`), within what (`scope`, `*` for everything), for which value (`key`). */
export interface CounterKey {
  figure: string;
  scope: string;
  key: string;
}

/** Every counter of one figure within one scope. */
export interface FigureRecord {
  /** `<figure>|<scope>`. */
  _id: string;
  /** Each key and its count (an array: keys may hold dots). */
  counts: Array<{ key: string; count: number }>;
  /** The last fold added to this figure. */
  fold: number;
  /** The largest rows (TOP_KEPT), of all keys (`prefix` '') and of the keys of each prefix (`REGION:`); absent on documents written before them. */
  tops?: FigureTop[];
}

/** The largest rows of a figure's keys starting with `prefix`, and how many such keys count more than 0. */
export interface FigureTop {
  prefix: string;
  size: number;
  rows: Array<{ key: string; count: number }>;
}

/** What one version of one record changed in the counters. */
export interface CounterChangeRecord {
  _id: string;
  /** Counter ids (`<figure>|<scope>|<key>`) and what they change by. */
  counters: string[];
  amounts: number[];
  /** The figure documents they belong to (`<figure>|<scope>`): a read asks for the changes of its own. */
  figures: string[];
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

/** What `check` found: how many counters the records give, those that differ, and changes still pending (another fold under way). */
export interface CounterCheck {
  counters: number;
  differences: Array<{ counter: string; stored: number; expected: number }>;
  pending: number;
}

type Contributions = AsyncIterable<readonly CounterKey[]> | Iterable<readonly CounterKey[]>;

const SEPARATOR = '|';
export const counterId = ({ figure, scope, key }: CounterKey) => [figure, scope, key].join(SEPARATOR);
/** The figure document of a counter id (figures and keys hold no separator). */
const figureOf = (id: string) => id.slice(0, id.lastIndexOf(SEPARATOR));
const keyOf = (id: string) => id.slice(id.lastIndexOf(SEPARATOR) + 1);

/** A fold whose owner has not finished it after this long died: the next fold finishes it first. */
const FOLD_STALLED_MS = 30_000;
/** Folded changes are kept this long, for reads that began before their fold. */
const FOLDED_KEPT_MS = 10_000;
/**
 * A write folds only once this many changes are pending: reads count pending changes anyway, so folding
 * after every write would only cost each write a fold (about ten round trips) for nothing.
 */
const FOLD_AFTER_PENDING = 25;

const rowSchema = { _id: false, key: { type: String, required: true }, count: { type: Number, required: true } };
const figureSchema = new Schema<FigureRecord>(
  {
    _id: { type: String, required: true },
    counts: { type: [rowSchema], default: [] },
    fold: { type: Number, required: true },
    tops: { type: [{ _id: false, prefix: { type: String, default: '' }, size: { type: Number, required: true }, rows: { type: [rowSchema], default: [] } }], default: undefined },
  },
  { collection: 'statistic_figures', versionKey: false },
);

const changeSchema = new Schema<CounterChangeRecord>(
  {
    _id: { type: String, required: true },
    counters: { type: [String], required: true },
    amounts: { type: [Number], required: true },
    figures: { type: [String], required: true },
    fold: { type: Number, default: null },
    at: { type: Date, required: true },
  },
  { collection: 'statistic_changes', versionKey: false },
);
changeSchema.index({ figures: 1, fold: 1 });
changeSchema.index({ fold: 1 });

/** The collection of folds: empty until the counters are first built. */
const STATISTIC_FOLDS = 'statistic_folds';

const foldSchema = new Schema<CounterFoldRecord>(
  { _id: { type: Number, required: true }, startedAt: { type: Date, required: true }, doneAt: { type: Date, default: null } },
  { collection: STATISTIC_FOLDS, versionKey: false },
);

/** Which definitions of the figures, and format of their documents, the counters were last rebuilt for (one record, `_id: 'counters'`). */
interface CounterBuildRecord {
  _id: string;
  definitions: number;
  format?: number;
  builtAt: Date;
}

/** 2: figure documents keep their largest rows (`tops`). */
const FIGURE_FORMAT = 2;

const buildSchema = new Schema<CounterBuildRecord>(
  { _id: { type: String, required: true }, definitions: { type: Number, required: true }, format: { type: Number }, builtAt: { type: Date, required: true } },
  { collection: 'statistic_builds', versionKey: false },
);

/** The difference between what a record counted for before and after a write: +1 and -1 per counter. */
export function counterDifference(before: readonly CounterKey[], after: readonly CounterKey[]): Map<string, number> {
  const amounts = new Map<string, number>();
  for (const key of before) amounts.set(counterId(key), (amounts.get(counterId(key)) ?? 0) - 1);
  for (const key of after) amounts.set(counterId(key), (amounts.get(counterId(key)) ?? 0) + 1);
  for (const [id, amount] of amounts) if (amount === 0) amounts.delete(id);
  return amounts;
}

/** How many of a figure's largest rows its document keeps apart, per prefix: a top N up to this reads them alone. */
export const TOP_KEPT = 100;

/** Rows largest first, then by key. */
const byCount = (a: CountedKey, b: CountedKey) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The prefixes a key's rows are kept under: every key (''), and keys of the same kind (`REGION:` of `REGION:84`). */
const prefixesOf = (key: string) => (key.indexOf(':') > 0 ? ['', key.slice(0, key.indexOf(':') + 1)] : ['']);
/** A `keyPrefix` that has kept rows of its own. */
const keptPrefix = (prefix: string) => /^[^:]+:$/.test(prefix);

/** The kept largest rows of a figure's counts. */
function topsOf(counts: ReadonlyArray<{ key: string; count: number }>): FigureTop[] {
  const groups = new Map<string, CountedKey[]>();
  for (const row of counts) {
    if (row.count <= 0) continue;
    for (const prefix of prefixesOf(row.key)) {
      const group = groups.get(prefix);
      if (group) group.push(row);
      else groups.set(prefix, [row]);
    }
  }
  return [...groups].map(([prefix, rows]) => ({ prefix, size: rows.length, rows: rows.sort(byCount).slice(0, TOP_KEPT) }));
}

/** A figure document holding `counts`, taking `fold`. */
const figureRecord = (_id: string, counts: Array<{ key: string; count: number }>, fold: number): FigureRecord => ({ _id, counts, fold, tops: topsOf(counts) });

/** Counter ids and values, grouped into figure documents taking `fold`. */
function figureRecords(totals: Map<string, number>, fold: number): FigureRecord[] {
  const figures = new Map<string, Array<{ key: string; count: number }>>();
  for (const [id, count] of totals) {
    if (count === 0) continue;
    const counts = figures.get(figureOf(id));
    if (counts) counts.push({ key: keyOf(id), count });
    else figures.set(figureOf(id), [{ key: keyOf(id), count }]);
  }
  return [...figures].map(([id, counts]) => figureRecord(id, counts, fold));
}

/** A figure document as a read found it, and the amounts by key of the changes it had not taken. */
interface FigureNow {
  stored: FigureRecord | null;
  pending: Map<string, number>;
}

/**
 * The rows a top N is from the kept rows and the pending changes, or null when those cannot tell: rows
 * outside the kept ones count at most the last kept row's count (plus what pending changes add to them),
 * so the N-th row must count more than that.
 */
function topFromKept({ stored, pending }: FigureNow, top: number, prefix: string): CountedKey[] | null {
  if (stored && !stored.tops) return null;
  const kept = stored?.tops?.find((t) => t.prefix === prefix) ?? { prefix, size: 0, rows: [] };
  const complete = kept.size <= kept.rows.length;
  const counts = new Map(kept.rows.map((row) => [row.key, row.count]));
  let outsideRise = 0;
  for (const [key, amount] of pending) {
    if (!key.startsWith(prefix)) continue;
    if (complete || counts.has(key)) counts.set(key, (counts.get(key) ?? 0) + amount);
    else outsideRise = Math.max(outsideRise, amount);
  }
  const rows = [...counts].filter(([, count]) => count > 0).map(([key, count]) => ({ key, count })).sort(byCount);
  if (!complete && !(rows.length >= top && rows[top - 1]!.count > kept.rows[kept.rows.length - 1]!.count + outsideRise)) return null;
  return rows.slice(0, top);
}

/**
 * The counters of one database. `definitions` numbers the service's figures and scopes: raise it when
 * they change, so that `built()` asks for a rebuild of counters built for the previous ones.
 */
export function counterStore(connection: Connection, { definitions }: { definitions: number }) {
  const figures: Model<FigureRecord> = connection.model<FigureRecord>('StatisticFigure', figureSchema);
  const changes: Model<CounterChangeRecord> = connection.model<CounterChangeRecord>('StatisticChange', changeSchema);
  const folds: Model<CounterFoldRecord> = connection.model<CounterFoldRecord>('StatisticFold', foldSchema);
  const builds: Model<CounterBuildRecord> = connection.model<CounterBuildRecord>('StatisticBuild', buildSchema);

  const lastFold = () => folds.findOne({}).sort({ _id: -1 }).lean<CounterFoldRecord>().exec();

  /** Claims the next fold number; null when another fold is under way. A stalled fold is finished first. */
  async function claimFold(): Promise<number | null> {
    const last = await lastFold();
    if (last && !last.doneAt) {
      if (Date.now() - last.startedAt.getTime() < FOLD_STALLED_MS) return null;
      if (!(await insertClaim(folds, { _id: last._id + 1, startedAt: new Date(), doneAt: null }))) return null;
      await addTagged(last._id);
      await folds.updateOne({ _id: last._id }, { $set: { doneAt: new Date() } }).exec();
      return last._id + 1;
    }
    const next = (last?._id ?? 0) + 1;
    return (await insertClaim(folds, { _id: next, startedAt: new Date(), doneAt: null })) ? next : null;
  }

  /** Adds the changes tagged `fold` to the figure documents that have not taken that fold yet. */
  async function addTagged(fold: number): Promise<void> {
    const tagged = await changes.find({ fold }).lean<CounterChangeRecord[]>().exec();
    const sums = new Map<string, Map<string, number>>();
    for (const change of tagged) {
      change.counters.forEach((id, i) => {
        const figure = sums.get(figureOf(id)) ?? new Map<string, number>();
        figure.set(keyOf(id), (figure.get(keyOf(id)) ?? 0) + change.amounts[i]!);
        sums.set(figureOf(id), figure);
      });
    }
    const ids = [...sums.keys()];
    for (const chunk of batches(ids)) {
      const current = await figureDocuments(chunk, {});
      const writes = chunk.flatMap((id) => {
        const figure = current.get(id);
        if (figure && figure.fold >= fold) return [];
        const counts = new Map((figure?.counts ?? []).map((c) => [c.key, c.count]));
        for (const [key, amount] of sums.get(id)!) counts.set(key, (counts.get(key) ?? 0) + amount);
        const replacement = figureRecord(id, [...counts].filter(([, count]) => count !== 0).map(([key, count]) => ({ key, count })), fold);
        return [{ replaceOne: { filter: { _id: id }, replacement, upsert: true } }];
      });
      if (writes.length > 0) await figures.bulkWrite(writes as never, { ordered: false });
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

  /** Claims a fold for a rebuild, waiting for one under way to end. */
  async function claimForRebuild(): Promise<number> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const number = await claimFold();
      if (number !== null) return number;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The statistics counters are being folded by another process; try again.');
  }

  /**
   * Figure documents by id, whole or without their counts: one `$in` per kind, except on FerretDB v1,
   * which reads a `$in` as a scan (engine.ts) and gets each by its `_id` alone.
   */
  async function figureDocuments(ids: readonly string[], projection: Record<string, 0>): Promise<Map<string, FigureRecord>> {
    if (ids.length === 0) return new Map();
    const found =
      ids.length === 1 || (await listReadsOf(connection)) === 'scans'
        ? await Promise.all(ids.map((id) => figures.findById(id, projection).lean<FigureRecord>().exec()))
        : await figures.find({ _id: { $in: [...ids] } }, projection).lean<FigureRecord[]>().exec();
    return new Map(found.flatMap((f) => (f ? [[f._id, f] as const] : [])));
  }

  /**
   * Figure documents as they are now (3. above): each document whole (`all`) or without its counts
   * (`tops`), then the changes they have not taken, in one query for every figure asked in the same
   * tick. Not cached: each batch reads again. Requests read `<all|tops> <figure id>`.
   */
  const figuresNow = new DataLoader<string, FigureNow>(
    async (requests) => {
      const unique = [...new Set(requests)];
      const idOf = (request: string) => request.slice(request.indexOf(' ') + 1);
      const asked = (kind: string) => unique.filter((request) => request.startsWith(`${kind} `)).map(idOf);
      const [whole, tops] = await Promise.all([figureDocuments(asked('all'), {}), figureDocuments(asked('tops'), { counts: 0 })]);
      const documents = new Map(unique.map((request) => [request, (request.startsWith('tops ') ? tops : whole).get(idOf(request))]));
      const ids = [...new Set(unique.map(idOf))];
      const pending = await changes.find(ids.length === 1 ? { figures: ids[0] } : { figures: { $in: ids } }).lean<CounterChangeRecord[]>().exec();
      return requests.map((request) => {
        const stored = documents.get(request) ?? null;
        const amounts = new Map<string, number>();
        for (const change of pending) {
          if (change.fold !== null && stored && stored.fold >= change.fold) continue;
          change.counters.forEach((counter, i) => {
            if (figureOf(counter) === idOf(request)) amounts.set(keyOf(counter), (amounts.get(keyOf(counter)) ?? 0) + change.amounts[i]!);
          });
        }
        return { stored, pending: amounts };
      });
    },
    { cache: false },
  );

  /**
   * The rows of a figure within a scope, largest first (then by key), without zeros; at most `top`.
   * `keyPrefix` keeps only keys starting with it (a level of territories, a kind of publisher). A top N of
   * at most TOP_KEPT, of every key or of one prefix (`REGION:`), reads the kept rows when they can tell.
   */
  async function read(figure: string, scope: string, options: { top?: number; keyPrefix?: string } = {}): Promise<CountedKey[]> {
    const id = [figure, scope].join(SEPARATOR);
    const prefix = options.keyPrefix ?? '';
    if (options.top !== undefined && options.top <= TOP_KEPT && (prefix === '' || keptPrefix(prefix))) {
      const rows = topFromKept(await figuresNow.load(`tops ${id}`), options.top, prefix);
      if (rows) return rows;
    }
    const { stored, pending } = await figuresNow.load(`all ${id}`);
    const counts = new Map((stored?.counts ?? []).map((c) => [c.key, c.count]));
    for (const [key, amount] of pending) counts.set(key, (counts.get(key) ?? 0) + amount);
    const rows = [...counts]
      .filter(([key, count]) => count > 0 && key.startsWith(prefix))
      .map(([key, count]) => ({ key, count }))
      .sort(byCount);
    return options.top === undefined ? rows : rows.slice(0, options.top);
  }

  return {
    models: [figures, changes, folds, builds] as Model<any>[],

    /**
     * Records what one version of a record changed in the counters (`changeId`: the version's claim),
     * then folds when enough changes are pending. Recording the same version again changes nothing.
     */
    async record(changeId: string, before: readonly CounterKey[], after: readonly CounterKey[]): Promise<void> {
      const amounts = counterDifference(before, after);
      if (amounts.size === 0) return;
      const ids = [...amounts.keys()];
      await insertClaim(changes, { _id: changeId, counters: ids, amounts: ids.map((id) => amounts.get(id)!), figures: [...new Set(ids.map(figureOf))], fold: null, at: new Date() });
      if ((await changes.countDocuments({ fold: null }).exec()) >= FOLD_AFTER_PENDING) await fold();
    },

    fold,

    read,

    /** One counter's value (0 when absent): its figure document and what it has not taken yet. */
    async value({ figure, scope, key }: CounterKey): Promise<number> {
      return (await read(figure, scope)).find((row) => row.key === key)?.count ?? 0;
    },

    /**
     * Compares the counters (after a fold) with `contributions` recomputed from the records: the counters
     * that differ, with both values. Run it while nothing writes.
     */
    async check(contributions: Contributions): Promise<CounterCheck> {
      await fold();
      const expected = await totalsOf(contributions);
      const stored = new Map<string, number>();
      for await (const figure of figures.find({}).lean<FigureRecord>().cursor({ batchSize: 1_000 })) {
        for (const c of figure.counts) stored.set([figure._id, c.key].join(SEPARATOR), c.count);
      }
      const differences = [...new Set([...expected.keys(), ...stored.keys()])]
        .filter((id) => (expected.get(id) ?? 0) !== (stored.get(id) ?? 0))
        .sort()
        .map((id) => ({ counter: id, stored: stored.get(id) ?? 0, expected: expected.get(id) ?? 0 }));
      return { counters: expected.size, differences, pending: await changes.countDocuments({ fold: null }).exec() };
    },

    /** Whether the counters were built for these definitions and this format of documents (false on a database from before them, or built for older ones). */
    built: async () => {
      const build = await builds.findById('counters').lean<CounterBuildRecord>().exec();
      return build?.definitions === definitions && build.format === FIGURE_FORMAT;
    },

    /**
     * Recomputes every counter from `contributions` (what each record counts for), as one fold; returns
     * how many counters hold a value. Run it while nothing writes (a write racing it may be counted twice
     * until the next rebuild).
     */
    async rebuild(contributions: Contributions): Promise<number> {
      const number = await claimForRebuild();
      await changes.updateMany({ fold: null }, { $set: { fold: number } }).exec();
      const totals = await totalsOf(contributions);
      await figures.deleteMany({}).exec();
      const records = figureRecords(totals, number);
      for (let i = 0; i < records.length; i += 1_000) await figures.insertMany(records.slice(i, i + 1_000), { ordered: false, throwOnValidationError: true });
      // The changes pending before the rebuild are in the records it read.
      await changes.deleteMany({ fold: { $lte: number } }).exec();
      await folds.updateOne({ _id: number }, { $set: { doneAt: new Date() } }).exec();
      await builds.replaceOne({ _id: 'counters' }, { _id: 'counters', definitions, format: FIGURE_FORMAT, builtAt: new Date() }, { upsert: true }).exec();
      return [...totals.values()].filter((count) => count !== 0).length;
    },
  };
}

export type CounterStore = ReturnType<typeof counterStore>;

/** Every counter's value computed from what each record counts for. */
async function totalsOf(contributions: Contributions): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for await (const keys of contributions) for (const key of keys) totals.set(counterId(key), (totals.get(counterId(key)) ?? 0) + 1);
  return totals;
}

/** The version hooks that keep a store's counters: what a record counts for before and after each write (`contributions`, null: nothing). */
export function countedBy<T>(store: CounterStore, contributions: (record: T | null) => readonly CounterKey[]): VersionHooks<T> {
  return { afterWrite: (previous, next, claim) => store.record(claim, contributions(previous), contributions(next)) };
}

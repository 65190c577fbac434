/*
 * Territories are reference data: they change only when an import runs (once a year). FerretDB reads a
 * whole collection for most queries (the kit's data/repository.ts: seconds for the 35,000 communes), so while the subgraph serves, it
 * answers territory reads from a snapshot of both collections in memory (about 40 MB of records; the load
 * reads 2,000 at a time, one collection after the other, to keep the memory peak low), loaded once and
 * reloaded after each import: at once when the import runs in this process, otherwise when the periodic
 * check of the last import record sees a new one (every `refreshSeconds`). Reads give the same answers as
 * the database queries of the repository (a test compares them), without round trips.
 */
import { compareRows, pageOfSorted, type Filter, type GroupCount, type KeyRow, type Page, type SortSpec, type TerritoryLevel } from '@fabrique/kit';
import { nameSearchTest } from '../../domain/search';
import { findByCode, TERRITORY_ORDERS, type CoveredCommune, type TerritoryFilter, type TerritoryRepository } from './repository';
import type { TerritoryImportRecord, TerritoryRecord } from './schema';

interface Loaded {
  /** The import the snapshot reflects (null: none recorded when it was read). */
  importKey: string | null;
  byId: Map<string, TerritoryRecord>;
  current: TerritoryRecord[];
  /** Current territories inside each territory (itself excluded), by container id. */
  inside: Map<string, TerritoryRecord[]>;
  /** Sorted lists, built on first use: whole set or inside one territory, per ordering (the most recently used). */
  sorted: Map<string, TerritoryRecord[]>;
  /** Current territories of each level, built on first use: the same array until the next load. */
  levels: Map<TerritoryLevel, TerritoryRecord[]>;
}

/**
 * The snapshots serving from each database connection of this process: an import recorded through any
 * repository of that connection (a seed, an import script, a test) refreshes them all at once.
 */
const servingSnapshots = new WeakMap<object, Set<TerritorySnapshot>>();

const importKeyOf = (record: TerritoryImportRecord | null) => (record ? `${record.fingerprint}@${record.at.toISOString()}` : null);
const signature = (sort: SortSpec) => sort.map(([field, direction]) => `${field}:${direction}`).join(',');

function index(records: TerritoryRecord[], importKey: string | null): Loaded {
  const byId = new Map(records.map((r) => [r._id, r]));
  const current = records.filter((r) => r.retiredIn == null);
  const inside = new Map<string, TerritoryRecord[]>();
  for (const record of current) {
    for (const container of record.scope) {
      if (container === record._id) continue;
      let list = inside.get(container);
      if (!list) inside.set(container, (list = []));
      list.push(record);
    }
  }
  return { importKey, byId, current, inside, sorted: new Map(), levels: new Map() };
}

/** Sorted lists kept (least recently used dropped first). */
const SORTED_LISTS_KEPT = 500;

function sortedList(loaded: Loaded, within: string | null, sort: SortSpec): TerritoryRecord[] {
  const key = `${within ?? '*'}|${signature(sort)}`;
  let list = loaded.sorted.get(key);
  if (list) {
    loaded.sorted.delete(key);
  } else {
    const base = within ? (loaded.inside.get(within) ?? []) : loaded.current;
    list = [...base].sort((a, b) => compareRows(sort, a, b));
    // Bounded: one list per territory and ordering would otherwise grow with what is browsed.
    if (loaded.sorted.size >= SORTED_LISTS_KEPT) loaded.sorted.delete(loaded.sorted.keys().next().value!);
  }
  loaded.sorted.set(key, list);
  return list;
}

/** The filter as a test of a record; `within` is applied by choosing the list (see sortedList). */
function predicate(filter: TerritoryFilter): (r: TerritoryRecord) => boolean {
  const search = filter.search ? nameSearchTest(filter.search, 'filter.search', filter.searchRank) : null;
  return (r) =>
    (!filter.level || r.level === filter.level) &&
    (filter.minPopulation == null || r.population >= filter.minPopulation) &&
    (filter.maxPopulation == null || r.population <= filter.maxPopulation) &&
    (!search || search(r));
}

export interface TerritorySnapshot {
  /** Starts serving from memory: loads now (outside any request), then checks for new imports. */
  start(refreshSeconds: number, onError: (error: unknown) => void): void;
  stop(): void;
  /** Reloads if the last import is not the one loaded (called after an import in this process). */
  refresh(): Promise<void>;
}

/**
 * The repository with its territory reads answered from the snapshot once `start` has been called;
 * before that (seeding, imports, scripts) every call goes to the database.
 */
export function withSnapshot(repository: TerritoryRepository): TerritoryRepository & { snapshot: TerritorySnapshot } {
  const connection = repository.collections[0]!.db;
  if (!servingSnapshots.has(connection)) servingSnapshots.set(connection, new Set());
  const peers = servingSnapshots.get(connection)!;
  let started = false;
  let loading: Promise<Loaded> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function read(): Promise<Loaded> {
    const last = await repository.lastImport();
    // One collection after the other: a lower memory peak than both at once.
    let records: TerritoryRecord[] = [];
    for (const model of repository.collections) records = records.concat(await repository.all(model));
    return index(records, importKeyOf(last));
  }

  /** A failed load leaves the database answering until the next refresh tries again. */
  function load(onError: (error: unknown) => void) {
    const attempt = read();
    loading = attempt;
    attempt.catch((error: unknown) => {
      if (loading === attempt) loading = null;
      onError(error);
    });
  }

  const snapshot: TerritorySnapshot = {
    start(refreshSeconds, onError) {
      if (started) return;
      started = true;
      peers.add(snapshot);
      load(onError);
      timer = setInterval(() => snapshot.refresh().catch(onError), refreshSeconds * 1000);
      timer.unref();
    },
    stop() {
      peers.delete(snapshot);
      if (timer) clearInterval(timer);
      timer = null;
    },
    async refresh() {
      if (!started) return;
      if (!loading) return void load(() => undefined);
      const [loaded, last] = await Promise.all([loading, repository.lastImport()]);
      // No record means an import is under way: keep serving the snapshot until it completes.
      if (last && importKeyOf(last) !== loaded.importKey) {
        const next = read();
        await next;
        loading = next;
      }
    },
  };

  /** The snapshot when serving, else null (the database answers). */
  const served = () => loading;

  async function findByIds(ids: readonly string[]): Promise<TerritoryRecord[]> {
    const loaded = await served();
    if (!loaded) return repository.findByIds(ids);
    return ids.flatMap((id) => loaded.byId.get(id) ?? []);
  }

  /** Current territories of `filter.level` inside each parent (`scope` is the only parent field of territories). */
  const insideEach = (loaded: Loaded, filter: Filter, parents: readonly string[]) =>
    parents.map((id) => (loaded.inside.get(id) ?? []).filter((r) => r.level === filter.level));

  return {
    ...repository,
    snapshot,
    findByIds,
    findByCode: (code, level) => findByCode(findByIds, code, level),
    async list(filter, page: Page) {
      const loaded = await served();
      if (!loaded) return repository.list(filter, page);
      return pageOfSorted(sortedList(loaded, filter.within ?? null, page.sort).filter(predicate(filter)), page);
    },
    async count(filter) {
      const loaded = await served();
      if (!loaded) return repository.count(filter);
      const base = filter.within ? (loaded.inside.get(filter.within) ?? []) : loaded.current;
      const test = predicate(filter);
      return base.reduce((n, r) => n + (test(r) ? 1 : 0), 0);
    },
    async keysByParents(filter, field, parents, sort: SortSpec) {
      const loaded = await served();
      if (!loaded) return repository.keysByParents(filter, field, parents, sort);
      const found = new Map<string, KeyRow>(insideEach(loaded, filter, parents).flat().map((r) => [r._id, r as unknown as KeyRow]));
      return [...found.values()].sort((a, b) => compareRows(sort, a, b));
    },
    async countByParents(filter, field, parents): Promise<GroupCount[]> {
      const loaded = await served();
      if (!loaded) return repository.countByParents(filter, field, parents);
      return insideEach(loaded, filter, parents).map((inside, i) => ({ _id: parents[i]!, count: inside.length }));
    },
    async communesInside(ids): Promise<CoveredCommune[]> {
      const loaded = await served();
      if (!loaded) return repository.communesInside(ids);
      const found = new Map<string, TerritoryRecord>();
      for (const id of ids) {
        const itself = loaded.byId.get(id);
        if (itself?.level === 'COMMUNE' && itself.retiredIn == null) found.set(id, itself);
        for (const r of loaded.inside.get(id) ?? []) if (r.level === 'COMMUNE') found.set(r._id, r);
      }
      return [...found.values()];
    },
    async currentOfLevel(level) {
      const loaded = await served();
      if (!loaded) return repository.currentOfLevel(level);
      let list = loaded.levels.get(level);
      if (!list) loaded.levels.set(level, (list = loaded.current.filter((r) => r.level === level)));
      return list;
    },
    async regions() {
      const loaded = await served();
      if (!loaded) return repository.regions();
      return sortedList(loaded, null, TERRITORY_ORDERS.NAME).filter((r) => r.level === 'REGION');
    },
    async recordImport(done) {
      const result = await repository.recordImport(done);
      await Promise.all([...peers].map((peer) => peer.refresh()));
      return result;
    },
  };
}

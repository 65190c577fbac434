/*
 * Territories live in two collections with the same schema: `communes` (about 35,000) and `territories`
 * (régions, départements and EPCI, about 1,400). FerretDB reads a collection in full for most queries
 * (the kit's data/repository.ts), so everything that is not about communes stays fast; a query that
 * spans both levels costs one round trip per collection.
 */
import type { Connection, Model } from 'mongoose';
import {
  allOf,
  baseRepository,
  mergeSorted,
  parseTerritoryId,
  readAll,
  territoryId,
  type BaseRepository,
  type Filter,
  type GroupCount,
  type KeyRow,
  type Page,
  type SortSpec,
  type TerritoryLevel,
} from '@fabrique/kit';
import { nameSearchFilter, type SearchRank } from '../../domain/search';
import { territoryImportSchema, territorySchema, type TerritoryImportRecord, type TerritoryRecord } from './schema';

export const TERRITORY_ORDERS = {
  NAME: [
    ['searchName', 1, 'string'],
    ['_id', 1, 'string'],
  ],
  POPULATION_DESC: [
    ['population', -1, 'number'],
    ['_id', 1, 'string'],
  ],
  // The exact reverse of POPULATION_DESC, so that MongoDB reads the same index backwards.
  POPULATION_ASC: [
    ['population', 1, 'number'],
    ['_id', -1, 'string'],
  ],
} as const satisfies Record<string, SortSpec>;
export type TerritoryOrder = keyof typeof TERRITORY_ORDERS;

export interface TerritoryFilter {
  level?: TerritoryLevel | null;
  /** Only territories inside this one, at any depth (itself excluded). */
  within?: string | null;
  search?: string | null;
  /** Only the search's matches of this rank (see domain/search.ts). */
  searchRank?: SearchRank | null;
  minPopulation?: number | null;
  maxPopulation?: number | null;
}

/** What statistics need of a commune covered by engaged territories. */
export type CoveredCommune = Pick<TerritoryRecord, '_id' | 'scope' | 'regionId' | 'population'>;

function toQuery(filter: TerritoryFilter): Record<string, unknown> {
  const query: Record<string, unknown> = { retiredIn: null };
  if (filter.level) query.level = filter.level;
  if (filter.within) {
    query.scope = filter.within;
    query._id = { $ne: filter.within };
  }
  const population: Record<string, number> = {};
  if (filter.minPopulation != null) population.$gte = filter.minPopulation;
  if (filter.maxPopulation != null) population.$lte = filter.maxPopulation;
  if (Object.keys(population).length > 0) query.population = population;
  return filter.search ? allOf(query, nameSearchFilter(filter.search, 'filter.search', filter.searchRank)) : query;
}

/** A current territory before a retired one with the same code. */
const currentFirst = (a: TerritoryRecord, b: TerritoryRecord) => Number(a.retiredIn != null) - Number(b.retiredIn != null);

/**
 * Official code formats tell the level apart: communes have 5 characters (`63113`, `2A004`), EPCI a
 * 9-digit SIREN, régions and départements 2 or 3 characters. A lookup by code reads only the
 * collection that can hold it.
 */
function levelsOfCode(code: string): TerritoryLevel[] {
  if (code.length === 5) return ['COMMUNE'];
  if (code.length === 9) return ['EPCI'];
  return ['REGION', 'DEPARTEMENT'];
}

/** Records per batch of the snapshot's load (see `all`). */
const SNAPSHOT_BATCH = 2_000;

/** Every territory with this code, whatever its level (at most one per level): ids are `<LEVEL>:<code>`. */
export async function findByCode(findByIds: (ids: readonly string[]) => Promise<TerritoryRecord[]>, code: string, level?: TerritoryLevel | null) {
  const found = await findByIds((level ? [level] : levelsOfCode(code)).map((l) => territoryId(l, code)));
  return found.sort(currentFirst);
}

/** Groups sub-list keys by parent and counts them: a territory's scope names itself, which is none of its children. */
function countKeysByParents(rows: readonly KeyRow[], field: string, parents: readonly string[]): GroupCount[] {
  const counts = new Map(parents.map((p) => [p, 0]));
  for (const row of rows) for (const id of row[field] as string[]) if (id !== row._id && counts.has(id)) counts.set(id, counts.get(id)! + 1);
  return [...counts].map(([_id, count]) => ({ _id, count }));
}

export function createTerritoryRepository(connection: Connection) {
  const territories: Model<TerritoryRecord> = connection.model<TerritoryRecord>('Territory', territorySchema, 'territories');
  const communes: Model<TerritoryRecord> = connection.model<TerritoryRecord>('Commune', territorySchema, 'communes');
  const imports: Model<TerritoryImportRecord> = connection.model<TerritoryImportRecord>('TerritoryImport', territoryImportSchema);
  const modelOf = (level: TerritoryLevel) => (level === 'COMMUNE' ? communes : territories);
  const bases = new Map([territories, communes].map((model) => [model, baseRepository(model)]));
  const baseOf = (level: TerritoryLevel) => bases.get(modelOf(level))!;
  const basesOf = (levels: readonly TerritoryLevel[] | null) =>
    levels ? [...new Set(levels.map(baseOf))] : [...bases.values()];

  /** Runs `query` on each collection that can hold one of `levels` (all of them when null). */
  const acrossModels = <T>(levels: readonly TerritoryLevel[] | null, query: (base: BaseRepository<TerritoryRecord>) => Promise<T>) =>
    Promise.all(basesOf(levels).map(query));

  async function findByIds(ids: readonly string[]): Promise<TerritoryRecord[]> {
    const byLevel = new Map<BaseRepository<TerritoryRecord>, string[]>();
    for (const id of ids) {
      const parsed = parseTerritoryId(id);
      if (!parsed) continue;
      const base = baseOf(parsed.level);
      if (!byLevel.has(base)) byLevel.set(base, []);
      byLevel.get(base)!.push(id);
    }
    const found = await Promise.all([...byLevel].map(([base, some]) => base.findByIds(some)));
    return found.flat();
  }

  /** Sub-list keys: current territories of `filter.level` whose `field` holds one of `parents` (see the kit's subLists). */
  const keysByParents = (filter: Filter, field: string, parents: readonly string[], sort: SortSpec) =>
    baseOf(filter.level as TerritoryLevel).keysByParents({ ...filter, retiredIn: null }, field, parents, sort);

  return {
    /** The two collections of territories (see above). */
    collections: [territories, communes],
    models: [territories, communes, imports],
    modelOf,
    findByIds,
    findByCode: (code: string, level?: TerritoryLevel | null) => findByCode(findByIds, code, level),
    /** One page (limit + 1 rows, to tell whether another page follows), merged across collections. */
    async list(filter: TerritoryFilter, page: Page): Promise<TerritoryRecord[]> {
      const levels = filter.level ? [filter.level] : null;
      const pages = await acrossModels(levels, (base) => base.list(toQuery(filter), page));
      return mergeSorted(pages, page.sort).slice(0, page.limit + 1);
    },
    async count(filter: TerritoryFilter): Promise<number> {
      const levels = filter.level ? [filter.level] : null;
      const counts = await acrossModels(levels, (base) => base.count(toQuery(filter)));
      return counts.reduce((a, b) => a + b, 0);
    },
    keysByParents,
    /** Counted from the keys (one projection): an aggregation would count each territory in its own scope. */
    countByParents: async (filter: Filter, field: string, parents: readonly string[]): Promise<GroupCount[]> =>
      countKeysByParents(await keysByParents(filter, field, parents, [['_id', 1, 'string']]), field, parents),
    /** Current communes inside any of these territories: what a set of engaged territories covers. */
    async communesInside(ids: readonly string[]): Promise<CoveredCommune[]> {
      if (ids.length === 0) return [];
      return readAll<CoveredCommune>(communes.find({ scope: { $in: ids }, retiredIn: null }, { _id: 1, scope: 1, regionId: 1, population: 1 }));
    },
    /** Every current territory of one level, in no particular order (what `Territory.similar` ranks; see domain/similar.ts). */
    currentOfLevel: (level: TerritoryLevel) => readAll<TerritoryRecord>(modelOf(level).find({ level, retiredIn: null })),
    /** Every current région, by name. */
    regions: () => readAll<TerritoryRecord>(territories.find({ level: 'REGION', retiredIn: null }).sort({ searchName: 1, _id: 1 })),
    /**
     * Every record of a collection (the snapshot's load, outside any request), read in batches: one reply
     * of 35,000 communes makes the process's memory peak at twice what the records themselves take.
     */
    async all(model: Model<TerritoryRecord>): Promise<TerritoryRecord[]> {
      const records: TerritoryRecord[] = [];
      for await (const record of model.find({}).batchSize(SNAPSHOT_BATCH).lean<TerritoryRecord[]>().cursor()) records.push(record as unknown as TerritoryRecord);
      return records;
    },
    lastImport: () => imports.findById('last').lean<TerritoryImportRecord>().exec(),
    recordImport: (done: Omit<TerritoryImportRecord, '_id'>) => imports.replaceOne({ _id: 'last' }, done, { upsert: true }).exec(),
    forgetImport: () => imports.deleteOne({ _id: 'last' }).exec(),
  };
}

export type TerritoryRepository = ReturnType<typeof createTerritoryRepository>;

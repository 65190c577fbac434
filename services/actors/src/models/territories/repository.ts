import type { Connection, Model } from 'mongoose';
import { allOf, findPage, parseTerritoryId, sortDocument, territoryId, type Page, type SortSpec, type TerritoryLevel } from '@fabrique/kit';
import { mergeSorted } from '../../paging';
import { nameSearchFilter } from '../../domain/search';
import { territoryImportSchema, territorySchema, type TerritoryImportRecord, type TerritoryRecord } from './schema';
import { byIds, readAll } from '../readAll';

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
  minPopulation?: number | null;
  maxPopulation?: number | null;
}

/** What a paged sub-list needs of a territory: its id, what contains it, and its sort keys. */
export type TerritoryKeys = Pick<TerritoryRecord, '_id' | 'scope' | 'searchName' | 'population'>;

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
  return filter.search ? allOf(query, nameSearchFilter(filter.search)) : query;
}

/** A current territory before a retired one with the same code. */
export const currentFirst = (a: TerritoryRecord, b: TerritoryRecord) => Number(a.retiredIn != null) - Number(b.retiredIn != null);

/**
 * Official code formats tell the level apart: communes have 5 characters (`63113`, `2A004`), EPCI a
 * 9-digit SIREN, régions and départements 2 or 3 characters. A lookup by code reads only the
 * collection that can hold it.
 */
export function levelsOfCode(code: string): TerritoryLevel[] {
  if (code.length === 5) return ['COMMUNE'];
  if (code.length === 9) return ['EPCI'];
  return ['REGION', 'DEPARTEMENT'];
}

/**
 * Territories live in two collections with the same schema: `communes` (about 35,000) and `territories`
 * (régions, départements and EPCI, about 1,400). FerretDB reads a collection in full for most
 * queries, so everything that is not about communes stays fast; a query that spans both levels costs
 * one round trip per collection.
 */
const SNAPSHOT_BATCH = 2_000;

export function createTerritoryRepository(connection: Connection) {
  const territories: Model<TerritoryRecord> = connection.model<TerritoryRecord>('Territory', territorySchema, 'territories');
  const communes: Model<TerritoryRecord> = connection.model<TerritoryRecord>('Commune', territorySchema, 'communes');
  const imports: Model<TerritoryImportRecord> = connection.model<TerritoryImportRecord>('TerritoryImport', territoryImportSchema);
  const modelOf = (level: TerritoryLevel) => (level === 'COMMUNE' ? communes : territories);
  const modelsOf = (levels: readonly TerritoryLevel[] | null) =>
    levels ? [...new Set(levels.map(modelOf))] : [territories, communes];

  /** Runs `query` on each collection that can hold one of `levels` (all of them when null). */
  const acrossModels = <T>(levels: readonly TerritoryLevel[] | null, query: (model: Model<TerritoryRecord>) => Promise<T>) =>
    Promise.all(modelsOf(levels).map(query));

  async function findByIds(ids: readonly string[]): Promise<TerritoryRecord[]> {
    const byModel = new Map<Model<TerritoryRecord>, string[]>();
    for (const id of ids) {
      const parsed = parseTerritoryId(id);
      if (!parsed) continue;
      const model = modelOf(parsed.level);
      if (!byModel.has(model)) byModel.set(model, []);
      byModel.get(model)!.push(id);
    }
    const found = await Promise.all([...byModel].map(([model, some]) => readAll<TerritoryRecord>(model.find(byIds(some)))));
    return found.flat();
  }

  return {
    /** The two collections of territories (see above). */
    collections: [territories, communes],
    models: [territories, communes, imports],
    modelOf,
    findByIds,
    /** Every territory with this code, whatever its level (at most one per level): ids are `<LEVEL>:<code>`. */
    async findByCode(code: string, level?: TerritoryLevel | null): Promise<TerritoryRecord[]> {
      const found = await findByIds((level ? [level] : levelsOfCode(code)).map((l) => territoryId(l, code)));
      return found.sort(currentFirst);
    },
    /** One page (limit + 1 rows, to tell whether another page follows), merged across collections. */
    async list(filter: TerritoryFilter, page: Page): Promise<TerritoryRecord[]> {
      const levels = filter.level ? [filter.level] : null;
      const pages = await acrossModels(levels, (model) => findPage<TerritoryRecord>(model, toQuery(filter), page));
      return mergeSorted(pages, page.sort).slice(0, page.limit + 1);
    },
    async count(filter: TerritoryFilter): Promise<number> {
      const levels = filter.level ? [filter.level] : null;
      const counts = await acrossModels(levels, (model) => model.countDocuments(toQuery(filter)).exec());
      return counts.reduce((a, b) => a + b, 0);
    },
    /**
     * The territories of one level inside any of `parentIds`, in `sort` order, with only their keys:
     * one query for the sub-lists of many parents, which the caller slices per parent.
     */
    insideAny(parentIds: readonly string[], level: TerritoryLevel, sort: SortSpec): Promise<TerritoryKeys[]> {
      const query = { scope: { $in: parentIds }, level, retiredIn: null };
      return readAll<TerritoryKeys>(modelOf(level).find(query, { _id: 1, scope: 1, searchName: 1, population: 1 }).sort(sortDocument(sort)));
    },
    /** Current communes inside any of these territories: what a set of engaged territories covers. */
    async communesInside(ids: readonly string[]): Promise<CoveredCommune[]> {
      if (ids.length === 0) return [];
      return readAll<CoveredCommune>(communes.find({ scope: { $in: ids }, retiredIn: null }, { _id: 1, scope: 1, regionId: 1, population: 1 }));
    },
    /** Every current région, by name. */
    regions: () => readAll<TerritoryRecord>(territories.find({ level: 'REGION', retiredIn: null }).sort({ searchName: 1, _id: 1 })),
    /** Every stored territory of one collection (the import compares them with the reference data). */
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

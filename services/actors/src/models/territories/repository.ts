import type { Connection, Model } from 'mongoose';
import { findPage, type Page, type SortSpec, type TerritoryLevel } from '@fabrique/kit';
import { territorySchema, type TerritoryRecord } from './schema';

export const TERRITORY_ORDER: SortSpec = [
  ['name', 1],
  ['_id', 1],
];

export interface TerritoryFilter {
  level?: TerritoryLevel | null;
  /** Only territories inside this one, at any depth (itself excluded). */
  within?: string | null;
}

function toQuery(filter: TerritoryFilter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filter.level) query.level = filter.level;
  if (filter.within) {
    query.scope = filter.within;
    query._id = { $ne: filter.within };
  }
  return query;
}

export function createTerritoryRepository(connection: Connection) {
  const model: Model<TerritoryRecord> = connection.model<TerritoryRecord>('Territory', territorySchema);
  return {
    model,
    async findByIds(ids: readonly string[]): Promise<TerritoryRecord[]> {
      return model.find({ _id: { $in: ids } }).lean<TerritoryRecord[]>().exec();
    },
    /** Every territory with this code, whatever its level (at most one per level). */
    async findByCode(code: string, level?: TerritoryLevel | null): Promise<TerritoryRecord[]> {
      return model.find(level ? { code, level } : { code }).lean<TerritoryRecord[]>().exec();
    },
    /** One page (fetches limit + 1 rows to tell whether another page follows). */
    list: (filter: TerritoryFilter, page: Page) => findPage<TerritoryRecord>(model, toQuery(filter), page),
    async count(filter: TerritoryFilter): Promise<number> {
      return model.countDocuments(toQuery(filter)).exec();
    },
  };
}

export type TerritoryRepository = ReturnType<typeof createTerritoryRepository>;

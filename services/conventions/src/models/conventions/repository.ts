import type { Connection, Model } from 'mongoose';
import { findPage, type Page, type SortSpec } from '@fabrique/kit';
import { conventionSchema, type ConventionRecord, type ConventionStatus } from './schema';

export const CONVENTION_ORDER: SortSpec = [
  ['createdAt', -1],
  ['_id', -1],
];

export interface ConventionFilter {
  status?: ConventionStatus | null;
  /** Conventions with a party in this territory or inside it. */
  territoryId?: string | null;
  organisationId?: string | null;
}

function toQuery(filter: ConventionFilter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filter.status) query.status = filter.status;
  if (filter.territoryId) query.territoryScope = filter.territoryId;
  if (filter.organisationId) query.organisationIds = filter.organisationId;
  return query;
}

export function createConventionRepository(connection: Connection) {
  const model: Model<ConventionRecord> = connection.model<ConventionRecord>('Convention', conventionSchema);
  return {
    model,
    findByIds: (ids: readonly string[]) => model.find({ _id: { $in: ids } }).lean<ConventionRecord[]>().exec(),
    list: (filter: ConventionFilter, page: Page) => findPage<ConventionRecord>(model, toQuery(filter), page),
    count: (filter: ConventionFilter) => model.countDocuments(toQuery(filter)).exec(),
  };
}

export type ConventionRepository = ReturnType<typeof createConventionRepository>;

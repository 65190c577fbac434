import type { Connection, Model } from 'mongoose';
import { baseRepository, type Page, type SortSpec } from '@fabrique/kit';
import { apiTokenSchema, type ApiTokenRecord, type ApiTokenRole } from './schema';

export const API_TOKEN_ORDER: SortSpec = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'string'],
];

export type ApiTokenStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export interface ApiTokenFilter {
  role?: ApiTokenRole | null;
  statuses?: readonly ApiTokenStatus[] | null;
  organisationId?: string | null;
  territoryId?: string | null;
}

function toQuery(filter: ApiTokenFilter, now: Date): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filter.role) query.role = filter.role;
  if (filter.organisationId) query.organisationId = filter.organisationId;
  if (filter.territoryId) query.territoryId = filter.territoryId;
  const where: Record<ApiTokenStatus, Record<string, unknown>> = {
    REVOKED: { revokedAt: { $ne: null } },
    EXPIRED: { revokedAt: null, expiresAt: { $ne: null, $lte: now } },
    ACTIVE: { revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] },
  };
  // Empty or absent: every status. Several: any of them.
  const statuses = [...new Set(filter.statuses ?? [])];
  if (statuses.length === 1) Object.assign(query, where[statuses[0]!]);
  else if (statuses.length > 1) query.$or = statuses.map((s) => where[s]);
  return query;
}

/** Where a token stands at `now`. */
export function apiTokenStatus(token: ApiTokenRecord, now = new Date()): ApiTokenStatus {
  if (token.revokedAt) return 'REVOKED';
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/** `lastUsedAt` is refreshed at most this often per token: a write per request would cost too much. */
const LAST_USED_PRECISION_MS = 5 * 60_000;

export function createApiTokenRepository(connection: Connection) {
  const model: Model<ApiTokenRecord> = connection.model<ApiTokenRecord>('ApiToken', apiTokenSchema);
  const repository = baseRepository(model);
  return {
    ...repository,
    /** Sets the revocation once: a second revocation keeps the first date and author. */
    async revoke(id: string, by: string | null, at: Date): Promise<ApiTokenRecord | null> {
      await model.updateOne({ _id: id, revokedAt: null }, { $set: { revokedAt: at, revokedBy: by } }).exec();
      return model.findById(id).lean<ApiTokenRecord>().exec();
    },
    async touch(token: ApiTokenRecord, now: Date): Promise<void> {
      if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
      await model.updateOne({ _id: token._id }, { $set: { lastUsedAt: now } }).exec();
    },
    list: (filter: ApiTokenFilter, page: Page, now = new Date()) => repository.list(toQuery(filter, now), page),
    count: (filter: ApiTokenFilter, now = new Date()) => repository.count(toQuery(filter, now)),
  };
}

export type ApiTokenRepository = ReturnType<typeof createApiTokenRepository>;

import type { ActorsContext } from '../../context';
import { apiTokenStatus } from '../models/apiTokens/repository';
import type { ApiTokenRecord } from '../models/apiTokens/schema';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const ApiToken = {
  id: (t: ApiTokenRecord) => t._id,
  organisation: (t: ApiTokenRecord, _: unknown, { loaders }: ActorsContext) => (t.organisationId ? loaders.organisation.load(t.organisationId) : null),
  territory: (t: ApiTokenRecord, _: unknown, { loaders }: ActorsContext) => (t.territoryId ? loaders.territory.load(t.territoryId) : null),
  status: (t: ApiTokenRecord) => apiTokenStatus(t),
  createdAt: (t: ApiTokenRecord) => t.createdAt.toISOString(),
  expiresAt: (t: ApiTokenRecord) => iso(t.expiresAt),
  revokedAt: (t: ApiTokenRecord) => iso(t.revokedAt),
  lastUsedAt: (t: ApiTokenRecord) => iso(t.lastUsedAt),
};

import type { ApiTokenResolvers } from '../generated/resolvers';
import { apiTokenStatus } from '../models/apiTokens/repository';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const ApiToken: ApiTokenResolvers = {
  id: (t) => t._id,
  organisation: (t, _, { loaders }) => (t.organisationId ? loaders.organisation.load(t.organisationId) : null),
  territory: (t, _, { loaders }) => (t.territoryId ? loaders.territory.load(t.territoryId) : null),
  status: (t) => apiTokenStatus(t),
  createdAt: (t) => t.createdAt.toISOString(),
  expiresAt: (t) => iso(t.expiresAt),
  revokedAt: (t) => iso(t.revokedAt),
  lastUsedAt: (t) => iso(t.lastUsedAt),
};

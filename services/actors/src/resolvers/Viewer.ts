import type { ViewerResolvers } from '../generated/resolvers';

/** The Viewer is the caller's identity itself. */
export const Viewer: ViewerResolvers = {
  subject: (identity) => identity.subject ?? null,
  organisation: (identity, _, { loaders }) => (identity.organisationId ? loaders.organisation.load(identity.organisationId) : null),
  territory: (identity, _, { loaders }) => (identity.territoryId ? loaders.territory.load(identity.territoryId) : null),
  token: (identity, _, { repositories }) => (identity.tokenId ? repositories.apiTokens.findById(identity.tokenId) : null),
};

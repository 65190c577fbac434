import type { Identity } from '@fabrique/kit';
import type { ActorsContext } from '../../context';

/** The Viewer is the caller's identity itself. */
export const Viewer = {
  subject: (identity: Identity) => identity.subject ?? null,
  organisation: (identity: Identity, _: unknown, { loaders }: ActorsContext) =>
    identity.organisationId ? loaders.organisation.load(identity.organisationId) : null,
  territory: (identity: Identity, _: unknown, { loaders }: ActorsContext) => (identity.territoryId ? loaders.territory.load(identity.territoryId) : null),
  token: (identity: Identity, _: unknown, { repositories }: ActorsContext) => (identity.tokenId ? repositories.apiTokens.findById(identity.tokenId) : null),
};

import type { OrganisationResolvers } from '../generated/resolvers';
import { membershipsOfActor } from '../domain/memberships';
import { positionsOfHolder } from '../domain/positions';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.organisation.load(ref.id),
  id: (o) => o._id,
  homeTerritory: (o, _, { loaders }) => (o.homeTerritoryId ? loaders.territory.load(o.homeTerritoryId) : null),
  memberships: (o, args, { loaders }) => membershipsOfActor(loaders, o._id, args.filter?.includeEnded),
  positions: (o, args, { loaders }) => positionsOfHolder(loaders, 'ORGANISATION', o._id, args.filter?.includeEnded),
};

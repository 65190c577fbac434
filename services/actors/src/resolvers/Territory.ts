import type { TerritoryResolvers } from '../generated/resolvers';
import { membershipsOfActor } from '../domain/memberships';
import { positionsOfHolder } from '../domain/positions';
import { similarTerritories } from '../domain/similar';
import { ancestorsOf, childrenOf } from '../domain/territories';

export const Territory: TerritoryResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.territory.load(ref.id),
  id: (t) => t._id,
  parent: (t, _, { loaders }) => (t.parentId ? loaders.territory.load(t.parentId) : null),
  ancestors: (t, _, { loaders }) => ancestorsOf(t, loaders),
  epci: (t, _, { loaders }) => (t.epciId ? loaders.territory.load(t.epciId) : null),
  chefLieu: (t, _, { loaders }) => (t.chefLieuId ? loaders.territory.load(t.chefLieuId) : null),
  children: (t, args, { loaders }) => childrenOf(t, args, loaders),
  memberships: (t, args, { loaders }) => membershipsOfActor(loaders, t._id, args.filter?.includeEnded),
  positions: (t, args, { loaders }) => positionsOfHolder(loaders, 'TERRITORY', t._id, args.filter?.includeEnded),
  similar: (t, args, { repositories, loaders }) => similarTerritories(t, args, repositories.territories, loaders),
};

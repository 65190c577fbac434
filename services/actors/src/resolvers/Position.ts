import type { PositionHolderResolvers, PositionResolvers } from '../generated/resolvers';
import { holderTypeName } from '../domain/actors';
import { holderOf, isCurrent } from '../domain/positions';
import { referenced } from '../domain/references';

export const Position: PositionResolvers = {
  id: (p) => p._id,
  person: (p, _, { loaders }) => referenced(loaders.person.load(p.personId)),
  holder: (p, _, { loaders }) => holderOf(p, loaders),
  current: (p) => isCurrent(p),
};

export const PositionHolder: PositionHolderResolvers = {
  __resolveType: (holder) => holderTypeName(holder),
};

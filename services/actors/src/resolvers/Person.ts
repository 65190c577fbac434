import type { PersonResolvers } from '../generated/resolvers';
import { positionsOfPerson } from '../domain/positions';

export const Person: PersonResolvers = {
  id: (p) => p._id,
  positions: (p, args, { loaders }) => positionsOfPerson(loaders, p._id, args.filter?.includeEnded),
};

import type { AllianceResolvers } from '../generated/resolvers';
import { allianceMembers, allianceStatistics } from '../domain/alliances';
import { positionsOfHolder } from '../domain/positions';

export const Alliance: AllianceResolvers = {
  id: (a) => a._id,
  operator: (a, _, { loaders }) => (a.operatorId ? loaders.organisation.load(a.operatorId) : null),
  governance: (a, args, { loaders }) => positionsOfHolder(loaders, 'ALLIANCE', a._id, args.filter?.includeEnded),
  members: (a, args, { loaders }) => allianceMembers(a, args, loaders),
  statistics: (a, args, { loaders }) => allianceStatistics(a, args.at, loaders),
};

import type { MembershipResolvers } from '../generated/resolvers';
import { actorOf, isActive } from '../domain/memberships';
import { referenced } from '../domain/references';

export const Membership: MembershipResolvers = {
  id: (m) => m._id,
  alliance: (m, _, { loaders }) => referenced(loaders.alliance.load(m.allianceId)),
  actor: (m, _, { loaders }) => actorOf(m, loaders),
  active: (m) => isActive(m),
};

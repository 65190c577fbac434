import type { ActorsContext } from '../context';
import type { MembershipRecord } from '../models/memberships/schema';
import { today } from '../input';
import { activeAt } from '../statistics';

export const Membership = {
  id: (m: MembershipRecord) => m._id,
  alliance: (m: MembershipRecord, _: unknown, { loaders }: ActorsContext) => loaders.alliance.load(m.allianceId),
  actor: (m: MembershipRecord, _: unknown, { loaders }: ActorsContext) => loaders.actor(m.actorId),
  active: (m: MembershipRecord) => activeAt(m, today()),
};

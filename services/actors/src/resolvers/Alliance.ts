import { connectionFromArray, readPage } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import type { AllianceRecord } from '../models/alliances/schema';
import { MEMBERSHIP_ORDER } from '../models/memberships/repository';
import type { ActorType, MembershipRole } from '../models/memberships/schema';
import { holderKey } from '../models/positions/repository';
import { activeAt } from '../statistics';
import { dateArgument, unlessEnded } from './lists';

interface MembersArgs {
  at?: string | null;
  includeEnded?: boolean | null;
  actorType?: ActorType | null;
  role?: MembershipRole | null;
  first?: number | null;
  after?: string | null;
}

export const Alliance = {
  id: (a: AllianceRecord) => a._id,
  operator: (a: AllianceRecord, _: unknown, { loaders }: ActorsContext) => (a.operatorId ? loaders.organisation.load(a.operatorId) : null),
  governance: async (a: AllianceRecord, args: { includeEnded?: boolean | null }, { loaders }: ActorsContext) =>
    unlessEnded(await loaders.positionsByHolder.load(holderKey({ holderKind: 'ALLIANCE', holderId: a._id })), args.includeEnded),
  /** Every membership of the alliance is read once (batched across alliances), then filtered and paged. */
  async members(a: AllianceRecord, args: MembersArgs, { loaders }: ActorsContext) {
    const page = readPage(args, MEMBERSHIP_ORDER);
    const at = dateArgument(args.at, 'at');
    const members = (await loaders.membershipsByAlliance.load(a._id)).filter(
      (m) => (args.includeEnded || activeAt(m, at)) && (!args.actorType || m.actorType === args.actorType) && (!args.role || m.role === args.role),
    );
    return connectionFromArray(members, page);
  },
  statistics: (a: AllianceRecord, args: { at?: string | null }, { loaders }: ActorsContext) =>
    loaders.statistics.load({ allianceId: a._id, at: dateArgument(args.at, 'at') }),
};

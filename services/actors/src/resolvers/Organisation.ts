import type { ActorsContext } from '../context';
import type { OrganisationRecord } from '../models/organisations/schema';
import { holderKey } from '../models/positions/repository';
import { unlessEnded } from './lists';

export const Organisation = {
  __resolveReference: (ref: { id: string }, { loaders }: ActorsContext) => loaders.organisation.load(ref.id),
  id: (o: OrganisationRecord) => o._id,
  homeTerritory: (o: OrganisationRecord, _: unknown, { loaders }: ActorsContext) =>
    o.homeTerritoryId ? loaders.territory.load(o.homeTerritoryId) : null,
  memberships: async (o: OrganisationRecord, args: { includeEnded?: boolean | null }, { loaders }: ActorsContext) =>
    unlessEnded(await loaders.membershipsByActor.load(o._id), args.includeEnded),
  positions: async (o: OrganisationRecord, args: { includeEnded?: boolean | null }, { loaders }: ActorsContext) =>
    unlessEnded(await loaders.positionsByHolder.load(holderKey({ holderKind: 'ORGANISATION', holderId: o._id })), args.includeEnded),
};

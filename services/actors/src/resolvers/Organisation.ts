import type { ActorsContext } from '../context';
import type { OrganisationRecord } from '../models/organisations/schema';

export const Organisation = {
  __resolveReference: (ref: { id: string }, { loaders }: ActorsContext) => loaders.organisation.load(ref.id),
  id: (o: OrganisationRecord) => o._id,
  homeTerritory: (o: OrganisationRecord, _: unknown, { loaders }: ActorsContext) =>
    o.homeTerritoryId ? loaders.territory.load(o.homeTerritoryId) : null,
};

import { publishedOrNull, visibleRegistrations } from '../domain/access';
import { registrationOpen, seatsLeft } from '../domain/journeys/registrations';
import type { JourneyRegistrationResolvers, LearningJourneyResolvers, VisitResolvers } from '../generated/resolvers';

export const LearningJourney: LearningJourneyResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.journey.load(ref.id),
  id: (j) => j._id,
  host: (j) => ({ id: j.hostTerritoryId }),
  programme: (j) => (j.programmeId ? { id: j.programmeId } : null),
  registeredCount: async (j, _, { loaders }) => (await loaders.registrations.load(j._id)).length,
  seatsLeft: async (j, _, { loaders }) => seatsLeft(j, await loaders.registrations.load(j._id)),
  registrationOpen: async (j, _, { loaders }) => registrationOpen(j, await loaders.registrations.load(j._id)),
  registrations: async (j, _, { loaders, identity }) => visibleRegistrations(identity, j, await loaders.registrations.load(j._id)),
};

export const Visit: VisitResolvers = {
  experience: async (v, _, { loaders }) => (v.experienceId ? publishedOrNull(await loaders.experience.load(v.experienceId)) : null),
  place: (v) => (v.placeId ? { id: v.placeId } : null),
};

export const JourneyRegistration: JourneyRegistrationResolvers = {
  id: (r) => r._id,
  territory: (r) => ({ id: r.territoryId }),
  participantCount: (r) => r.participants,
  registeredAt: (r) => new Date(r.registeredAt).toISOString(),
};

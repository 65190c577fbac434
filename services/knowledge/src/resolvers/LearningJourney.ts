import { isStaff } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import { today } from '../domain/journeys/journeys';
import type { LearningJourneyRecord, RegistrationRecord, VisitRecord } from '../models/journeys/schema';

const registered = (j: LearningJourneyRecord, { loaders }: KnowledgeContext) => loaders.registrations.load(j._id);

export const LearningJourney = {
  __resolveReference: (ref: { id: string }, { loaders }: KnowledgeContext) => loaders.journey.load(ref.id),
  id: (j: LearningJourneyRecord) => j._id,
  host: (j: LearningJourneyRecord) => ({ id: j.hostTerritoryId }),
  programme: (j: LearningJourneyRecord) => (j.programmeId ? { id: j.programmeId } : null),
  registeredCount: async (j: LearningJourneyRecord, _: unknown, context: KnowledgeContext) => (await registered(j, context)).length,
  seatsLeft: async (j: LearningJourneyRecord, _: unknown, context: KnowledgeContext) => Math.max(0, j.capacity - (await registered(j, context)).length),
  registrationOpen: async (j: LearningJourneyRecord, _: unknown, context: KnowledgeContext) =>
    j.startsOn > today() && (await registered(j, context)).length < j.capacity,
  /** All of them for staff and the host's members; the caller's own territory's otherwise. */
  async registrations(j: LearningJourneyRecord, _: unknown, context: KnowledgeContext) {
    const { identity } = context;
    const all = await registered(j, context);
    if (isStaff(identity) || (identity.role === 'TERRITORY_MEMBER' && identity.territoryId && j.hostScope.includes(identity.territoryId))) return all;
    return identity.role === 'TERRITORY_MEMBER' ? all.filter((r) => r.territoryId === identity.territoryId) : [];
  },
};

export const Visit = {
  async experience(v: VisitRecord, _: unknown, { loaders }: KnowledgeContext) {
    if (!v.experienceId) return null;
    const experience = await loaders.experience.load(v.experienceId);
    return experience?.status === 'PUBLISHED' ? experience : null;
  },
  place: (v: VisitRecord) => (v.placeId ? { id: v.placeId } : null),
};

export const JourneyRegistration = {
  id: (r: RegistrationRecord) => r._id,
  territory: (r: RegistrationRecord) => ({ id: r.territoryId }),
  registeredAt: (r: RegistrationRecord) => new Date(r.registeredAt).toISOString(),
};

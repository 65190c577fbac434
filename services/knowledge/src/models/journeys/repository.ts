import type { Connection, Model } from 'mongoose';
import { versionedRepository, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { learningJourneySchema, registrationSchema, type LearningJourneyRecord, type RegistrationRecord } from './schema';

export const JOURNEY_ORDER: SortSpec = [
  ['startsOn', 1, 'string'],
  ['_id', 1, 'string'],
];

export const seatId = (journeyId: string, seat: number) => `${journeyId}#seat-${seat}`;

/** Journeys are versioned (the kit's versionStore: each change claims its version); registrations are not. */
export function createLearningJourneyRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const journeys: Model<LearningJourneyRecord> = connection.model<LearningJourneyRecord>('LearningJourney', learningJourneySchema);
  const registrations: Model<RegistrationRecord> = connection.model<RegistrationRecord>('Registration', registrationSchema);
  return {
    ...versionedRepository<LearningJourneyRecord>(journeys, revisions, 'Learning journey'),
    journeys,
    registrations,
    /** Journeys hosted inside any of these territories, soonest first. */
    findByHostScopes: (territoryIds: readonly string[]) =>
      journeys.find({ hostScope: { $in: territoryIds } }).sort({ startsOn: 1, _id: 1 }).lean<LearningJourneyRecord[]>().exec(),
    /** Journeys whose visit programme shows any of these experiences. */
    findByExperienceIds: (experienceIds: readonly string[]) =>
      journeys.find({ 'visits.experienceId': { $in: experienceIds } }).sort({ startsOn: 1, _id: 1 }).lean<LearningJourneyRecord[]>().exec(),
    /** Every registration of these journeys, in registration order. */
    registrationsOf: (journeyIds: readonly string[]) =>
      registrations.find({ journeyId: { $in: journeyIds } }).sort({ registeredAt: 1, _id: 1 }).lean<RegistrationRecord[]>().exec(),
    /** Fails with a duplicate key when the seat is taken or the territory already registered. */
    insertRegistration: (registration: RegistrationRecord) => registrations.create(registration),
    findRegistration: (journeyId: string, territoryId: string) =>
      registrations.findOne({ journeyId, territoryId }).lean<RegistrationRecord>().exec(),
    deleteRegistration: (id: string) => registrations.deleteOne({ _id: id }).exec(),
  };
}

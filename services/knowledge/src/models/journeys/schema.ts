import { Schema } from 'mongoose';

/** One step of a learning journey's visit programme, usually showing one experience. */
export interface VisitRecord {
  /** ISO date (YYYY-MM-DD) within the journey. */
  day: string;
  /** Local time, `HH:MM`, if scheduled. */
  time: string | null;
  title: string;
  description: string;
  experienceId: string | null;
  /** Where it takes place (territory id). */
  placeId: string | null;
}

/** A "voyage apprenant": a territory hosts others to show them its experiences. */
export interface LearningJourneyRecord {
  _id: string;
  /** 1 when created, one more at each change (the kit's versionStore). */
  version: number;
  title: string;
  description: string;
  hostTerritoryId: string;
  /** The host and every territory containing it. */
  hostScope: string[];
  /** ISO dates. */
  startsOn: string;
  endsOn: string;
  /** How many territories may register. */
  capacity: number;
  visits: VisitRecord[];
  programmeId: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
}

export const learningJourneySchema = new Schema<LearningJourneyRecord>(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    hostTerritoryId: { type: String, required: true },
    hostScope: { type: [String], default: [] },
    startsOn: { type: String, required: true },
    endsOn: { type: String, required: true },
    capacity: { type: Number, required: true },
    visits: {
      type: [
        {
          _id: false,
          day: { type: String, required: true },
          time: { type: String, default: null },
          title: { type: String, required: true },
          description: { type: String, default: '' },
          experienceId: { type: String, default: null },
          placeId: { type: String, default: null },
        },
      ],
      default: [],
    },
    programmeId: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    createdBy: { type: String, default: null },
  },
  { collection: 'learning_journeys', versionKey: false },
);
learningJourneySchema.index({ startsOn: 1, _id: 1 });
learningJourneySchema.index({ hostScope: 1, startsOn: 1, _id: 1 });
learningJourneySchema.index({ endsOn: 1, startsOn: 1, _id: 1 });
learningJourneySchema.index({ 'visits.experienceId': 1 });

/**
 * A territory's registration to a journey. It IS the seat it holds: `_id` is `<journeyId>#seat-<n>`
 * with n in 1..capacity, so the unique `_id` caps registrations at the capacity under any concurrency,
 * and the unique (journeyId, territoryId) index registers a territory at most once.
 */
export interface RegistrationRecord {
  _id: string;
  journeyId: string;
  seat: number;
  territoryId: string;
  participants: number;
  note: string | null;
  registeredAt: Date;
  registeredBy: string | null;
}

export const registrationSchema = new Schema<RegistrationRecord>(
  {
    _id: { type: String, required: true },
    journeyId: { type: String, required: true },
    seat: { type: Number, required: true },
    territoryId: { type: String, required: true },
    participants: { type: Number, required: true },
    note: { type: String, default: null },
    registeredAt: { type: Date, required: true },
    registeredBy: { type: String, default: null },
  },
  { collection: 'journey_registrations', versionKey: false },
);
registrationSchema.index({ journeyId: 1, territoryId: 1 }, { unique: true });
registrationSchema.index({ journeyId: 1, registeredAt: 1, _id: 1 });
registrationSchema.index({ territoryId: 1 });

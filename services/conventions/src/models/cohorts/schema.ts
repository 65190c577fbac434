import { Schema } from 'mongoose';

/** One training day of a cohort. */
export interface SessionRecord {
  id: string;
  /** ISO date. */
  date: string;
  topic: string;
  place: string;
}

export interface CohortRecord {
  _id: string;
  programmeId: string;
  name: string;
  description: string | null;
  /** ISO dates of the cycle. */
  startsOn: string;
  endsOn: string;
  /** Territories the cohort holds at most; seats `<cohortId>#seat-<n>` for n in 1..capacity. */
  capacity: number;
  /** Organisations that build the cohort with the Fabrique (ADEME for the national pilot cohort). */
  partnerIds: string[];
  sessions: SessionRecord[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const sessionSchema = new Schema<SessionRecord>(
  { id: { type: String, required: true }, date: { type: String, required: true }, topic: { type: String, required: true }, place: { type: String, required: true } },
  { _id: false },
);

export const cohortSchema = new Schema<CohortRecord>(
  {
    _id: { type: String, required: true },
    programmeId: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    startsOn: { type: String, required: true },
    endsOn: { type: String, required: true },
    capacity: { type: Number, required: true },
    partnerIds: { type: [String], default: [] },
    sessions: { type: [sessionSchema], default: [] },
    version: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'cohorts', versionKey: false },
);

cohortSchema.index({ startsOn: -1, _id: -1 });
cohortSchema.index({ programmeId: 1, startsOn: -1, _id: -1 });
cohortSchema.index({ partnerIds: 1, startsOn: -1, _id: -1 });

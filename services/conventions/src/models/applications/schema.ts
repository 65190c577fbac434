import { Schema } from 'mongoose';
import { statusChangeSchema, type StatusChangeRecord } from '../shared/statusChange';

export const APPLICATION_STATUSES = ['SUBMITTED', 'SHORTLISTED', 'WAITLISTED', 'OFFERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'DECLINED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface ApplicationRecord {
  _id: string;
  /** The applying territory (`<LEVEL>:<code>`). */
  territoryId: string;
  /** The territory and every territory containing it, for "applications inside X". */
  territoryScope: string[];
  programmeId: string;
  /** Null when the territory applies to the programme rather than to one of its cohorts. */
  cohortId: string | null;
  /** What was applied to: the cohort, or the programme. Waitlists and seats are per target. */
  targetId: string;
  motivation: string;
  status: ApplicationStatus;
  /** The seat (`<targetId>#seat-<n>`) the application holds while OFFERED or ACCEPTED, when its target has a capacity. */
  seatId: string | null;
  /** When it joined the waitlist: the waitlist order (then `_id`). */
  waitlistedAt: Date | null;
  /** When it was accepted: the enrolment date. */
  enrolledAt: Date | null;
  history: Array<StatusChangeRecord<ApplicationStatus>>;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const applicationSchema = new Schema<ApplicationRecord>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    territoryScope: { type: [String], required: true },
    programmeId: { type: String, required: true },
    cohortId: { type: String, default: null },
    targetId: { type: String, required: true },
    motivation: { type: String, required: true },
    status: { type: String, enum: APPLICATION_STATUSES, required: true },
    seatId: { type: String, default: null },
    waitlistedAt: { type: Date, default: null },
    enrolledAt: { type: Date, default: null },
    history: { type: [statusChangeSchema(APPLICATION_STATUSES)], default: [] },
    version: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'applications', versionKey: false },
);

// Lists (newest first) by each filter; waitlists in waitlist order; enrolments by date.
applicationSchema.index({ createdAt: -1, _id: -1 });
applicationSchema.index({ territoryId: 1, status: 1, createdAt: -1, _id: -1 });
applicationSchema.index({ territoryScope: 1, createdAt: -1, _id: -1 });
applicationSchema.index({ programmeId: 1, status: 1, createdAt: -1, _id: -1 });
applicationSchema.index({ cohortId: 1, status: 1, createdAt: -1, _id: -1 });
applicationSchema.index({ targetId: 1, status: 1, waitlistedAt: 1, _id: 1 });
applicationSchema.index({ status: 1, enrolledAt: -1, _id: -1 });
applicationSchema.index({ territoryId: 1, status: 1, enrolledAt: -1, _id: -1 });
applicationSchema.index({ programmeId: 1, status: 1, enrolledAt: -1, _id: -1 });

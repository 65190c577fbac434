import { Schema } from 'mongoose';

export const PROGRAMME_KINDS = ['INITIATION_DAY', 'SHORT_DIAGNOSTIC', 'PILOT_COHORT', 'EXPERIMENTAL_SUPPORT'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** A programme's rules are data: code reads them, it never branches on the programme kind. */
export interface ProgrammeRules {
  minDays: number | null;
  maxDays: number | null;
  cycleMonths: number | null;
  cohortCapacity: number | null;
  nationalCapacity: number | null;
}

export interface ProgrammeRecord {
  _id: string;
  kind: ProgrammeKind;
  name: string;
  description: string;
  rules: ProgrammeRules;
  /** Display order. */
  rank: number;
}

export const programmeSchema = new Schema<ProgrammeRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: PROGRAMME_KINDS, required: true },
    name: { type: String, required: true },
    description: { type: String, required: true },
    rules: {
      minDays: { type: Number, default: null },
      maxDays: { type: Number, default: null },
      cycleMonths: { type: Number, default: null },
      cohortCapacity: { type: Number, default: null },
      nationalCapacity: { type: Number, default: null },
    },
    rank: { type: Number, required: true },
  },
  { collection: 'programmes', versionKey: false },
);
programmeSchema.index({ kind: 1 }, { unique: true });
programmeSchema.index({ rank: 1 });

import { Schema } from 'mongoose';
import { addPublicationIndexes, publicationDefinition, type PublicationRecord } from '../publications/schema';

export interface ExperienceAuthor {
  name: string;
  /** Role or affiliation, e.g. "chargée de mission transition". */
  role: string | null;
}

export interface KeyFigures {
  budgetEuros: number | null;
  durationMonths: number | null;
  peopleInvolved: number | null;
}

/** A retour d'expérience. */
export interface ExperienceRecord extends PublicationRecord {
  authors: ExperienceAuthor[];
  conventionId: string | null;
  outcomes: string[];
  lessons: string[];
  keyFigures: KeyFigures;
}

export const experienceSchema = new Schema<ExperienceRecord>(
  {
    ...publicationDefinition,
    authors: { type: [{ _id: false, name: { type: String, required: true }, role: { type: String, default: null } }], default: [] },
    conventionId: { type: String, default: null },
    outcomes: { type: [String], default: [] },
    lessons: { type: [String], default: [] },
    keyFigures: {
      budgetEuros: { type: Number, default: null },
      durationMonths: { type: Number, default: null },
      peopleInvolved: { type: Number, default: null },
    },
  },
  { collection: 'experiences', versionKey: false, minimize: false },
);
addPublicationIndexes(experienceSchema);
experienceSchema.index({ conventionId: 1, status: 1, listedAt: -1, _id: -1 });

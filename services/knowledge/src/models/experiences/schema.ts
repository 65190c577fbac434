import { Schema } from 'mongoose';

export const EXPERIENCE_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED'] as const;
export type ExperienceStatus = (typeof EXPERIENCE_STATUSES)[number];

export interface ExperienceRecord {
  _id: string;
  title: string;
  summary: string;
  body: string;
  language: string;
  status: ExperienceStatus;
  territoryIds: string[];
  /** The territories concerned and every territory containing them. */
  territoryScope: string[];
  /** The publishing actor: an organisation id or a territory id. */
  publisherId: string;
  conventionId: string | null;
  publishedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const experienceSchema = new Schema<ExperienceRecord>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    summary: { type: String, required: true },
    body: { type: String, required: true },
    language: { type: String, required: true, default: 'fr' },
    status: { type: String, enum: EXPERIENCE_STATUSES, required: true },
    territoryIds: { type: [String], required: true },
    territoryScope: { type: [String], required: true },
    publisherId: { type: String, required: true },
    conventionId: { type: String, default: null },
    publishedAt: { type: Date, default: null },
    version: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'experiences', versionKey: false },
);

experienceSchema.index({ status: 1, publishedAt: -1, _id: -1 });
experienceSchema.index({ territoryScope: 1, status: 1, publishedAt: -1, _id: -1 });
experienceSchema.index({ publisherId: 1, status: 1, publishedAt: -1, _id: -1 });

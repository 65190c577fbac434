import { Schema, type SchemaDefinition } from 'mongoose';

/**
 * What experiences and resources share: the publication workflow, ownership, territories, themes,
 * programme (their search index is a separate collection, models/search). Each has its own collection; this module declares the
 * common fields and their indexes once.
 */
export const PUBLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export interface PublicationRecord {
  _id: string;
  version: number;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  /** ISO 639-1. */
  language: string;
  status: PublicationStatus;
  /** The territories concerned... */
  territoryIds: string[];
  /** ...and every territory containing them (`territoryScope`), for "everything inside X". */
  territoryScope: string[];
  themeIds: string[];
  /** The themes and their ancestors, for "this theme or a sub-theme". */
  themeScope: string[];
  /** The publishing actor: organisation id or territory id. */
  publisherId: string;
  programmeId: string | null;
  /** The last comment of a moderator who sent it back to draft; cleared when resubmitted. */
  moderationComment: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  /** `YYYY-MM` of publishedAt, for monthly statistics (FerretDB v1 has no date operators). */
  publishedMonth: string | null;
  archivedAt: Date | null;
  /** Sort date of lists: publishedAt once published, createdAt before. */
  listedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  /** Identity subject of the creator. */
  createdBy: string | null;
}

export const publicationDefinition: SchemaDefinition = {
  _id: { type: String, required: true },
  version: { type: Number, required: true },
  title: { type: String, required: true },
  summary: { type: String, default: '' },
  body: { type: String, default: '' },
  language: { type: String, required: true, default: 'fr' },
  status: { type: String, enum: PUBLICATION_STATUSES, required: true },
  territoryIds: { type: [String], default: [] },
  territoryScope: { type: [String], default: [] },
  themeIds: { type: [String], default: [] },
  themeScope: { type: [String], default: [] },
  publisherId: { type: String, required: true },
  programmeId: { type: String, default: null },
  moderationComment: { type: String, default: null },
  submittedAt: { type: Date, default: null },
  publishedAt: { type: Date, default: null },
  publishedMonth: { type: String, default: null },
  archivedAt: { type: Date, default: null },
  listedAt: { type: Date, required: true },
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
  createdBy: { type: String, default: null },
};

/** Every filter and sort of lists, sub-lists, search and statistics has its index. */
export function addPublicationIndexes(schema: Schema): void {
  const order = { listedAt: -1, _id: -1 } as const;
  schema.index({ status: 1, ...order });
  schema.index({ territoryScope: 1, status: 1, ...order });
  schema.index({ themeScope: 1, status: 1, ...order });
  schema.index({ publisherId: 1, status: 1, ...order });
  schema.index({ programmeId: 1, status: 1, ...order });
  schema.index({ language: 1, status: 1, ...order });
  schema.index({ status: 1, publishedMonth: 1 });
}

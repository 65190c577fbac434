import { Schema } from 'mongoose';
import { PUBLICATION_STATUSES, type PublicationStatus } from '../publications/schema';

export const KNOWLEDGE_TYPES = ['EXPERIENCE', 'RESOURCE'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

/**
 * The search index of one experience or resource, kept apart from the record: FerretDB decodes every
 * value of every document a query scans (the kit's data/repository.ts), and a record carrying hundreds
 * of term frequencies made every list, sub-list and statistic several times slower. Rebuilt after each write of the
 * record (`version` says from which version), with the fields search filters on.
 */
export interface SearchEntryRecord {
  /** `<type>:<itemId>`. */
  _id: string;
  type: KnowledgeType;
  itemId: string;
  version: number;
  status: PublicationStatus;
  listedAt: Date;
  themeScope: string[];
  territoryScope: string[];
  programmeId: string | null;
  /** Distinct search keys (multikey index: candidates are `terms: {$in: keys}`). */
  terms: string[];
  /** Term statistics packed in one string (one value to decode, not hundreds): see text/searchIndex. */
  stats: string;
}

export const searchEntrySchema = new Schema<SearchEntryRecord>(
  {
    _id: { type: String, required: true },
    type: { type: String, enum: KNOWLEDGE_TYPES, required: true },
    itemId: { type: String, required: true },
    version: { type: Number, required: true },
    status: { type: String, enum: PUBLICATION_STATUSES, required: true },
    listedAt: { type: Date, required: true },
    themeScope: { type: [String], default: [] },
    territoryScope: { type: [String], default: [] },
    programmeId: { type: String, default: null },
    terms: { type: [String], default: [] },
    stats: { type: String, required: true },
  },
  { collection: 'search_entries', versionKey: false },
);
searchEntrySchema.index({ terms: 1, status: 1, type: 1, listedAt: -1, _id: -1 });

import { Schema } from 'mongoose';
import { versionedFields, type VersionedRecord } from '@fabrique/kit';

export interface AllianceRecord extends VersionedRecord {
  _id: string;
  slug: string;
  name: string;
  searchName: string;
  description: string;
  website: string | null;
  /** The organisation that runs the alliance (for the Fabrique, its association). */
  operatorId: string | null;
}

export const allianceSchema = new Schema<AllianceRecord>(
  {
    _id: { type: String, required: true },
    slug: { type: String, required: true },
    name: { type: String, required: true },
    searchName: { type: String, required: true },
    description: { type: String, required: true },
    website: { type: String, default: null },
    operatorId: { type: String, default: null },
    ...versionedFields,
  },
  { collection: 'alliances', versionKey: false },
);
// The database refuses a duplicate slug, whatever the timing of concurrent writes.
allianceSchema.index({ slug: 1 }, { unique: true });
// alliances, sorted by name.
allianceSchema.index({ searchName: 1, _id: 1 });

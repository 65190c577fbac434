import { Schema } from 'mongoose';

export const ORGANISATION_KINDS = ['ASSOCIATION', 'COMPANY', 'STATE_SERVICE', 'PUBLIC_AGENCY', 'RESEARCH', 'NETWORK', 'FOUNDATION'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface OrganisationRecord {
  _id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  homeTerritoryId: string | null;
  website: string | null;
  description: string | null;
  /** Incremented by every update; edits name the version they started from. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const organisationSchema = new Schema<OrganisationRecord>(
  {
    _id: { type: String, required: true },
    slug: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, enum: ORGANISATION_KINDS, required: true },
    homeTerritoryId: { type: String, default: null },
    website: { type: String, default: null },
    description: { type: String, default: null },
    version: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'organisations', versionKey: false },
);

// The database refuses a duplicate slug, whatever the timing of concurrent writes.
organisationSchema.index({ slug: 1 }, { unique: true });
organisationSchema.index({ kind: 1, name: 1, _id: 1 });
organisationSchema.index({ homeTerritoryId: 1 });

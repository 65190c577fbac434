import { Schema } from 'mongoose';
import { versionedFields, type VersionedRecord } from '@fabrique/kit';

export const ORGANISATION_KINDS = ['ASSOCIATION', 'COMPANY', 'STATE_SERVICE', 'PUBLIC_AGENCY', 'RESEARCH', 'NETWORK', 'FOUNDATION'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface OrganisationRecord extends VersionedRecord {
  _id: string;
  slug: string;
  name: string;
  /** Searchable form of the name: sort key, and source of `nameWords`. */
  searchName: string;
  nameWords: string[];
  kind: OrganisationKind;
  homeTerritoryId: string | null;
  /** The home territory and every territory containing it: "organisations based inside X". */
  homeScope: string[];
  website: string | null;
  description: string | null;
}

export const organisationSchema = new Schema<OrganisationRecord>(
  {
    _id: { type: String, required: true },
    slug: { type: String, required: true },
    name: { type: String, required: true },
    searchName: { type: String, required: true },
    nameWords: { type: [String], required: true },
    kind: { type: String, enum: ORGANISATION_KINDS, required: true },
    homeTerritoryId: { type: String, default: null },
    homeScope: { type: [String], default: [] },
    website: { type: String, default: null },
    description: { type: String, default: null },
    ...versionedFields,
  },
  { collection: 'organisations', versionKey: false },
);

// The database refuses a duplicate slug, whatever the timing of concurrent writes.
organisationSchema.index({ slug: 1 }, { unique: true });
// organisations(filter: { kind, within, search }), sorted by name.
organisationSchema.index({ searchName: 1, _id: 1 });
organisationSchema.index({ kind: 1, searchName: 1, _id: 1 });
organisationSchema.index({ homeScope: 1, searchName: 1, _id: 1 });
organisationSchema.index({ nameWords: 1 });

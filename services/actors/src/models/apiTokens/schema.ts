import { Schema } from 'mongoose';

export const API_TOKEN_ROLES = ['PARTNER', 'TERRITORY_MEMBER', 'STAFF', 'ADMIN'] as const;
export type ApiTokenRole = (typeof API_TOKEN_ROLES)[number];

/** An API token; the secret is never stored, only the SHA-256 of the whole token. */
export interface ApiTokenRecord {
  _id: string;
  name: string;
  role: ApiTokenRole;
  organisationId: string | null;
  territoryId: string | null;
  tokenHash: string;
  prefix: string;
  createdAt: Date;
  createdBy: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  lastUsedAt: Date | null;
}

export const apiTokenSchema = new Schema<ApiTokenRecord>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, enum: API_TOKEN_ROLES, required: true },
    organisationId: { type: String, default: null },
    territoryId: { type: String, default: null },
    tokenHash: { type: String, required: true },
    prefix: { type: String, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, default: null },
    expiresAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: String, default: null },
    lastUsedAt: { type: Date, default: null },
  },
  { collection: 'apiTokens', versionKey: false },
);

// Listing (newest first), and the filters staff use.
apiTokenSchema.index({ createdAt: -1, _id: -1 });
apiTokenSchema.index({ organisationId: 1, createdAt: -1 });
apiTokenSchema.index({ territoryId: 1, createdAt: -1 });

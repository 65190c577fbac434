import { Schema } from 'mongoose';

/**
 * The claim of an import key: `_id` is `<publisherId>:<key>`. Inserting it is what makes an import
 * item happen once (a unique `_id` insert is atomic: the kit's data/repository.ts). It
 * names the experience to create before that experience exists, so a retry after a crash between the
 * claim and the creation finishes the job instead of creating a second one.
 */
export interface ImportClaimRecord {
  _id: string;
  publisherId: string;
  key: string;
  experienceId: string;
  /** SHA-256 of the item's normalized content: the same key with other content is refused. */
  fingerprint: string;
  claimedAt: Date;
  claimedBy: string | null;
}

export const importClaimSchema = new Schema<ImportClaimRecord>(
  {
    _id: { type: String, required: true },
    publisherId: { type: String, required: true },
    key: { type: String, required: true },
    experienceId: { type: String, required: true },
    fingerprint: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    claimedBy: { type: String, default: null },
  },
  { collection: 'import_claims', versionKey: false },
);
importClaimSchema.index({ experienceId: 1 });

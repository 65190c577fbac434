import { Schema } from 'mongoose';
import { versionedFields, type VersionedRecord } from '@fabrique/kit';

export const POSITION_HOLDER_KINDS = ['ALLIANCE', 'ORGANISATION', 'TERRITORY'] as const;
export type PositionHolderKind = (typeof POSITION_HOLDER_KINDS)[number];

/** A role held by a person in an alliance, an organisation or a territory, for a period. */
export interface PositionRecord extends VersionedRecord {
  _id: string;
  personId: string;
  role: string;
  holderKind: PositionHolderKind;
  holderId: string;
  /** ISO dates (YYYY-MM-DD); `until` is null while the role is held. */
  since: string | null;
  until: string | null;
}

export const positionSchema = new Schema<PositionRecord>(
  {
    _id: { type: String, required: true },
    personId: { type: String, required: true },
    role: { type: String, required: true },
    holderKind: { type: String, enum: POSITION_HOLDER_KINDS, required: true },
    holderId: { type: String, required: true },
    since: { type: String, default: null },
    until: { type: String, default: null },
    ...versionedFields,
  },
  { collection: 'positions', versionKey: false },
);
// Positions held in an alliance, organisation or territory; positions of a person; by start date.
positionSchema.index({ holderId: 1, since: 1, _id: 1 });
positionSchema.index({ personId: 1, since: 1, _id: 1 });

import { Schema } from 'mongoose';

export interface AllianceRecord {
  _id: string;
  slug: string;
  name: string;
  description: string;
  /** The organisation that runs the alliance. */
  operatorId: string | null;
  version: number;
}

export interface PersonRecord {
  _id: string;
  name: string;
}

/** A role held by a person in an alliance, an organisation or a territory, for a period. */
export interface PositionRecord {
  _id: string;
  personId: string;
  role: string;
  holderKind: 'ALLIANCE' | 'ORGANISATION' | 'TERRITORY';
  holderId: string;
  since: string | null;
  until: string | null;
}

export const allianceSchema = new Schema<AllianceRecord>(
  {
    _id: { type: String, required: true },
    slug: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, required: true },
    operatorId: { type: String, default: null },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'alliances', versionKey: false },
);
allianceSchema.index({ slug: 1 }, { unique: true });

export const personSchema = new Schema<PersonRecord>(
  { _id: { type: String, required: true }, name: { type: String, required: true } },
  { collection: 'people', versionKey: false },
);
personSchema.index({ name: 1 });

export const positionSchema = new Schema<PositionRecord>(
  {
    _id: { type: String, required: true },
    personId: { type: String, required: true },
    role: { type: String, required: true },
    holderKind: { type: String, enum: ['ALLIANCE', 'ORGANISATION', 'TERRITORY'], required: true },
    holderId: { type: String, required: true },
    since: { type: String, default: null },
    until: { type: String, default: null },
  },
  { collection: 'positions', versionKey: false },
);
positionSchema.index({ holderKind: 1, holderId: 1, since: 1 });
positionSchema.index({ personId: 1 });

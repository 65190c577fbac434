import { Schema } from 'mongoose';

export const CONVENTION_STATUSES = ['IN_PREPARATION', 'SIGNED', 'ACTIVE', 'ENDED', 'TERMINATED'] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

export interface ConventionParty {
  /** Actor id: `<LEVEL>:<code>` for a territory, an organisation id otherwise. */
  actorId: string;
  role: string;
}

export interface CommitmentRecord {
  number: number;
  title: string;
  description: string;
}

export interface ConventionRecord {
  _id: string;
  title: string;
  summary: string | null;
  status: ConventionStatus;
  signedOn: string | null;
  parties: ConventionParty[];
  /** The territory parties and every territory containing them ("a commune's convention is its département's too"). */
  territoryScope: string[];
  /** Organisation parties, for Organisation.conventions. */
  organisationIds: string[];
  commitments: CommitmentRecord[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const partySchema = new Schema<ConventionParty>({ actorId: { type: String, required: true }, role: { type: String, required: true } }, { _id: false });
const commitmentSchema = new Schema<CommitmentRecord>(
  { number: { type: Number, required: true }, title: { type: String, required: true }, description: { type: String, required: true } },
  { _id: false },
);

export const conventionSchema = new Schema<ConventionRecord>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    summary: { type: String, default: null },
    status: { type: String, enum: CONVENTION_STATUSES, required: true },
    signedOn: { type: String, default: null },
    parties: { type: [partySchema], required: true },
    territoryScope: { type: [String], required: true },
    organisationIds: { type: [String], required: true },
    commitments: { type: [commitmentSchema], required: true },
    version: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'conventions', versionKey: false },
);

conventionSchema.index({ status: 1, createdAt: -1, _id: -1 });
conventionSchema.index({ createdAt: -1, _id: -1 });
conventionSchema.index({ territoryScope: 1, createdAt: -1, _id: -1 });
conventionSchema.index({ organisationIds: 1, createdAt: -1, _id: -1 });

import { Schema } from 'mongoose';
import { statusChangeSchema, type StatusChangeRecord } from '../shared/statusChange';

export const CONVENTION_STATUSES = ['IN_PREPARATION', 'SIGNED', 'ACTIVE', 'ENDED', 'TERMINATED'] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

export const DOCUMENT_KINDS = ['CONVENTION_TEXT', 'AMENDMENT', 'ANNEX', 'REPORT', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface ConventionParty {
  /** Actor id: `<LEVEL>:<code>` for a territory, an organisation id otherwise. */
  actorId: string;
  role: string;
}

/** A person who signed (or will sign) the convention on behalf of one of its parties. */
export interface SignatoryRecord {
  name: string;
  /** Their capacity, e.g. `Président du Conseil départemental`. */
  title: string;
  actorId: string;
  signedOn: string | null;
}

export interface DocumentRecord {
  id: string;
  title: string;
  url: string;
  kind: DocumentKind;
  addedAt: Date;
}

export interface MilestoneRecord {
  id: string;
  title: string;
  /** ISO dates. */
  dueOn: string | null;
  doneOn: string | null;
}

export interface IndicatorValueRecord {
  value: number;
  measuredOn: string;
  recordedAt: Date;
  recordedBy: string | null;
  note: string | null;
}

export interface IndicatorRecord {
  id: string;
  label: string;
  unit: string;
  /** Where the indicator started; progress is measured from here towards the target (either direction). */
  baseline: number;
  target: number;
  /** Every value recorded, in the order recorded; the current value is the latest measured. */
  values: IndicatorValueRecord[];
}

export interface CommitmentRecord {
  number: number;
  title: string;
  description: string;
  milestones: MilestoneRecord[];
  indicators: IndicatorRecord[];
}

export type ConventionStatusChange = StatusChangeRecord<ConventionStatus> & { effectiveOn: string | null };

export interface ConventionRecord {
  _id: string;
  title: string;
  summary: string | null;
  status: ConventionStatus;
  programmeId: string | null;
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  parties: ConventionParty[];
  signatories: SignatoryRecord[];
  documents: DocumentRecord[];
  commitments: CommitmentRecord[];
  statusHistory: ConventionStatusChange[];
  /** Every party's actor id, for the `party` filter. */
  partyIds: string[];
  /** The territory parties and every territory containing them ("a commune's convention is its département's too"). */
  territoryScope: string[];
  /** Organisation parties, for Organisation.conventions. */
  organisationIds: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const partySchema = new Schema<ConventionParty>({ actorId: { type: String, required: true }, role: { type: String, required: true } }, { _id: false });

const signatorySchema = new Schema<SignatoryRecord>(
  {
    name: { type: String, required: true },
    title: { type: String, required: true },
    actorId: { type: String, required: true },
    signedOn: { type: String, default: null },
  },
  { _id: false },
);

const documentSchema = new Schema<DocumentRecord>(
  {
    id: { type: String, required: true },
    title: { type: String, required: true },
    url: { type: String, required: true },
    kind: { type: String, enum: DOCUMENT_KINDS, required: true },
    addedAt: { type: Date, required: true },
  },
  { _id: false },
);

const milestoneSchema = new Schema<MilestoneRecord>(
  { id: { type: String, required: true }, title: { type: String, required: true }, dueOn: { type: String, default: null }, doneOn: { type: String, default: null } },
  { _id: false },
);

const indicatorValueSchema = new Schema<IndicatorValueRecord>(
  {
    value: { type: Number, required: true },
    measuredOn: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, default: null },
    note: { type: String, default: null },
  },
  { _id: false },
);

const indicatorSchema = new Schema<IndicatorRecord>(
  {
    id: { type: String, required: true },
    label: { type: String, required: true },
    unit: { type: String, required: true },
    baseline: { type: Number, required: true },
    target: { type: Number, required: true },
    values: { type: [indicatorValueSchema], default: [] },
  },
  { _id: false },
);

const commitmentSchema = new Schema<CommitmentRecord>(
  {
    number: { type: Number, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    milestones: { type: [milestoneSchema], default: [] },
    indicators: { type: [indicatorSchema], default: [] },
  },
  { _id: false },
);

export const conventionSchema = new Schema<ConventionRecord>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    summary: { type: String, default: null },
    status: { type: String, enum: CONVENTION_STATUSES, required: true },
    programmeId: { type: String, default: null },
    signedOn: { type: String, default: null },
    startsOn: { type: String, default: null },
    endsOn: { type: String, default: null },
    parties: { type: [partySchema], required: true },
    signatories: { type: [signatorySchema], default: [] },
    documents: { type: [documentSchema], default: [] },
    commitments: { type: [commitmentSchema], default: [] },
    statusHistory: { type: [statusChangeSchema(CONVENTION_STATUSES, { effectiveOn: { type: String, default: null } })], default: [] },
    partyIds: { type: [String], required: true },
    territoryScope: { type: [String], required: true },
    organisationIds: { type: [String], required: true },
    version: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'conventions', versionKey: false },
);

// Every filter of `conventions(...)` and of the sub-lists, each followed by the list order.
conventionSchema.index({ createdAt: -1, _id: -1 });
conventionSchema.index({ status: 1, createdAt: -1, _id: -1 });
conventionSchema.index({ territoryScope: 1, createdAt: -1, _id: -1 });
conventionSchema.index({ organisationIds: 1, createdAt: -1, _id: -1 });
conventionSchema.index({ partyIds: 1, createdAt: -1, _id: -1 });
conventionSchema.index({ programmeId: 1, createdAt: -1, _id: -1 });
conventionSchema.index({ signedOn: 1 });
conventionSchema.index({ startsOn: 1, endsOn: 1 });

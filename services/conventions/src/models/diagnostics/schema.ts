import { Schema } from 'mongoose';

/** The result of a short diagnostic of a territory. */
export interface DiagnosticRecord {
  _id: string;
  territoryId: string;
  territoryScope: string[];
  programmeId: string;
  /** The accepted application it answers, if any. */
  applicationId: string | null;
  /** ISO dates of the audit days, sorted; their number obeys the programme's minDays..maxDays. */
  auditDays: string[];
  summary: string | null;
  strengths: string[];
  weaknesses: string[];
  recommendations: string[];
  /** When the report was handed to the territory (ISO date). */
  deliveredOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const diagnosticSchema = new Schema<DiagnosticRecord>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    territoryScope: { type: [String], required: true },
    programmeId: { type: String, required: true },
    applicationId: { type: String, default: null },
    auditDays: { type: [String], required: true },
    summary: { type: String, default: null },
    strengths: { type: [String], default: [] },
    weaknesses: { type: [String], default: [] },
    recommendations: { type: [String], default: [] },
    deliveredOn: { type: String, default: null },
    version: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'diagnostics', versionKey: false },
);

diagnosticSchema.index({ createdAt: -1, _id: -1 });
diagnosticSchema.index({ territoryId: 1, createdAt: -1, _id: -1 });
diagnosticSchema.index({ territoryScope: 1, createdAt: -1, _id: -1 });

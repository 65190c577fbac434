import { Schema } from 'mongoose';

/** One recorded status change: who (identity subject), when, from, to. Kept forever on the record. */
export interface StatusChangeRecord<S extends string> {
  /** Null for the creation of the record. */
  from: S | null;
  to: S;
  at: Date;
  /** Identity subject of the caller; null for seeded records. */
  by: string | null;
  note: string | null;
}

export function statusChangeSchema(statuses: readonly string[], extra: Record<string, unknown> = {}): Schema {
  return new Schema(
    {
      from: { type: String, enum: [...statuses, null], default: null },
      to: { type: String, enum: statuses, required: true },
      at: { type: Date, required: true },
      by: { type: String, default: null },
      note: { type: String, default: null },
      ...extra,
    },
    { _id: false },
  );
}

import { Schema } from 'mongoose';

/**
 * A claim is a unit of something scarce that one holder at a time may hold: a seat of a cohort
 * (`<cohortId>#seat-<n>`) or of a programme with a national capacity (`<programmeId>#seat-<n>`), or
 * the one open application a territory may have per target (`apply:<targetId>:<territoryId>`).
 *
 * Claims are never deleted: a free claim has `holderId: null`. Every change of holder is a new version
 * claimed through the kit's version store, i.e. by inserting the revision `claims/<id>@<version>` whose
 * `_id` is unique, an atomic insert on FerretDB too (the kit's data/repository.ts), so of any number of
 * simultaneous claimants of the same version exactly one wins.
 */
export interface ClaimRecord {
  _id: string;
  /** What the claim belongs to: the pool id (cohort or programme) for seats, `apply` for application slots. */
  scope: string;
  /** Seat number (1..capacity); 0 for application slots. */
  number: number;
  holderId: string | null;
  /** When the current holder took it: a claim whose holder never recorded it is released after a while. */
  heldSince: Date;
  version: number;
}

export const claimSchema = new Schema<ClaimRecord>(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true },
    number: { type: Number, required: true },
    holderId: { type: String, default: null },
    heldSince: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'claims', versionKey: false },
);

claimSchema.index({ scope: 1, number: 1 });

import { Schema } from 'mongoose';
import { versionedFields, type VersionedRecord } from '@fabrique/kit';

export const MEMBERSHIP_ROLES = ['FOUNDING_MEMBER', 'MEMBER', 'PARTNER', 'FUNDER', 'OBSERVER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const ACTOR_TYPES = ['TERRITORY', 'ORGANISATION'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** An actor's membership of an alliance. Leaving sets `until`; a membership is never deleted. */
export interface MembershipRecord extends VersionedRecord {
  _id: string;
  allianceId: string;
  /** A territory id (`DEPARTEMENT:63`) or an organisation id. */
  actorId: string;
  actorType: ActorType;
  role: MembershipRole;
  /** ISO dates (YYYY-MM-DD); `until` is null while the membership is open. */
  since: string;
  until: string | null;
  note: string | null;
  /**
   * `<allianceId>|<actorId>` while the membership is open, `ended|<_id>` once it has an end date: its
   * unique index lets an actor hold one open membership per alliance, even under concurrent writes.
   */
  openKey: string;
}

export const membershipSchema = new Schema<MembershipRecord>(
  {
    _id: { type: String, required: true },
    allianceId: { type: String, required: true },
    actorId: { type: String, required: true },
    actorType: { type: String, enum: ACTOR_TYPES, required: true },
    role: { type: String, enum: MEMBERSHIP_ROLES, required: true },
    since: { type: String, required: true },
    until: { type: String, default: null },
    note: { type: String, default: null },
    openKey: { type: String, required: true },
    ...versionedFields,
  },
  { collection: 'memberships', versionKey: false },
);
membershipSchema.index({ openKey: 1 }, { unique: true });
// An alliance's members by start date (optionally of one actor type); an actor's memberships.
membershipSchema.index({ allianceId: 1, since: 1, _id: 1 });
membershipSchema.index({ allianceId: 1, actorType: 1, since: 1, _id: 1 });
membershipSchema.index({ actorId: 1, since: 1 });

import type { Connection, Model } from 'mongoose';
import { BadUserInputError, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { versionedWrites } from '../versioned';
import { membershipSchema, type MembershipRecord } from './schema';
import { byIds, readAll } from '../readAll';

export const MEMBERSHIP_ORDER: SortSpec = [
  ['since', 1, 'string'],
  ['_id', 1, 'string'],
];

/** The value of `openKey` for a membership in this state. */
export const openKeyOf = (m: Pick<MembershipRecord, '_id' | 'allianceId' | 'actorId' | 'until'>) =>
  m.until == null ? `${m.allianceId}|${m.actorId}` : `ended|${m._id}`;

// Only an open membership can collide: on creation, or when an update removes the end date.
const alreadyMember = (m: MembershipRecord) =>
  new BadUserInputError(m.version === 1 ? 'input.actorId' : 'input.until', `${m.actorId} already has an open membership of this alliance.`);

const byStart = { since: 1, _id: 1 } as const;

export function createMembershipRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<MembershipRecord> = connection.model<MembershipRecord>('Membership', membershipSchema);
  const writes = versionedWrites<MembershipRecord>(model, revisions, 'Membership', alreadyMember);
  return {
    model,
    findByIds: (ids: readonly string[]) => readAll<MembershipRecord>(model.find(byIds(ids))),
    /** Every membership, past and present, of these alliances, by start date. */
    findByAlliances: (allianceIds: readonly string[]) =>
      readAll<MembershipRecord>(model.find({ allianceId: { $in: allianceIds } }).sort(byStart)),
    /** Every membership, past and present, of these actors, by start date. */
    findByActors: (actorIds: readonly string[]) => readAll<MembershipRecord>(model.find({ actorId: { $in: actorIds } }).sort(byStart)),
    ...writes,
  };
}

export type MembershipRepository = ReturnType<typeof createMembershipRepository>;

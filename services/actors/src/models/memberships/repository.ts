import type { Connection, Model } from 'mongoose';
import { readAll, versionedRepository, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { membershipSchema, type MembershipRecord } from './schema';

export const MEMBERSHIP_ORDER: SortSpec = [
  ['since', 1, 'string'],
  ['_id', 1, 'string'],
];

/** The value of `openKey` for a membership in this state. */
export const openKeyOf = (m: Pick<MembershipRecord, '_id' | 'allianceId' | 'actorId' | 'until'>) =>
  m.until == null ? `${m.allianceId}|${m.actorId}` : `ended|${m._id}`;

const byStart = { since: 1, _id: 1 } as const;

/** A second open membership of an actor in an alliance is a DuplicateKeyError on `openKey`. */
export function createMembershipRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<MembershipRecord> = connection.model<MembershipRecord>('Membership', membershipSchema);
  return {
    ...versionedRepository<MembershipRecord>(model, revisions, 'Membership'),
    /** Every membership, past and present, of these alliances, by start date. */
    findByAlliances: (allianceIds: readonly string[]) =>
      readAll<MembershipRecord>(model.find({ allianceId: { $in: allianceIds } }).sort(byStart)),
    /** Every membership, past and present, of these actors, by start date. */
    findByActors: (actorIds: readonly string[]) => readAll<MembershipRecord>(model.find({ actorId: { $in: actorIds } }).sort(byStart)),
  };
}

import type { Connection, Model } from 'mongoose';
import { versionedRepository, type RevisionRecord, type SortSpec, type VersionHooks } from '@fabrique/kit';
import { applicationSchema, type ApplicationRecord } from './schema';

/** Lists of applications: newest first. */
export const APPLICATION_ORDER: SortSpec = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'string'],
];

/** Waitlists: first come, first offered. */
export const WAITLIST_ORDER: SortSpec = [
  ['waitlistedAt', 1, 'date'],
  ['_id', 1, 'string'],
];

/** Enrolments (accepted applications): most recent first. */
export const ENROLMENT_ORDER: SortSpec = [
  ['enrolledAt', -1, 'date'],
  ['_id', -1, 'string'],
];

/** `hooks`: what keeps the dashboard's counters (models/statistics), run after every version written. */
export function createApplicationRepository(connection: Connection, revisions: Model<RevisionRecord>, hooks?: VersionHooks<ApplicationRecord>) {
  const model: Model<ApplicationRecord> = connection.model<ApplicationRecord>('Application', applicationSchema);
  return {
    ...versionedRepository<ApplicationRecord>(model, revisions, 'Application', hooks),
    /** The applications holding a seat (OFFERED or ACCEPTED) of each target, enrolled first. */
    holdersOf: (targetIds: readonly string[]) =>
      model
        .find({ targetId: { $in: targetIds }, status: { $in: ['OFFERED', 'ACCEPTED'] } })
        .sort({ enrolledAt: 1, _id: 1 })
        .lean<ApplicationRecord[]>()
        .exec(),
    /** The waitlists of many targets (ids and order only), for waitlist positions. */
    waitlistsOf: (targetIds: readonly string[]) =>
      model
        .find({ targetId: { $in: targetIds }, status: 'WAITLISTED' }, { _id: 1, targetId: 1, waitlistedAt: 1 })
        .sort({ waitlistedAt: 1, _id: 1 })
        .lean<Array<Pick<ApplicationRecord, '_id' | 'targetId' | 'waitlistedAt'>>>()
        .exec(),
    /** The waitlisted applications of a target, first to be offered first. */
    waitlistOf: (targetId: string, limit: number) =>
      model.find({ targetId, status: 'WAITLISTED' }).sort({ waitlistedAt: 1, _id: 1 }).limit(limit).lean<ApplicationRecord[]>().exec(),
  };
}

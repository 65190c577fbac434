import type { Connection, Model } from 'mongoose';
import { versionedCollection, type RevisionRecord, type SortSpec, type VersionHooks } from '@fabrique/kit';
import { conventionSchema, type ConventionRecord } from './schema';

/** Lists of conventions: newest first. */
export const CONVENTION_ORDER: SortSpec = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'string'],
];

/** `hooks`: what keeps the dashboard's counters (models/statistics), run after every version written. */
export function createConventionRepository(connection: Connection, revisions: Model<RevisionRecord>, hooks?: VersionHooks<ConventionRecord>) {
  return versionedCollection<ConventionRecord>(connection, revisions, 'Convention', conventionSchema, hooks);
}

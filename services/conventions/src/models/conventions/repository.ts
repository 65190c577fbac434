import type { Connection, Model } from 'mongoose';
import { versionedCollection, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { conventionSchema, type ConventionRecord } from './schema';

/** Lists of conventions: newest first. */
export const CONVENTION_ORDER: SortSpec = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'string'],
];

export function createConventionRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  return versionedCollection<ConventionRecord>(connection, revisions, 'Convention', conventionSchema);
}

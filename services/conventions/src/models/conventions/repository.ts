import type { Connection, Model } from 'mongoose';
import { versionedRepository, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { conventionSchema, type ConventionRecord } from './schema';

/** Lists of conventions: newest first. */
export const CONVENTION_ORDER: SortSpec = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'string'],
];

export function createConventionRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<ConventionRecord> = connection.model<ConventionRecord>('Convention', conventionSchema);
  return versionedRepository<ConventionRecord>(model, revisions, 'Convention');
}

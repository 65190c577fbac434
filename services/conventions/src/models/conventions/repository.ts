import type { Connection, Model } from 'mongoose';
import { versionStore, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { recordQueries } from '../shared/queries';
import { conventionSchema, type ConventionRecord } from './schema';

/** Lists of conventions: newest first. */
export const CONVENTION_ORDER: SortSpec = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'string'],
];

export function createConventionRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<ConventionRecord> = connection.model<ConventionRecord>('Convention', conventionSchema);
  return {
    ...recordQueries(model),
    /** Every write goes through here: optimistic concurrency (CONFLICT) and one revision per version. */
    store: versionStore<ConventionRecord>(model, revisions, 'Convention'),
  };
}

export type ConventionRepository = ReturnType<typeof createConventionRepository>;

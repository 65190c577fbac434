import type { Connection, Model } from 'mongoose';
import { versionedCollection, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { cohortSchema, type CohortRecord } from './schema';

/** Lists of cohorts: the most recent cycle first. */
export const COHORT_ORDER: SortSpec = [
  ['startsOn', -1, 'string'],
  ['_id', -1, 'string'],
];

export function createCohortRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  return versionedCollection<CohortRecord>(connection, revisions, 'Cohort', cohortSchema);
}

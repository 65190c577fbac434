import type { Connection, Model } from 'mongoose';
import { versionedCollection, type RevisionRecord, type SortSpec, type VersionHooks } from '@fabrique/kit';
import { cohortSchema, type CohortRecord } from './schema';

/** Lists of cohorts: the most recent cycle first. */
export const COHORT_ORDER: SortSpec = [
  ['startsOn', -1, 'string'],
  ['_id', -1, 'string'],
];

/** `hooks`: what keeps the cohorts' counts by programme (models/statistics), run after every version written. */
export function createCohortRepository(connection: Connection, revisions: Model<RevisionRecord>, hooks?: VersionHooks<CohortRecord>) {
  return versionedCollection<CohortRecord>(connection, revisions, 'Cohort', cohortSchema, hooks);
}

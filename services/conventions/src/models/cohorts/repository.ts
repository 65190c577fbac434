import type { Connection, Model } from 'mongoose';
import { versionStore, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { recordQueries } from '../shared/queries';
import { cohortSchema, type CohortRecord } from './schema';

/** Lists of cohorts: the most recent cycle first. */
export const COHORT_ORDER: SortSpec = [
  ['startsOn', -1, 'string'],
  ['_id', -1, 'string'],
];

export function createCohortRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<CohortRecord> = connection.model<CohortRecord>('Cohort', cohortSchema);
  return { ...recordQueries(model), store: versionStore<CohortRecord>(model, revisions, 'Cohort') };
}

export type CohortRepository = ReturnType<typeof createCohortRepository>;

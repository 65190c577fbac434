import { ensureIndexes, insertMissing, territoryIdsIn, type Database } from '@fabrique/kit';
import { createRepositories } from '../repositories';
import { demoConventions } from './conventions';
import { demoApplications, demoClaims, demoCohorts, demoDiagnostics } from './engagement';
import { demoProgrammes } from './programmes';
import { upgradeOlderConventions } from './upgrade';

/** Every territory the demo records name (parties, signatories, applicants...): the actors seed imports them all. */
export const demoTerritoryIds = (): string[] => territoryIdsIn([demoProgrammes, demoConventions, demoCohorts, demoApplications, demoDiagnostics]);

/** Idempotent: adds the missing demo records (fixed ids), leaves existing ones alone (only completing records an earlier version wrote). */
export async function seedConventions(database: Database): Promise<void> {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.models);
  await insertMissing(repositories.programmes.model, demoProgrammes);
  // Adds fields that count for none of the statistics' counters (status, territoryScope and programmeId are
  // kept; a programmeId it adds is null, which counts for nothing).
  await upgradeOlderConventions(repositories.conventions.model, demoConventions);
  let inserted = await insertMissing(repositories.conventions.model, demoConventions);
  inserted += await insertMissing(repositories.cohorts.model, demoCohorts);
  // Claims before the applications that name them (see domain/applications/seats.ts for the order of writes).
  await insertMissing(repositories.claims.model, demoClaims);
  inserted += await insertMissing(repositories.applications.model, demoApplications);
  await insertMissing(repositories.diagnostics.model, demoDiagnostics);
  // The inserts above bypass the versioned writes that keep the counters: a new database (or one from
  // before the counters) gets them built, and demo records added to a database that has them are counted.
  if (inserted > 0 || !(await repositories.statistics.built())) await repositories.statistics.rebuildFrom(countedModels(repositories));
}

/** The collections the counters count. */
const countedModels = ({ conventions, applications, cohorts }: ReturnType<typeof createRepositories>) => ({ conventions: conventions.model, applications: applications.model, cohorts: cohorts.model });

/** Compares the maintained dashboard counters with the records (`npm run statistics`). */
export async function checkConventionStatistics(database: Database) {
  const repositories = createRepositories(database.connection);
  return repositories.statistics.checkFrom(countedModels(repositories));
}

/** Whether the counters were built for the current figures (the bench rebuilds them on a kept dataset otherwise). */
export const conventionStatisticsBuilt = (database: Database) => createRepositories(database.connection).statistics.built();

/**
 * Recomputes the counters from the conventions, applications and cohorts (`npm run statistics`, and
 * the benchmark after its bulk load): for records written around the versioned repositories. Run it while
 * nothing writes. Returns the number of counters.
 */
export async function rebuildConventionStatistics(database: Database): Promise<number> {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.statistics.models);
  return repositories.statistics.rebuildFrom(countedModels(repositories));
}

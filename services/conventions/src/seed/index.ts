import { ensureIndexes, insertMissing, type Database } from '@fabrique/kit';
import { createRepositories } from '../repositories';
import { demoConventions } from './conventions';
import { demoApplications, demoClaims, demoCohorts, demoDiagnostics } from './engagement';
import { demoProgrammes } from './programmes';
import { upgradeOlderConventions } from './upgrade';

/** Idempotent: adds the missing demo records (fixed ids), leaves existing ones alone (only completing records an earlier version wrote). */
export async function seedConventions(database: Database): Promise<void> {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.models);
  await insertMissing(repositories.programmes.model, demoProgrammes);
  await upgradeOlderConventions(repositories.conventions.model, demoConventions);
  await insertMissing(repositories.conventions.model, demoConventions);
  await insertMissing(repositories.cohorts.model, demoCohorts);
  // Claims before the applications that name them (see domain/applications/seats.ts for the order of writes).
  await insertMissing(repositories.claims.model, demoClaims);
  await insertMissing(repositories.applications.model, demoApplications);
  await insertMissing(repositories.diagnostics.model, demoDiagnostics);
}

import { ensureIndexes, insertMissing, type Database } from '@fabrique/kit';
import { createRepositories } from '../repositories';
import { demoConventions, demoProgrammes } from './demoData';

/** Idempotent: adds the missing demo records (fixed ids) and leaves existing ones alone. */
export async function seedConventions(database: Database): Promise<void> {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.models);
  await insertMissing(repositories.programmes.model, demoProgrammes);
  await insertMissing(repositories.conventions.model, demoConventions);
}

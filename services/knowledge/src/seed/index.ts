import { ensureIndexes, insertMissing, type Database } from '@fabrique/kit';
import { createRepositories } from '../repositories';
import { demoExperiences } from './demoData';

/** Idempotent: adds the missing demo records (fixed ids) and leaves existing ones alone. */
export async function seedKnowledge(database: Database): Promise<void> {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.models);
  await insertMissing(repositories.experiences.model, demoExperiences);
}

import type { Connection } from 'mongoose';
import { createExperienceRepository } from './models/experiences/repository';

/** Every collection of the knowledge database, behind its repository. */
export function createRepositories(connection: Connection) {
  const experiences = createExperienceRepository(connection);
  return { experiences, models: [experiences.model] };
}

export type Repositories = ReturnType<typeof createRepositories>;

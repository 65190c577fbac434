import type { Connection } from 'mongoose';
import { createConventionRepository } from './models/conventions/repository';
import { createProgrammeRepository } from './models/programmes/repository';

/** Every collection of the conventions database, behind its repository. */
export function createRepositories(connection: Connection) {
  const conventions = createConventionRepository(connection);
  const programmes = createProgrammeRepository(connection);
  return { conventions, programmes, models: [conventions.model, programmes.model] };
}

export type Repositories = ReturnType<typeof createRepositories>;

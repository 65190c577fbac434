import type { Connection } from 'mongoose';
import { createAllianceRepository } from './models/alliances/repository';
import { createOrganisationRepository } from './models/organisations/repository';
import { createTerritoryRepository } from './models/territories/repository';

/** Every collection of the actors database, behind its repository. */
export function createRepositories(connection: Connection) {
  const territories = createTerritoryRepository(connection);
  const organisations = createOrganisationRepository(connection);
  const alliances = createAllianceRepository(connection);
  return {
    territories,
    organisations,
    alliances,
    models: [territories.model, organisations.model, ...alliances.models],
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

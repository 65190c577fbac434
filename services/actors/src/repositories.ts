import type { Connection } from 'mongoose';
import { createApiTokenRepository } from './access/models/apiTokens/repository';
import { createAllianceRepository } from './models/alliances/repository';
import { createOrganisationRepository } from './models/organisations/repository';
import { createTerritoryRepository } from './models/territories/repository';

/** Every collection of the actors database, behind its repository. */
export function createRepositories(connection: Connection) {
  const territories = createTerritoryRepository(connection);
  const organisations = createOrganisationRepository(connection);
  const alliances = createAllianceRepository(connection);
  const apiTokens = createApiTokenRepository(connection);
  return {
    territories,
    organisations,
    alliances,
    apiTokens,
    models: [territories.model, organisations.model, ...alliances.models, apiTokens.model],
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

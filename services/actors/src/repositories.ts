import type { Connection } from 'mongoose';
import { createIdempotencyStore, createRevisionModel } from '@fabrique/kit';
import { createApiTokenRepository } from './models/apiTokens/repository';
import { createAllianceRepository } from './models/alliances/repository';
import { createMembershipRepository } from './models/memberships/repository';
import { createOrganisationRepository } from './models/organisations/repository';
import { createPersonRepository } from './models/people/repository';
import { createPositionRepository } from './models/positions/repository';
import { createTerritoryRepository } from './models/territories/repository';
import { withSnapshot } from './models/territories/snapshot';

/** Every collection of the actors database, behind its repository. */
export function createRepositories(connection: Connection) {
  // Every version of an organisation, person, position, alliance or membership (the kit's versionedRepository).
  const revisions = createRevisionModel(connection);
  // Reads come from memory while the subgraph serves (see snapshot.ts).
  const territories = withSnapshot(createTerritoryRepository(connection));
  const organisations = createOrganisationRepository(connection, revisions);
  const people = createPersonRepository(connection, revisions);
  const positions = createPositionRepository(connection, revisions);
  const alliances = createAllianceRepository(connection, revisions);
  const memberships = createMembershipRepository(connection, revisions);
  const apiTokens = createApiTokenRepository(connection);
  // The claims of idempotency keys of every create (see the kit's idempotency.ts).
  const idempotency = createIdempotencyStore(connection);
  return {
    territories, organisations, people, positions, alliances, memberships, revisions, apiTokens, idempotency,
    models: [...territories.models, organisations.model, people.model, positions.model, alliances.model, memberships.model, revisions, apiTokens.model, idempotency.model],
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

import { describeIdempotentCreate } from '@fabrique/kit/testing';
import { factories, OTHER_STAFF, STAFF, startActors, uniqueSlug, type Actors } from './support';

/** Retries of every create of the actors subgraph with an idempotencyKey (see the kit's idempotency.ts). */
describe('idempotent creates (actors subgraph, real database)', () => {
  let actors: Actors;
  let make: ReturnType<typeof factories>;
  let personId: string;
  beforeAll(async () => {
    actors = await startActors();
    make = factories(actors.url);
    personId = (await make.person()).id;
  });
  afterAll(() => actors.stop());

  const common = { caller: () => STAFF, otherCaller: () => OTHER_STAFF, target: () => ({ url: actors.url, db: actors.database.connection.db! }) };

  describeIdempotentCreate({
    ...common,
    mutation: 'createOrganisation',
    inputType: 'CreateOrganisationInput',
    input: () => ({ slug: uniqueSlug('retry-org'), name: 'Organisation relancée', kind: 'ASSOCIATION' }),
    collection: 'organisations',
  });

  describeIdempotentCreate({
    ...common,
    mutation: 'createPerson',
    inputType: 'CreatePersonInput',
    input: () => ({ name: `Personne ${uniqueSlug('p')}` }),
    collection: 'people',
  });

  describeIdempotentCreate({
    ...common,
    mutation: 'createPosition',
    inputType: 'CreatePositionInput',
    input: () => ({ personId, role: `Déléguée ${uniqueSlug('r')}`, holderKind: 'TERRITORY', holderId: 'DEPARTEMENT:63' }),
    collection: 'positions',
  });

  describeIdempotentCreate({
    ...common,
    mutation: 'createAlliance',
    inputType: 'CreateAllianceInput',
    input: () => ({ slug: uniqueSlug('retry-alliance'), name: 'Alliance relancée', description: 'Pour les relances.' }),
    collection: 'alliances',
  });

  describeIdempotentCreate({
    ...common,
    mutation: 'createMembership',
    inputType: 'CreateMembershipInput',
    // One open membership per actor and alliance: each input names a new alliance.
    input: async () => ({ allianceId: (await make.alliance()).id, actorId: 'DEPARTEMENT:63', since: '2024-01-01' }),
    collection: 'memberships',
  });

  describeIdempotentCreate({
    ...common,
    mutation: 'issueApiToken',
    inputType: 'IssueApiTokenInput',
    selection: '{ secret token { id } }',
    input: () => ({ name: `Jeton ${uniqueSlug('t')}`, role: 'TERRITORY_MEMBER', territoryId: 'DEPARTEMENT:63' }),
    collection: 'apiTokens',
    replays: 'conflict',
  });
});

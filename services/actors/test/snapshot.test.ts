import { graphql, TEST_IDENTITY_SECRET, type GraphQLResponse } from '@fabrique/kit/testing';
import { createActorsServer } from '../src/server';
import { roundTrips, startActors, type Actors } from './support';

/**
 * While serving, the subgraph answers territory reads from an in-memory snapshot (snapshot.ts). The same
 * questions asked of a server reading the database (TERRITORY_SNAPSHOT=false) get the same answers.
 */
const QUESTIONS: Array<[string, Record<string, unknown>]> = [
  ['{ territory(code: "63") { id name population parent { id } chefLieu { id } ancestors { id } } }', {}],
  // Ambiguous: région 03 (Guyane) and département 03 (Allier).
  ['{ territory(code: "03") { id level } }', {}],
  ['{ territory(code: "15014", level: COMMUNE) { id name epci { id name } ancestors { id } } }', {}],
  ['query($after: String) { territories(filter: { level: COMMUNE }, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }', {}],
  ['{ territories(filter: { within: "REGION:84", level: COMMUNE }, orderBy: POPULATION_DESC, first: 15) { totalCount edges { cursor node { id population } } } }', {}],
  ['{ territories(filter: { within: "DEPARTEMENT:15", minPopulation: 500, maxPopulation: 3000 }, orderBy: POPULATION_ASC, first: 20) { totalCount edges { node { id } } } }', {}],
  ['{ territories(filter: { search: "st flour" }, first: 5) { totalCount edges { node { id name } } } }', {}],
  ['{ territories(filter: { search: "puy de dome" }) { totalCount edges { node { id } } } }', {}],
  // Ranked (no orderBy): exact names, then prefixes, then word matches, the rank in the cursor.
  ['query($after: String) { territories(filter: { search: "saint" }, first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }', {}],
  ['{ territories(filter: { level: REGION }, first: 100) { totalCount edges { node { id name } } } }', {}],
  [
    '{ territories(filter: { level: DEPARTEMENT, within: "REGION:84" }, first: 12) { edges { node { id children(filter: { level: EPCI }, first: 3) { totalCount edges { node { id children(first: 2, orderBy: POPULATION_DESC) { totalCount edges { node { id } } } } } } } } } }',
    {},
  ],
  ['{ alliance(slug: "fabrique-des-transitions") { statistics { memberCount membersByKind { kind count } territoriesByRegion { region { id } engagedTerritories communesCovered populationCovered } } } }', {}],
];

describe('the territory snapshot (real database)', () => {
  let snapshot: Actors;
  let database: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    snapshot = await startActors();
    process.env.TERRITORY_SNAPSHOT = 'false';
    try {
      const server = await createActorsServer({ database: snapshot.database, identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'test' });
      database = { url: `${await server.listen(0)}/graphql`, stop: () => server.stop() };
    } finally {
      delete process.env.TERRITORY_SNAPSHOT;
    }
  });
  afterAll(async () => {
    await database.stop();
    await snapshot.stop();
  });

  it.each(QUESTIONS)('answers %s as the database does', async (query, variables) => {
    const [fromMemory, fromDatabase] = await Promise.all([graphql(snapshot.url, query, variables), graphql(database.url, query, variables)]);
    expect(fromDatabase.data).toBeDefined();
    expect({ data: fromMemory.data, errors: fromMemory.errors }).toEqual({ data: fromDatabase.data, errors: fromDatabase.errors });
  });

  it.each([3, 8])('pages the same way, cursor after cursor (question %d)', async (question) => {
    const query = QUESTIONS[question]![0];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const fromMemory: GraphQLResponse = await graphql(snapshot.url, query, { after });
      const fromDatabase: GraphQLResponse = await graphql(database.url, query, { after });
      expect(fromMemory.data).toEqual(fromDatabase.data);
      after = fromMemory.data.territories.pageInfo.endCursor;
    }
  });

  it('answers territory reads without a database round trip', async () => {
    const res = await graphql(snapshot.url, QUESTIONS[4]![0]);
    expect(res.errors).toBeUndefined();
    expect(roundTrips(res)).toBe(0);
  });
});

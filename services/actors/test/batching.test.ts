import { graphql } from '@fabrique/kit/testing';
import { asStaff, factories, roundTrips, startActors, type Actors } from './support';

/**
 * Every list and entity reference is batched: the database commands a request sends do not grow with
 * the number of items it resolves. Each case runs the same query over a few items and over many, and
 * compares the round trips the subgraph reports (x-fabrique-db-round-trips).
 */
describe('batching: round trips do not grow with the number of items (actors subgraph, real database)', () => {
  let actors: Actors;
  beforeAll(async () => {
    actors = await startActors();
  });
  afterAll(() => actors.stop());

  async function measure(query: string, variables: Record<string, unknown>) {
    const res = await graphql(actors.url, query, variables);
    expect(res.errors).toBeUndefined();
    return { data: res.data, roundTrips: roundTrips(res) };
  }

  const ENTITIES = `query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Territory { id name parent { name } epci { name } ancestors { id } }
      ... on Organisation { id name homeTerritory { name } memberships { role } }
    }
  }`;

  it('resolves 1,000 Territory references in as many round trips as 10', async () => {
    const communes = await actors.database.connection.db!.collection('communes').find({}, { projection: { _id: 1 } }).limit(1000).toArray();
    const references = communes.map((c) => ({ __typename: 'Territory', id: c._id }));
    expect(references).toHaveLength(1000);
    const few = await measure(ENTITIES, { representations: references.slice(0, 10) });
    const many = await measure(ENTITIES, { representations: references });
    expect(many.data._entities).toHaveLength(1000);
    expect(many.data._entities.every((t: { name: string; parent: { name: string } }) => t.name && t.parent.name)).toBe(true);
    expect(many.roundTrips).toBe(few.roundTrips);
    expect(many.roundTrips).toBeLessThanOrEqual(4);
  });

  it('resolves references of every level and of organisations together in a constant number of round trips', async () => {
    const db = actors.database.connection.db!;
    const ids = async (collection: string, filter: object, limit: number) =>
      (await db.collection(collection).find(filter, { projection: { _id: 1 } }).limit(limit).toArray()).map((d) => String(d._id));
    const references = async (each: number) =>
      [
        ...(await ids('territories', { level: 'REGION' }, each)),
        ...(await ids('territories', { level: 'DEPARTEMENT' }, each)),
        ...(await ids('territories', { level: 'EPCI' }, each)),
        ...(await ids('communes', {}, each)),
      ]
        .map((id) => ({ __typename: 'Territory', id }))
        .concat((await ids('organisations', {}, each)).map((id) => ({ __typename: 'Organisation', id })));
    const few = await measure(ENTITIES, { representations: await references(1) });
    const many = await measure(ENTITIES, { representations: await references(200) });
    expect(many.data._entities.length).toBeGreaterThan(350);
    expect(many.data._entities.every((e: { name?: string }) => e.name)).toBe(true);
    expect(many.roundTrips).toBe(few.roundTrips);
  });

  it('pages the children of many territories, and theirs, in a constant number of round trips', async () => {
    // The départements of Auvergne-Rhône-Alpes: four of them have their communes in the test data.
    const NESTED = `query($first: Int) {
      territories(filter: { level: DEPARTEMENT, within: "REGION:84" }, first: $first) {
        edges { node { name children(first: 5) { totalCount edges { node { name epci { name } children { totalCount } } } } epcis: children(filter: { level: EPCI }, orderBy: POPULATION_DESC, first: 2) { totalCount edges { node { name } } } } }
      }
    }`;
    const two = await measure(NESTED, { first: 2 });
    const all = await measure(NESTED, { first: 12 });
    expect(all.data.territories.edges).toHaveLength(12);
    const puyDeDome = all.data.territories.edges.find((e: any) => e.node.name === 'Puy-de-Dôme').node;
    expect(puyDeDome.children.totalCount).toBe(463);
    expect(puyDeDome.children.edges).toHaveLength(5);
    expect(all.roundTrips).toBe(two.roundTrips);

    const REGIONS = `query($first: Int) { territories(filter: { level: REGION }, first: $first) { edges { node { children(first: 100) { edges { node { children(filter: { level: COMMUNE }, first: 3) { totalCount edges { node { name } } } } } } } } } }`;
    const oneRegion = await measure(REGIONS, { first: 2 });
    const everyRegion = await measure(REGIONS, { first: 26 });
    expect(everyRegion.roundTrips).toBe(oneRegion.roundTrips);
  });

  it('resolves organisations, alliances, members, positions and statistics in a constant number of round trips', async () => {
    // Alliances shaped like the Fabrique: an operator, governance, territories and an organisation as members.
    const make = factories(actors.url);
    const operator = await graphql(actors.url, '{ organisation(slug: "association-fabrique-des-transitions") { id } ademe: organisation(slug: "ademe") { id } }');
    for (let i = 0; i < 4; i++) {
      const alliance = await make.alliance({ operatorId: operator.data.organisation.id });
      const person = await make.person(`Membre ${i}`);
      await asStaff(actors.url, 'mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', {
        input: { personId: person.id, role: 'Présidente', holderKind: 'ALLIANCE', holderId: alliance.id },
      });
      for (const actorId of ['DEPARTEMENT:63', 'COMMUNE:63113', 'EPCI:200073419', operator.data.ademe.id]) {
        await make.membership({ allianceId: alliance.id, actorId, since: '2022-01-01' });
      }
    }
    const ALLIANCES = `query($first: Int) {
      alliances(first: $first) { edges { node {
        operator { name homeTerritory { name } }
        governance { role person { name positions { holder { ... on Alliance { slug } } } } }
        members { totalCount edges { node { actor { __typename ... on Territory { name parent { name } } ... on Organisation { name homeTerritory { name } } } } } }
        statistics { memberCount membersByKind { kind count } membersByRegion { region { name } total } territoriesByRegion { region { name } communesCovered } }
      } } }
    }`;
    const one = await measure(ALLIANCES, { first: 1 });
    const five = await measure(ALLIANCES, { first: 5 });
    expect(five.data.alliances.edges).toHaveLength(5);
    expect(five.roundTrips).toBe(one.roundTrips);

    const ORGANISATIONS = `query($first: Int) { organisations(filter: { within: "DEPARTEMENT:63" }, first: $first) { edges { node { homeTerritory { name ancestors { name } } memberships { alliance { name } } positions { person { name } } } } } }`;
    const single = await measure(ORGANISATIONS, { first: 1 });
    const every = await measure(ORGANISATIONS, { first: 100 });
    expect(every.data.organisations.edges.length).toBeGreaterThanOrEqual(4);
    expect(every.roundTrips).toBe(single.roundTrips);
  });
});

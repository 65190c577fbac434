import { errorCodes, graphql } from '@fabrique/kit/testing';
import { factories, roundTrips, STAFF, startActors, type Actors } from './support';

/**
 * Issue 12, items 1 and 6, on the actors subgraph. Territory reads go to the database here (no snapshot),
 * where a 100,000-character search was "Regular expression too large" and a 900 KB one seconds of scanning.
 */
describe('text input of the actors subgraph (real database, no territory snapshot)', () => {
  let actors: Actors;
  let make: ReturnType<typeof factories>;
  const snapshot = process.env.TERRITORY_SNAPSHOT;
  beforeAll(async () => {
    process.env.TERRITORY_SNAPSHOT = 'false';
    actors = await startActors();
    make = factories(actors.url);
  });
  afterAll(async () => {
    if (snapshot === undefined) delete process.env.TERRITORY_SNAPSHOT;
    else process.env.TERRITORY_SNAPSHOT = snapshot;
    await actors.stop();
  });

  it.each([
    ['organisations', 900_000],
    ['people', 900_000],
    ['territories', 900_000],
    ['territories', 100_000],
  ])('refuses %s(filter: { search }) of %d characters naming the field and its limit, with no database call', async (list, length) => {
    const res = await graphql(actors.url, `query($s: String!) { ${list}(filter: { search: $s }) { totalCount edges { node { id } } } }`, { s: 'x'.repeat(length) });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions).toMatchObject({ field: 'filter.search', max: 200 });
    expect(roundTrips(res)).toBe(0);
  });

  it('still searches within the limit', async () => {
    const res = await graphql(actors.url, `{ territories(filter: { search: "puy de do\u0302me" }) { edges { node { id } } } }`);
    expect(res.data.territories.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('DEPARTEMENT:63');
  });

  it('refuses control and bidirectional characters in names, keeps line breaks in descriptions, stores NFC', async () => {
    const refused = await graphql(actors.url, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { name: 'Anne\u202e' } }, STAFF);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(roundTrips(refused)).toBe(0);
    const person = await make.person('Jose\u0301 Martin');
    expect(person.name).toBe('José Martin');
    const alliance = await make.alliance({ name: 'Alliance des re\u0301seaux', description: 'Premier but.\nSecond but.' });
    const read = await graphql(actors.url, 'query($slug: String!) { alliance(slug: $slug) { name description } }', { slug: alliance.slug });
    expect(read.data.alliance).toEqual({ name: 'Alliance des réseaux', description: 'Premier but.\nSecond but.' });
  });
});

import { craftedCursors, describeCursorRefusals, graphql, type CursorLists } from '@fabrique/kit/testing';
import { startActors, type Actors } from './support';

/**
 * List arguments a client cannot turn into database work or silence: crafted cursors are refused
 * before any database command, and a territory id that names nothing is an error, not an empty list.
 */
describe('list arguments of the actors subgraph (real database)', () => {
  let actors: Actors;

  beforeAll(async () => {
    actors = await startActors();
  });

  afterAll(() => actors.stop());

  const connections: CursorLists = [
    ['organisations', 'query($after: String) { organisations(first: 3, after: $after) { edges { node { id } } } }', 'searchName:1,_id:1'],
    ['people', 'query($after: String) { people(first: 3, after: $after) { edges { node { id } } } }', 'searchName:1,_id:1'],
    ['territories', 'query($after: String) { territories(first: 3, after: $after) { edges { node { id } } } }', 'searchName:1,_id:1'],
    [
      'territories',
      'query($after: String) { territories(first: 3, orderBy: POPULATION_DESC, after: $after) { edges { node { id } } } }',
      'population:-1,_id:1',
    ],
    ['alliances', 'query($after: String) { alliances(first: 3, after: $after) { edges { node { id } } } }', 'searchName:1,_id:1'],
  ];

  describeCursorRefusals(connections, (query, variables) => graphql(actors.url, query, variables));

  it('refuses crafted cursors on a sub-list (Territory.children) too', async () => {
    const query = 'query($after: String) { territory(code: "63", level: DEPARTEMENT) { children(filter: { level: COMMUNE }, first: 3, after: $after) { edges { node { id } } } } }';
    for (const [, after] of craftedCursors('searchName:1,_id:1', 2)) {
      const res = await graphql(actors.url, query, { after });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(res.data?.territory?.children ?? null).toBeNull();
    }
  });

  it('still pages with the cursors it issues', async () => {
    const query = 'query($after: String) { organisations(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
    const first = (await graphql(actors.url, query)).data.organisations;
    const next = await graphql(actors.url, query, { after: first.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.organisations.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(first.edges[0].node.id);
  });

  describe('a territory id that names nothing is NOT_FOUND with the argument, never an empty list', () => {
    it.each([
      ['territories', '{ territories(filter: { within: "DEPARTEMENT:999" }) { totalCount } }'],
      ['organisations', '{ organisations(filter: { within: "DEPARTEMENT:999" }) { totalCount } }'],
    ])('%s(filter: { within })', async (list, query) => {
      const res = await graphql(actors.url, query);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({ message: 'Territory "DEPARTEMENT:999" does not exist.', extensions: { code: 'NOT_FOUND', field: 'filter.within', id: 'DEPARTEMENT:999' } });
      // Root fields are nullable (one failure stays local): the refused list alone is null.
      expect(res.data).toEqual({ [list]: null });
      expect(Number(res.headers.get('x-fabrique-db-round-trips'))).toBe(0);
    });

    it('a malformed one is BAD_USER_INPUT, worded as in every subgraph', async () => {
      const res = await graphql(actors.url, '{ territories(filter: { within: "Puy-de-Dôme" }) { totalCount } }');
      expect(res.errors![0]).toMatchObject({
        message: 'filter.within must be a territory id such as "DEPARTEMENT:63" or "COMMUNE:63113".',
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.within' },
      });
    });

    it('an existing territory still filters', async () => {
      const res = await graphql(actors.url, '{ territories(filter: { within: "DEPARTEMENT:63", level: COMMUNE }) { totalCount } }');
      expect(res.data.territories.totalCount).toBe(463);
    });
  });
});

import { craftedCursors, describeCursorRefusals, type CursorLists } from '@fabrique/kit/testing';
import { PILOT_COHORT_ID } from '../src/seed/engagement';
import { as, dataOf, useConventions } from './support';

/**
 * List arguments a client cannot turn into database work or silence: crafted cursors are refused
 * before any database command, and an id that names nothing is an error, not an empty list.
 */
describe('list arguments of the conventions subgraph (real database)', () => {
  const t = useConventions();

  const connections: CursorLists = [
    ['conventions', 'query($after: String) { conventions(first: 2, after: $after) { edges { node { id } } } }', 'createdAt:-1,_id:-1'],
    ['cohorts', 'query($after: String) { cohorts(first: 2, after: $after) { edges { node { id } } } }', 'startsOn:-1,_id:-1'],
    ['applications', 'query($after: String) { applications(first: 2, after: $after) { edges { node { id } } } }', 'createdAt:-1,_id:-1'],
  ];

  describeCursorRefusals(connections, (query, variables) => t.call(query, variables, as.staff()));

  it('refuses crafted cursors on a sub-list (Territory.conventions) too', async () => {
    const query = `query($after: String) { _entities(representations: [{ __typename: "Territory", id: "DEPARTEMENT:63" }]) {
      ... on Territory { conventions(first: 1, after: $after) { edges { node { id } } } } } }`;
    for (const [, after] of craftedCursors('createdAt:-1,_id:-1', 2)) {
      const res = await t.call(query, { after });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('still pages with the cursors it issues', async () => {
    const query = 'query($after: String) { conventions(first: 1, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
    const first = dataOf(await t.call(query)).conventions;
    const next = dataOf(await t.call(query, { after: first.pageInfo.endCursor })).conventions;
    expect(next.edges[0].node.id).not.toBe(first.edges[0].node.id);
  });

  describe('an id that names nothing is NOT_FOUND with the argument, never an empty list', () => {
    // [list, its query naming DEPARTEMENT:999 in `field`, field]
    const naming = (list: string, field: string, selection = '{ totalCount }') => [list, `{ ${list}(${field}: "DEPARTEMENT:999") ${selection} }`, field];
    // The same for a criterion of a list's `filter`, named with its path (`filter.territory`).
    const namingInFilter = (list: string, field: string) => [list, `{ ${list}(filter: { ${field}: "DEPARTEMENT:999" }) { totalCount } }`, `filter.${field}`];
    it.each([
      namingInFilter('conventions', 'territory'),
      namingInFilter('conventions', 'party'),
      namingInFilter('cohorts', 'partner'),
      namingInFilter('applications', 'territory'),
      namingInFilter('diagnostics', 'territory'),
      naming('conventionStatistics', 'territory', '{ conventionsByStatus { status count } }'),
    ])('%s(%s)', async (list, query, field) => {
      const res = await t.call(query, {}, as.staff());
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({ message: 'Territory "DEPARTEMENT:999" does not exist.', extensions: { code: 'NOT_FOUND', field, id: 'DEPARTEMENT:999' } });
      // Root fields are nullable (one failure stays local): the refused list alone is null.
      expect(res.data).toEqual({ [list]: null });
    });

    it('an unknown cohort', async () => {
      const res = await t.call('{ applications(filter: { cohortId: "ffffffffffffffffffffffff" }) { totalCount } }', {}, as.staff());
      expect(res.errors![0]).toMatchObject({ message: 'Cohort "ffffffffffffffffffffffff" does not exist.', extensions: { code: 'NOT_FOUND', field: 'filter.cohortId' } });
      const known = await t.call('query($c: ID) { applications(filter: { cohortId: $c }) { totalCount } }', { c: PILOT_COHORT_ID }, as.staff());
      expect(dataOf(known).applications.totalCount).toBeGreaterThan(0);
    });

    it('a malformed id is BAD_USER_INPUT, worded as in every subgraph', async () => {
      const cases: Array<[string, string, string]> = [
        ['conventions(filter: { territory: "Puy-de-Dôme" })', 'filter.territory', 'filter.territory must be a territory id such as "DEPARTEMENT:63" or "COMMUNE:63113".'],
        ['conventions(filter: { party: "nobody" })', 'filter.party', 'filter.party must be a territory id such as "DEPARTEMENT:63" or an organisation id (24 hexadecimal characters).'],
        ['applications(filter: { cohortId: "pilot" })', 'filter.cohortId', 'filter.cohortId must be an id of 24 hexadecimal characters.'],
      ];
      for (const [list, field, message] of cases) {
        const res = await t.call(`{ ${list} { totalCount } }`, {}, as.staff());
        expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      }
    });
  });
});

import { programmeIdOf } from '@fabrique/kit';
import { craftedCursors, describeCursorRefusals, refusal, type CursorLists } from '@fabrique/kit/testing';
import { as, useKnowledge } from './support';

/**
 * List arguments a client cannot turn into database work or silence: crafted cursors are refused
 * before any database command, and an id that names nothing is an error, not an empty list.
 */
describe('list arguments of the knowledge subgraph (real database)', () => {
  const { api } = useKnowledge();

  const connections: CursorLists = [
    ['experiences', 'query($after: String) { experiences(first: 2, after: $after) { edges { node { id } } } }', 'listedAt:-1,_id:-1'],
    ['resources', 'query($after: String) { resources(first: 2, after: $after) { edges { node { id } } } }', 'listedAt:-1,_id:-1'],
    ['learningJourneys', 'query($after: String) { learningJourneys(first: 2, after: $after) { edges { node { id } } } }', 'startsOn:1,_id:1'],
  ];

  describeCursorRefusals(connections, (query, variables) => api.send(query, variables, as.staff));

  it('refuses crafted cursors on a sub-list (Territory.experiences) and on search', async () => {
    const subList = `query($after: String) { _entities(representations: [{ __typename: "Territory", id: "DEPARTEMENT:63" }]) {
      ... on Territory { experiences(first: 1, after: $after) { edges { node { id } } } } } }`;
    for (const [, after] of craftedCursors('listedAt:-1,_id:-1', 2)) {
      expect((await api.send(subList, { after })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const search = 'query($after: String) { searchKnowledge(query: "eau", after: $after) { totalCount } }';
    const crafted = Buffer.from(JSON.stringify({ o: { $gt: 0 }, q: 'x' })).toString('base64url');
    expect((await api.send(search, { after: crafted })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a search filter naming too many themes before reading anything', async () => {
    const themes = Array.from({ length: 21 }, () => 'eau');
    const res = await api.send('query($themes: [ID!]) { searchKnowledge(query: "eau", filter: { themes: $themes }) { totalCount } }', { themes });
    expect(res.errors![0]!.message).toBe('filter.themes names too many themes (at most 20).');
    expect(refusal(res, 'searchKnowledge')).toEqual({ codes: ['BAD_USER_INPUT'], field: 'filter.themes', stack: false, roundTrips: 0, rows: 0 });
    expect(res.data).toEqual({ searchKnowledge: null });
    // Twenty, the same one named twice included, are one theme's filter.
    const twenty = await api.ok('query($themes: [ID!]) { searchKnowledge(query: "eau", filter: { themes: $themes }) { totalCount } }', { themes: themes.slice(1) });
    expect(twenty.searchKnowledge.totalCount).toBe((await api.ok('{ searchKnowledge(query: "eau", filter: { themes: ["eau"] }) { totalCount } }')).searchKnowledge.totalCount);
  });

  it('still pages with the cursors it issues', async () => {
    const query = 'query($after: String) { experiences(first: 1, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
    const first = (await api.ok(query)).experiences;
    const next = (await api.ok(query, { after: first.pageInfo.endCursor })).experiences;
    expect(next.edges[0].node.id).not.toBe(first.edges[0].node.id);
  });

  describe('an id that names nothing is NOT_FOUND with the argument path, never an empty list', () => {
    const unknownProgramme = 'ffffffffffffffffffffffff';
    it.each([
      ['experiences', '{ experiences(filter: { territory: "DEPARTEMENT:999" }) { totalCount } }', 'filter.territory', 'Territory "DEPARTEMENT:999" does not exist.'],
      ['experiences', '{ experiences(filter: { publisher: "COMMUNE:99999" }) { totalCount } }', 'filter.publisher', 'Territory "COMMUNE:99999" does not exist.'],
      ['experiences', '{ experiences(filter: { theme: "astrologie" }) { totalCount } }', 'filter.theme', 'Theme "astrologie" does not exist.'],
      ['resources', `{ resources(filter: { programme: "${unknownProgramme}" }) { totalCount } }`, 'filter.programme', `Programme "${unknownProgramme}" does not exist.`],
      ['searchKnowledge', '{ searchKnowledge(query: "eau", filter: { themes: ["eau", "astrologie"] }) { totalCount } }', 'filter.themes.1', 'Theme "astrologie" does not exist.'],
      ['searchKnowledge', '{ searchKnowledge(query: "eau", filter: { territory: "REGION:99" }) { totalCount } }', 'filter.territory', 'Territory "REGION:99" does not exist.'],
      ['knowledgeStatistics', '{ knowledgeStatistics(filter: { territory: "DEPARTEMENT:999" }) { experienceCount } }', 'filter.territory', 'Territory "DEPARTEMENT:999" does not exist.'],
      ['knowledgeStatistics', '{ knowledgeStatistics(filter: { theme: "astrologie" }) { experienceCount } }', 'filter.theme', 'Theme "astrologie" does not exist.'],
      ['learningJourneys', '{ learningJourneys(filter: { host: "DEPARTEMENT:999" }) { totalCount } }', 'filter.host', 'Territory "DEPARTEMENT:999" does not exist.'],
      ['themes', '{ themes(filter: { parent: "astrologie" }) { id } }', 'filter.parent', 'Theme "astrologie" does not exist.'],
    ])('%s: %s', async (list, query, field, message) => {
      const res = await api.send(query);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'NOT_FOUND', field } });
      // Root fields are nullable (one failure stays local): the refused list alone is null.
      expect(res.data).toEqual({ [list]: null });
    });

    it('a malformed id is BAD_USER_INPUT, worded as in every subgraph', async () => {
      const cases: Array<[string, string, string]> = [
        ['experiences(filter: { territory: "Puy-de-Dôme" }) { totalCount }', 'filter.territory', 'filter.territory must be a territory id such as "DEPARTEMENT:63" or "COMMUNE:63113".'],
        ['experiences(filter: { publisher: "nobody" }) { totalCount }', 'filter.publisher', 'filter.publisher must be a territory id such as "DEPARTEMENT:63" or an organisation id (24 hexadecimal characters).'],
        ['experiences(filter: { convention: "pdd" }) { totalCount }', 'filter.convention', 'filter.convention must be an id of 24 hexadecimal characters.'],
        ['experiences(filter: { programme: "PILOT_COHORT" }) { totalCount }', 'filter.programme', 'filter.programme must be an id of 24 hexadecimal characters.'],
      ];
      for (const [query, field, message] of cases) {
        const res = await api.send(`{ ${query} }`);
        expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      }
    });

    it('known ids still filter', async () => {
      const data = await api.ok(`query($p: ID) { experiences(filter: { territory: "DEPARTEMENT:63", theme: "enjeux-ecologiques" }) { totalCount }
        resources(filter: { programme: $p }) { totalCount } themes(filter: { parent: "enjeux-sociaux" }) { id } }`, { p: programmeIdOf('PILOT_COHORT') });
      expect(data.experiences.totalCount).toBeGreaterThan(0);
      expect(data.resources.totalCount).toBeGreaterThan(0);
      expect(data.themes.length).toBeGreaterThan(0);
    });
  });
});

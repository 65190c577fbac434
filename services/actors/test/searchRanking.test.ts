import { errorCodes, graphql } from '@fabrique/kit/testing';
import { nameFields, nameSearchRank, nameSearchTest } from '../src/domain/search';
import { pageThrough, startActorsWithFactories, type Actors, type Factories } from './support';

type Node = { id: string; name: string };
const names = (connection: { edges: Array<{ node: Node }> }) => connection.edges.map((e) => e.node.name);

describe('ranked name search', () => {
  it('ranks a name: exact (after normalisation), then prefix, then word match', () => {
    const rank = nameSearchRank('st flour');
    expect(['Saint-Flour', 'Saint-Flour-de-Mercoire', 'Anglards-de-Saint-Flour', 'St-Flour'].map((n) => rank(nameFields(n).searchName))).toEqual([0, 1, 2, 0]);
    const only = (r: 0 | 1 | 2) => nameSearchTest('saint flour', 'search', r);
    const records = ['Saint-Flour', 'Saint-Flour-de-Mercoire', 'Anglards-de-Saint-Flour', 'Flourens'].map(nameFields);
    expect([0, 1, 2].map((r) => records.filter(only(r as 0 | 1 | 2)).map((x) => x.name))).toEqual([['Saint-Flour'], ['Saint-Flour-de-Mercoire'], ['Anglards-de-Saint-Flour']]);
  });

  describe('through the actors subgraph (real database)', () => {
    let actors: Actors;
    let make: Factories;
    const query = async (q: string, variables: Record<string, unknown> = {}) => {
      const res = await graphql(actors.url, q, variables);
      expect(res.errors).toBeUndefined();
      return res.data;
    };
    beforeAll(async () => {
      ({ actors, make } = await startActorsWithFactories());
    });
    afterAll(() => actors.stop());

    it('lists Saint-Flour before Anglards-de-Saint-Flour for "st flour"', async () => {
      const data = await query('{ territories(filter: { search: "st flour", level: COMMUNE }) { edges { node { id name } } } }');
      const found = names(data.territories);
      expect(found[0]).toBe('Saint-Flour');
      expect(found.indexOf('Saint-Flour')).toBeLessThan(found.indexOf('Anglards-de-Saint-Flour'));
    });

    it('puts an exact name before a more populous name starting with it, then orders by population', async () => {
      const data = await query('{ territories(filter: { search: "cussac", level: COMMUNE }) { edges { node { name population } } } }');
      expect(names(data.territories).slice(0, 2)).toEqual(['Cussac', 'Cussac-sur-Loire']);
      expect(data.territories.edges[0].node.population).toBeLessThan(data.territories.edges[1].node.population);
    });

    it('keeps an explicit orderBy', async () => {
      const data = await query('{ byName: territories(filter: { search: "st flour", level: COMMUNE }, orderBy: NAME) { edges { node { name } } } }');
      expect(names(data.byName).indexOf('Anglards-de-Saint-Flour')).toBeLessThan(names(data.byName).indexOf('Saint-Flour'));
    });

    it('pages a ranked search with stable cursors, across the ranks, as one list', async () => {
      const q = 'query($after: String) { territories(filter: { search: "saint", level: COMMUNE }, first: 37, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
      const paged = await pageThrough(actors.url, q, (d) => d.territories);
      const whole = await pageThrough(actors.url, q.replace('first: 37', 'first: 100'), (d) => d.territories);
      expect(paged.ids).toEqual(whole.ids);
      expect(new Set(paged.ids).size).toBe(paged.totalCount);
    });

    it('refuses a ranked cursor for another ordering', async () => {
      const data = await query('{ territories(filter: { search: "saint" }, first: 1) { pageInfo { endCursor } } }');
      const res = await graphql(actors.url, 'query($after: String) { territories(filter: { search: "saint" }, orderBy: NAME, after: $after) { totalCount } }', { after: data.territories.pageInfo.endCursor });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('after');
    });

    it('ranks organisations and people, by name within a rank, and pages through the ranks', async () => {
      const word = `Kelvor${process.pid}`;
      for (const name of [`Atelier ${word}`, `${word} Énergie`, word, `${word} Avenir`]) await make.organisation({ name });
      for (const name of [`Anne ${word}`, `${word}-Martin`, word]) await make.person(name);
      const expected = [word, `${word} Avenir`, `${word} Énergie`, `Atelier ${word}`];
      const orgs = await query(`{ organisations(filter: { search: "${word.toLowerCase()}" }) { edges { node { id name } } } }`);
      expect(names(orgs.organisations)).toEqual(expected);
      const paged = await pageThrough(actors.url, `query($after: String) { organisations(filter: { search: "${word}" }, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`, (d) => d.organisations);
      expect(paged.ids).toEqual(orgs.organisations.edges.map((e: { node: Node }) => e.node.id));
      const people = await query(`{ people(filter: { search: "${word}" }) { edges { node { name } } } }`);
      expect(names(people.people)).toEqual([word, `${word}-Martin`, `Anne ${word}`]);
      const unranked = await query(`{ organisations(filter: { kind: ASSOCIATION }, first: 0) { totalCount } }`);
      expect(unranked.organisations.totalCount).toBeGreaterThanOrEqual(4);
    });
  });
});

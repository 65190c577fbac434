import { errorCodes, graphql, identityHeaders } from '@fabrique/kit/testing';
import { pageThrough, startActors, type Actors } from './support';

type Node = { id: string; name: string; population: number };
const nodes = (connection: { edges: Array<{ node: Node }> }) => connection.edges.map((e) => e.node);

describe('territories (actors subgraph, real database)', () => {
  let actors: Actors;
  const query = (q: string, variables: Record<string, unknown> = {}) => graphql(actors.url, q, variables);
  beforeAll(async () => {
    actors = await startActors();
  });
  afterAll(() => actors.stop());

  describe('territory(code, level)', () => {
    it('finds the Puy-de-Dôme by code, with its région, chef-lieu and ancestors', async () => {
      const res = await query('{ territory(code: "63") { id code name level population parent { id name } chefLieu { id name } ancestors { id } retiredIn } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.territory).toEqual({
        id: 'DEPARTEMENT:63',
        code: '63',
        name: 'Puy-de-Dôme',
        level: 'DEPARTEMENT',
        population: expect.any(Number),
        parent: { id: 'REGION:84', name: 'Auvergne-Rhône-Alpes' },
        chefLieu: { id: 'COMMUNE:63113', name: 'Clermont-Ferrand' },
        ancestors: [{ id: 'REGION:84' }],
        retiredIn: null,
      });
      expect(res.data.territory.population).toBeGreaterThan(600_000);
    });

    it('links a commune to its EPCI, département and région', async () => {
      const res = await query('{ territory(code: "63113") { level population parent { id } epci { id name level epciType parent { id } } ancestors { id level } chefLieu { id } } }');
      expect(res.errors).toBeUndefined();
      const clermont = res.data.territory;
      expect(clermont.level).toBe('COMMUNE');
      expect(clermont.population).toBeGreaterThan(140_000);
      expect(clermont.parent).toEqual({ id: 'DEPARTEMENT:63' });
      expect(clermont.epci).toEqual({ id: 'EPCI:246300701', name: 'Clermont Auvergne Métropole', level: 'EPCI', epciType: 'METROPOLE', parent: { id: 'DEPARTEMENT:63' } });
      expect(clermont.ancestors).toEqual([
        { id: 'EPCI:246300701', level: 'EPCI' },
        { id: 'DEPARTEMENT:63', level: 'DEPARTEMENT' },
        { id: 'REGION:84', level: 'REGION' },
      ]);
      expect(clermont.chefLieu).toBeNull();
    });

    it('lists the member communes of an EPCI', async () => {
      const res = await query('{ territory(code: "246300701") { name children(first: 100) { totalCount edges { node { level epci { id } } } } } }');
      expect(res.errors).toBeUndefined();
      const members = res.data.territory.children;
      expect(members.totalCount).toBe(21);
      expect(members.edges.every((e: { node: { level: string; epci: { id: string } } }) => e.node.level === 'COMMUNE' && e.node.epci.id === 'EPCI:246300701')).toBe(true);
    });

    it('refuses an ambiguous code without level and lists the candidates', async () => {
      const res = await query('{ territory(code: "84") { name } }');
      expect(errorCodes(res)).toEqual(['AMBIGUOUS_CODE']);
      expect(res.errors![0]!.extensions!.candidates).toEqual(
        expect.arrayContaining([
          { id: 'REGION:84', level: 'REGION', name: 'Auvergne-Rhône-Alpes' },
          { id: 'DEPARTEMENT:84', level: 'DEPARTEMENT', name: 'Vaucluse' },
        ]),
      );
      const region = await query('{ territory(code: "84", level: REGION) { name } }');
      const departement = await query('{ territory(code: "84", level: DEPARTEMENT) { name } }');
      expect([region.data.territory.name, departement.data.territory.name]).toEqual(['Auvergne-Rhône-Alpes', 'Vaucluse']);
    });

    it('answers null for an unknown code and BAD_USER_INPUT for a malformed one', async () => {
      expect((await query('{ territory(code: "00") { name } }')).data.territory).toBeNull();
      expect((await query('{ territory(code: "63113", level: DEPARTEMENT) { name } }')).data.territory).toBeNull();
      const bad = await query('{ territory(code: "6 3; drop") { name } }');
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0]!.extensions!.field).toBe('code');
    });
  });

  describe('Territory.children', () => {
    it("lists a région's départements, sorted by name", async () => {
      const res = await query('{ territory(code: "84", level: REGION) { children { totalCount edges { node { code name level } } } } }');
      const children = res.data.territory.children;
      expect(children.totalCount).toBe(12);
      const names = nodes(children).map((n) => n.name);
      expect(names).toContain('Puy-de-Dôme');
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    });

    it('pages through every current commune of the Puy-de-Dôme with stable cursors', async () => {
      const { ids, totalCount } = await pageThrough(
        actors.url,
        'query($after: String) { territory(code: "63") { children(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }',
        (data) => data.territory.children,
      );
      expect(totalCount).toBe(463);
      expect(new Set(ids).size).toBe(463);
      expect(ids.every((id) => id.startsWith('COMMUNE:63'))).toBe(true);
    });

    it('sorts children by population, and lists the EPCI of a département', async () => {
      const res = await query(
        '{ territory(code: "63") { biggest: children(orderBy: POPULATION_DESC, first: 3) { edges { node { name population } } } epci: children(filter: { level: EPCI }, first: 100) { totalCount edges { node { level } } } } }',
      );
      expect(res.errors).toBeUndefined();
      const biggest = nodes(res.data.territory.biggest);
      expect(biggest[0]!.name).toBe('Clermont-Ferrand');
      expect(biggest.map((n) => n.population)).toEqual([...biggest.map((n) => n.population)].sort((a, b) => b - a));
      expect(res.data.territory.epci.totalCount).toBeGreaterThanOrEqual(14);
      expect(nodes(res.data.territory.epci).every((n: any) => n.level === 'EPCI')).toBe(true);
    });

    it('lists every commune of a région with level COMMUNE, and nothing under a commune', async () => {
      const res = await query('{ region: territory(code: "84", level: REGION) { children(filter: { level: COMMUNE }, first: 1) { totalCount } } commune: territory(code: "63113") { children { totalCount edges { cursor } } } }');
      // The test data holds the communes of four départements of the région (see support.ts).
      expect(res.data.region.children.totalCount).toBe(463 + 317 + 250 + 257);
      expect(res.data.commune.children).toEqual({ totalCount: 0, edges: [] });
    });
  });

  describe('territories(...)', () => {
    const list = (args: string, fields = 'totalCount edges { node { id name population } }') => query(`{ territories(${args}) { ${fields} } }`);

    it('pages through every région with stable cursors', async () => {
      const { ids, totalCount } = await pageThrough(
        actors.url,
        'query($after: String) { territories(filter: { level: REGION }, first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        (data) => data.territories,
      );
      expect(totalCount).toBe(26);
      expect(new Set(ids).size).toBe(26);
    });

    it('finds the communes inside a région at any depth', async () => {
      const res = await list('filter: { level: COMMUNE, within: "REGION:84" }, first: 5');
      expect(res.data.territories.totalCount).toBe(1287);
    });

    it('lists the territories of every level inside a département, merged in name order', async () => {
      const res = await list('filter: { within: "DEPARTEMENT:15" }, first: 100', 'totalCount edges { node { id name } }');
      const all = nodes(res.data.territories);
      expect(res.data.territories.totalCount).toBeGreaterThan(250);
      expect(all.some((n) => n.id.startsWith('EPCI:'))).toBe(true);
      expect(all.some((n) => n.id.startsWith('COMMUNE:'))).toBe(true);
      const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      const keys = all.map((n) => plain(n.name));
      expect(keys).toEqual([...keys].sort());
    });

    it('searches names ignoring accents, case and hyphens', async () => {
      for (const search of ['puy de dome', 'PUY-DE-DÔME', 'dome puy']) {
        const res = await list(`filter: { search: ${JSON.stringify(search)}, level: DEPARTEMENT }`);
        expect(nodes(res.data.territories).map((n) => n.id)).toEqual(['DEPARTEMENT:63']);
      }
      const clermont = await list('filter: { search: "clermont" }');
      expect(nodes(clermont.data.territories).map((n) => n.id)).toEqual(expect.arrayContaining(['COMMUNE:63113', 'EPCI:246300701']));
      const saintFlour = await list('filter: { search: "st flour", level: COMMUNE }');
      expect(nodes(saintFlour.data.territories).map((n) => n.name)).toContain('Saint-Flour');
      const bad = await list('filter: { search: " - " }');
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0]!.extensions!.field).toBe('filter.search');
    });

    it('filters by population range and sorts by population', async () => {
      const res = await list('filter: { level: DEPARTEMENT, minPopulation: 600000, maxPopulation: 700000 }, orderBy: POPULATION_DESC, first: 100');
      const found = nodes(res.data.territories);
      expect(found.map((n) => n.id)).toContain('DEPARTEMENT:63');
      expect(found.every((n) => n.population >= 600_000 && n.population <= 700_000)).toBe(true);
      expect(found.map((n) => n.population)).toEqual([...found.map((n) => n.population)].sort((a, b) => b - a));
      const ascending = nodes((await list('filter: { level: REGION }, orderBy: POPULATION_ASC, first: 3')).data.territories);
      expect(ascending.map((n) => n.population)).toEqual([...ascending.map((n) => n.population)].sort((a, b) => a - b));
    });

    it('pages by population with stable cursors', async () => {
      const first = await query('{ territories(filter: { level: DEPARTEMENT }, orderBy: POPULATION_DESC, first: 50) { pageInfo { endCursor } edges { node { id } } } }');
      const cursor = first.data.territories.pageInfo.endCursor;
      const next = await query('query($after: String) { territories(filter: { level: DEPARTEMENT }, orderBy: POPULATION_DESC, first: 100, after: $after) { totalCount edges { node { id } } } }', { after: cursor });
      const ids = [...nodes(first.data.territories), ...nodes(next.data.territories)].map((n) => n.id);
      expect(new Set(ids).size).toBe(109);
      // A cursor belongs to its ordering.
      const mixed = await query('query($after: String) { territories(filter: { level: DEPARTEMENT }, orderBy: NAME, after: $after) { totalCount } }', { after: cursor });
      expect(errorCodes(mixed)).toEqual(['BAD_USER_INPUT']);
      expect(mixed.errors![0]!.extensions!.field).toBe('after');
    });

    it('refuses bad arguments with the field at fault', async () => {
      const cases: Array<[string, string]> = [
        ['first: 1000', 'first'],
        ['filter: { within: "Puy-de-Dôme" }', 'filter.within'],
        ['filter: { minPopulation: -1 }', 'filter.minPopulation'],
        ['filter: { minPopulation: 10, maxPopulation: 5 }', 'filter.maxPopulation'],
        ['after: "not-a-cursor"', 'after'],
      ];
      for (const [args, field] of cases) {
        const res = await list(args);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0]!.extensions!.field).toBe(field);
      }
    });
  });

  it('refuses an identity the gateway did not sign', async () => {
    const forged = identityHeaders({ role: 'STAFF', subject: 'mallory' }, 'not-the-secret-not-the-secret-not-the-secret');
    const res = await graphql(actors.url, '{ territory(code: "63") { name } }', {}, forged);
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

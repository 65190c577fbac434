import { errorCodes, graphql, identityHeaders } from '@fabrique/kit/testing';
import { importTerritories } from '../src/import/importTerritories';
import { loadReferenceData } from '../src/import/referenceData';
import { createRepositories } from '../src/repositories';
import { startActors } from './support';

describe('territories (actors subgraph, real database)', () => {
  let actors: Awaited<ReturnType<typeof startActors>>;
  beforeAll(async () => {
    actors = await startActors();
  });
  afterAll(() => actors.stop());

  it('finds the Puy-de-Dôme by code, with its région', async () => {
    const res = await graphql(actors.url, '{ territory(code: "63") { id code name level population parent { id name } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.territory).toEqual({
      id: 'DEPARTEMENT:63',
      code: '63',
      name: 'Puy-de-Dôme',
      level: 'DEPARTEMENT',
      population: expect.any(Number),
      parent: { id: 'REGION:84', name: 'Auvergne-Rhône-Alpes' },
    });
    expect(res.data.territory.population).toBeGreaterThan(600_000);
  });

  it('refuses an ambiguous code without level and lists the candidates', async () => {
    const res = await graphql(actors.url, '{ territory(code: "84") { name } }');
    expect(errorCodes(res)).toEqual(['AMBIGUOUS_CODE']);
    expect(res.errors![0]!.extensions!.candidates).toEqual(
      expect.arrayContaining([
        { id: 'REGION:84', level: 'REGION', name: 'Auvergne-Rhône-Alpes' },
        { id: 'DEPARTEMENT:84', level: 'DEPARTEMENT', name: 'Vaucluse' },
      ]),
    );
    const region = await graphql(actors.url, '{ territory(code: "84", level: REGION) { name } }');
    const departement = await graphql(actors.url, '{ territory(code: "84", level: DEPARTEMENT) { name } }');
    expect([region.data.territory.name, departement.data.territory.name]).toEqual(['Auvergne-Rhône-Alpes', 'Vaucluse']);
  });

  it('answers null for an unknown code and BAD_USER_INPUT for a malformed one', async () => {
    expect((await graphql(actors.url, '{ territory(code: "00") { name } }')).data.territory).toBeNull();
    const bad = await graphql(actors.url, '{ territory(code: "6 3; drop") { name } }');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.field).toBe('code');
  });

  it("lists a région's départements, sorted by name", async () => {
    const res = await graphql(actors.url, '{ territory(code: "84", level: REGION) { children { totalCount edges { node { code name } } } } }');
    const children = res.data.territory.children;
    expect(children.totalCount).toBe(12);
    const names = children.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain('Puy-de-Dôme');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('pages through every région with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: any = await graphql(
        actors.url,
        'query($after: String) { territories(level: REGION, first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { after },
      );
      const page = res.data.territories;
      total = page.totalCount;
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(26);
    expect(new Set(seen).size).toBe(26);
  });

  it('refuses a page size above the maximum', async () => {
    const res = await graphql(actors.url, '{ territories(first: 1000) { totalCount } }');
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('re-importing the same edition changes nothing', async () => {
    const report = await importTerritories(createRepositories(actors.database.connection).territories, loadReferenceData());
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 135 });
  });

  it('refuses an identity the gateway did not sign', async () => {
    const forged = identityHeaders({ role: 'STAFF', subject: 'mallory' }, 'not-the-secret-not-the-secret-not-the-secret');
    const res = await graphql(actors.url, '{ territory(code: "63") { name } }', {}, forged);
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

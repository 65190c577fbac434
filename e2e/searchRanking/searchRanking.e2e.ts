// Ranked name search through the gateway: without `orderBy`, a name search lists the exact name first
// (after the search's normalisation: "st flour" is Saint-Flour), then names starting with the search,
// then the other matches, by population (territories) or by name (organisations, people); `orderBy`
// overrides it, and its cursors page through the ranks as one list.
import { seedActors } from '@fabrique/actors';
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; name: string } }> };
const names = (page: Page) => page.edges.map((e) => e.node.name);

describe('ranked name search (end to end)', () => {
  const stack = useStack({ seed: true });
  const query = async (q: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const res = await graphql(stack.graphqlUrl, q, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    // The Cantal (Saint-Flour) besides the Puy-de-Dôme of the demo data.
    await seedActors(stack.subgraphs.actors.database, { departements: ['63', '15'] });
  }, 120_000);

  it('lists Saint-Flour before Anglards-de-Saint-Flour for "st flour"', async () => {
    const data = await query('{ territories(filter: { search: "st flour" }) { edges { node { id name } } } }');
    const found = names(data.territories);
    expect(found[0]).toBe('Saint-Flour');
    expect(found).toContain('Anglards-de-Saint-Flour');
    expect(found.indexOf('Saint-Flour')).toBeLessThan(found.indexOf('Anglards-de-Saint-Flour'));
  });

  it('puts an exact name before a more populous name that starts with it', async () => {
    const data = await query('{ territories(filter: { search: "villeneuve", level: COMMUNE }) { edges { node { id name population } } } }');
    const [first, second] = data.territories.edges.map((e: { node: { name: string; population: number } }) => e.node);
    expect([first.name, second.name]).toEqual(['Villeneuve', 'Villeneuve-les-Cerfs']);
    expect(first.population).toBeLessThan(second.population);
  });

  it('keeps an explicit orderBy', async () => {
    const data = await query('{ territories(filter: { search: "st flour" }, orderBy: NAME) { edges { node { id name } } } }');
    expect(names(data.territories).indexOf('Anglards-de-Saint-Flour')).toBeLessThan(names(data.territories).indexOf('Saint-Flour'));
    const byPopulation = await query('{ territories(filter: { search: "villeneuve", level: COMMUNE }, orderBy: POPULATION_DESC) { edges { node { name population } } } }');
    const populations = byPopulation.territories.edges.map((e: { node: { population: number } }) => e.node.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(names(byPopulation.territories).indexOf('Villeneuve-les-Cerfs')).toBeLessThan(names(byPopulation.territories).indexOf('Villeneuve'));
  });

  it('pages the ranked order with its own cursors, and refuses them for another ordering', async () => {
    const q = 'query($after: String) { territories(filter: { search: "saint" }, first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }';
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: Page = (await query(q, { after })).territories;
      ids.push(...page.edges.map((e) => e.node.id));
      totalCount = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const whole = await query(q.replace('first: 9', 'first: 100'));
    expect(ids.slice(0, 100)).toEqual(whole.territories.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(new Set(ids).size).toBe(totalCount);
    const cursor = whole.territories.pageInfo.endCursor;
    const res = await graphql(stack.graphqlUrl, 'query($after: String) { territories(filter: { search: "saint" }, orderBy: NAME, after: $after) { totalCount } }', { after: cursor });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('after');
  });

  it('ranks organisations and people, by name within a rank', async () => {
    const staff = bearer((await query('mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { secret } }', { input: { name: 'ranking', role: 'STAFF' } }, bearer(TEST_ADMIN_TOKEN))).issueApiToken.secret);
    const word = `Ostreval${process.pid}`;
    for (const [i, name] of [`Atelier ${word}`, `${word} Énergie`, word].entries()) {
      await query('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { slug: `ranking-${process.pid}-${i}`, name, kind: 'ASSOCIATION' } }, staff);
    }
    for (const name of [`Anne ${word}`, `${word}-Martin`, word]) await query('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { name } }, staff);
    const data = await query(`{ organisations(filter: { search: "${word.toLowerCase()}" }) { edges { node { id name } } } people(filter: { search: "${word}" }) { edges { node { id name } } } }`, {}, staff);
    expect(names(data.organisations)).toEqual([word, `${word} Énergie`, `Atelier ${word}`]);
    expect(names(data.people)).toEqual([word, `${word}-Martin`, `Anne ${word}`]);
  });
});

// "What did territories like mine do?" in one query through the gateway: Territory.similar (actors
// subgraph) and each similar territory's published experiences (knowledge subgraph's Territory.experiences).
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { persistedRead } from '../harness/http';
import { useStack } from '../harness/stack';

const LIKE_MINE = `query LikeMine($id: ID!) { territory(id: $id) { name similar(first: 10) { score reasons
  territory { id name experiences(first: 3) { totalCount nodes { title publisher { name } } } } } } }`;

interface Similar {
  score: number;
  reasons: string[];
  territory: { id: string; name: string; experiences: { totalCount: number; nodes: Array<{ title: string; publisher: { name: string } }> } };
}

describe('territories like mine and what they published (gateway, end to end)', () => {
  const stack = useStack({ seed: true });

  it('lists the Cantal’s similar départements with their published experiences, in one query', async () => {
    const res = await graphql(stack.graphqlUrl, LIKE_MINE, { id: 'DEPARTEMENT:15' });
    expect(res.errors).toBeUndefined();
    const similar = res.data.territory.similar as Similar[];
    expect(similar).toHaveLength(10);
    expect(similar.map((s) => s.territory.id)).not.toContain('DEPARTEMENT:15');
    for (const s of similar) {
      expect(s.reasons[0]).toMatch(/^population comparable : /);
      expect(s.reasons).toContain('France métropolitaine');
    }
    // The Lot published the Pays de Figeac's renovation desk (a commune inside it).
    const lot = similar.find((s) => s.territory.name === 'Lot')!;
    expect(lot.territory.experiences.totalCount).toBeGreaterThanOrEqual(1);
    expect(lot.territory.experiences.nodes).toContainEqual({ title: expect.stringMatching(/Pays de Figeac/), publisher: { name: expect.any(String) } });
    // Territories that published nothing answer an empty page, not an error.
    expect(similar.some((s) => s.territory.experiences.totalCount === 0)).toBe(true);
  });

  it('gives a commune of the Puy-de-Dôme towns of its size, with what they published', async () => {
    // Riom (19,000 inhabitants, in a communauté d'agglomération); the demo data imports the Puy-de-Dôme's communes.
    const res = await graphql(stack.graphqlUrl, LIKE_MINE, { id: 'COMMUNE:63300' });
    expect(res.errors).toBeUndefined();
    const similar = res.data.territory.similar as Similar[];
    expect(similar.map((s) => s.territory.id)).not.toContain('COMMUNE:63300');
    expect(similar.every((s) => s.reasons.includes('commune urbaine'))).toBe(true);
    // Issoire: the same kind of intercommunalité and a comparable population; its experience is still submitted, not published.
    const issoire = similar.find((s) => s.territory.name === 'Issoire')!;
    expect(issoire.reasons).toContain("même type d'intercommunalité : communauté d'agglomération");
    expect(issoire.territory.experiences.nodes.map((e) => e.title)).not.toContainEqual(expect.stringMatching(/Issoire/));
  });

  it('is a public answer a CDN may keep, for the least of its parts’ lifetimes', async () => {
    const query = `{ territory(id: "DEPARTEMENT:15") { similar(first: 3) { score territory { name experiences(first: 1) { totalCount } } } } }`;
    const read = await persistedRead(stack.graphqlUrl, query);
    expect(read.body.errors).toBeUndefined();
    // Territories and their similar ones are reference data (3600 s); experiences public records (300 s).
    expect(read.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('refuses first outside 1 to 50 through the gateway', async () => {
    const res = await graphql(stack.graphqlUrl, '{ territory(id: "DEPARTEMENT:15") { similar(first: 51) { score } } }');
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions).toMatchObject({ field: 'first' });
  });
});

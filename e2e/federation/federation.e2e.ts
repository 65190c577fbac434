import { errorCodes, graphql } from '@fabrique/kit/testing';
import { loadExamples } from '@fabrique/gateway';
import { useStack } from '../harness/stack';

const PUY_DE_DOME_PAGE = `{
  territory(code: "63") {
    name
    conventions {
      edges { node { status parties { role actor { __typename name } } commitments { number title } } }
    }
    experiences { totalCount edges { node { title publisher { name } } } }
  }
  programmes { kind }
}`;

describe('the federated stack through the gateway (end to end)', () => {
  const stack = useStack({ seed: true });

  it('answers the Puy-de-Dôme page across the three subgraphs', async () => {
    const res = await graphql(stack.graphqlUrl, PUY_DE_DOME_PAGE);
    expect(res.errors).toBeUndefined();
    const territory = res.data.territory;
    expect(territory.name).toBe('Puy-de-Dôme');
    const convention = territory.conventions.edges[0].node;
    expect(convention.status).toBe('ACTIVE');
    expect(convention.parties.map((p: { actor: { name: string } }) => p.actor.name)).toEqual([
      'Puy-de-Dôme',
      'Association pour la promotion de la Fabrique des transitions',
    ]);
    expect(convention.commitments).toHaveLength(4);
    expect(territory.experiences.totalCount).toBeGreaterThanOrEqual(1);
    expect(territory.experiences.edges[0].node.publisher.name).toBe('Puy-de-Dôme');
    expect(res.data.programmes.map((p: { kind: string }) => p.kind).sort()).toEqual([
      'EXPERIMENTAL_SUPPORT',
      'INITIATION_DAY',
      'PILOT_COHORT',
      'SHORT_DIAGNOSTIC',
    ]);
  });

  it('finds every place the demo data names, though the seed imported one département', async () => {
    const res = await graphql(
      stack.graphqlUrl,
      `{
        experiences(first: 100) { edges { node { title territories { id name } } } }
        resources(first: 100) { edges { node { title territories { id name } } } }
        conventions(first: 100) { edges { node { title parties { actor { id name } } } } }
      }`,
    );
    expect(res.errors).toBeUndefined();
    type Placed = { node: { title: string; territories: Array<{ id: string; name: string }> | null } };
    const experiences: Placed[] = res.data.experiences.edges;
    expect(experiences.length).toBeGreaterThan(30);
    // Before, one place outside the Puy-de-Dôme (Ungersheim) answered the experience's whole list null, silently.
    expect(experiences.filter((e) => !e.node.territories?.length).map((e) => e.node.title)).toEqual([]);
    expect(experiences.flatMap((e) => e.node.territories!.map((t) => t.id))).toEqual(expect.arrayContaining(['COMMUNE:68343', 'DEPARTEMENT:63']));
    expect(res.data.resources.edges.filter((e: Placed) => e.node.territories === null)).toEqual([]);
    const parties = res.data.conventions.edges.flatMap((e: { node: { parties: Array<{ actor: { id: string } | null }> } }) => e.node.parties);
    expect(parties.length).toBeGreaterThan(2);
    expect(parties.filter((p: { actor: unknown }) => p.actor === null)).toEqual([]);
  });

  it('runs the playground’s query examples without an error', async () => {
    for (const example of loadExamples().filter((e) => !e.query.includes('mutation'))) {
      const res = await graphql(stack.graphqlUrl, example.query, JSON.parse(example.variables));
      expect({ example: example.title, errors: res.errors }).toEqual({ example: example.title, errors: undefined });
      expect(Object.values(res.data).every((value) => value !== null)).toBe(true);
    }
  });

  it('carries a request id on every response', async () => {
    const res = await graphql(stack.graphqlUrl, '{ programmes { kind } }');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes subgraph errors with their code', async () => {
    const res = await graphql(stack.graphqlUrl, '{ territory(code: "84") { name } }');
    expect(errorCodes(res)).toEqual(['AMBIGUOUS_CODE']);
  });

  it('serves the playground and its assets itself (no CDN)', async () => {
    const page = await fetch(`${stack.url}/playground`);
    const html = await page.text();
    expect(page.status).toBe(200);
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      expect(source.startsWith('/playground/assets/')).toBe(true);
      expect((await fetch(`${stack.url}${source}`)).status).toBe(200);
    }
  });

  it('is healthy only while every subgraph answers', async () => {
    const healthy = await fetch(`${stack.url}/health`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toEqual({ status: 'ok', subgraphs: { actors: true, conventions: true, knowledge: true } });
  });
});

describe('a subgraph down', () => {
  const stack = useStack({ gateway: { knowledgeUrl: 'http://127.0.0.1:9/graphql' } });

  it('makes /health answer 503 and name the missing subgraph', async () => {
    const res = await fetch(`${stack.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', subgraphs: { actors: true, conventions: true, knowledge: false }, down: { knowledge: 'not answering' } });
  });

  it('leaves the other subgraphs’ data, with SUBGRAPH_UNAVAILABLE where it is missing', async () => {
    const res = await graphql(stack.graphqlUrl, '{ programmes { kind } experience(id: "000000000000000000000000") { title } }');
    expect(res.status).toBe(200);
    expect(res.data.programmes).toHaveLength(0);
    expect(res.data.experience).toBeNull();
    expect(res.errors).toEqual([expect.objectContaining({ path: ['experience'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'knowledge' } })]);
    expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it('answers 503 SUBGRAPH_UNAVAILABLE to a token holder while the actors subgraph (which checks tokens) is down', async () => {
    const gateway = await stack.startGateway({ actorsUrl: 'http://127.0.0.1:9/graphql' });
    const res = await graphql(gateway.graphqlUrl, '{ programmes { kind } }', {}, { authorization: `Bearer fdt_${'0'.repeat(24)}_${'A'.repeat(43)}` });
    expect(res.status).toBe(503);
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'actors' } })]);
    expect((await graphql(gateway.graphqlUrl, '{ programmes { kind } }')).status).toBe(200);
  });
});

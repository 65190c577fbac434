/**
 * The queries one request's plan sends a subgraph side by side go as one call (SUBGRAPH_BATCH): a search
 * asks actors for its items' publishers and territories at once, in one request instead of two, and the
 * client sees the same answer and, when actors fails, the same errors at the same paths.
 */
import { createServer } from 'node:http';
import { listen } from '@fabrique/kit';
import { graphql } from '@fabrique/kit/testing';
import { startProxy, type SubgraphProxy } from '../harness/proxy';
import { useStack } from '../harness/stack';

// Within the Puy-de-Dôme: the test stack holds its communes and EPCI only, not those of the other experiences.
const SEARCH = `{
  searchKnowledge(query: "toitures solaires", filter: { types: [EXPERIENCE], territory: "DEPARTEMENT:63" }, first: 5) {
    edges { node { item { ... on Experience { title publisher { name } territories { name } } } } }
  }
}`;

// The README's territory page: the experiences' publishers (after knowledge) and the conventions' parties
// (after conventions) both come from actors.
const TERRITORY_PAGE = `{
  territory(code: "63", level: DEPARTEMENT) {
    name
    conventions { edges { node { status parties { actor { name } } } } }
    experiences { edges { node { title publisher { name } } } }
  }
}`;

// A dashboard's statistics: the alliance (actors) beside the conventions' and the knowledge's figures,
// whose regions and publishers are named by actors.
const DASHBOARD_STATISTICS = `{
  alliance(slug: "fabrique-des-transitions") { name }
  conventionStatistics { conventionsByRegion { region { name } count } }
  knowledgeStatistics { topPublishers(first: 5) { publisher { name } experienceCount } }
}`;

interface TerritoryPage {
  conventions: { edges: Array<{ node: { parties: Array<{ actor: { name: string } }> } }> };
  experiences: { edges: Array<{ node: { publisher: { name: string } } }> };
}

interface SearchedExperience {
  title: string;
  publisher: { name: string } | null;
  territories: Array<{ name: string }> | null;
}

/** The search's experiences, at their places in the answer (a resource's item holds none of these fields). */
function experiences(data: unknown): SearchedExperience[] {
  const items = (data as { searchKnowledge: { edges: Array<{ node: { item: Partial<SearchedExperience> } }> } }).searchKnowledge.edges.map((edge) => edge.node.item);
  expect(items.every((item) => item.title)).toBe(true);
  return items as SearchedExperience[];
}

describe('queries of one request to one subgraph, sent together (gateway)', () => {
  const stack = useStack({ seed: true });

  async function search(batch: boolean, query = SEARCH): Promise<{ answer: Awaited<ReturnType<typeof graphql>>; proxy: SubgraphProxy }> {
    const proxy = await startProxy(stack.subgraphs.actors.url);
    try {
      const gateway = await stack.startGateway({ actorsUrl: proxy.url, responseCacheTtlSeconds: 0, subgraphBatch: batch });
      return { answer: await graphql(gateway.graphqlUrl, query), proxy };
    } finally {
      await proxy.stop();
    }
  }

  it('asks actors once for a search\'s publishers and territories, and answers as when asked apart', async () => {
    const together = await search(true);
    const apart = await search(false);
    expect(together.answer.errors).toBeUndefined();
    const items = experiences(together.answer.data);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.publisher?.name && i.territories?.length && i.territories.every((t) => t.name))).toBe(true);
    expect(together.answer.data).toEqual(apart.answer.data);
    expect(apart.proxy.bodies).toHaveLength(2);
    expect(together.proxy.bodies).toHaveLength(1);
    const { query, variables } = JSON.parse(together.proxy.bodies[0]!) as { query: string; variables: Record<string, unknown> };
    expect(query).toMatch(/_b0__entities:_entities\(representations:\$_b0_representations\).*_b1__entities:_entities\(representations:\$_b1_representations\)/);
    expect(Object.keys(variables).sort()).toEqual(['_b0_representations', '_b1_representations']);
  });

  it('asks actors for a territory page\'s publishers and parties together, once both branches have reached them', async () => {
    const together = await search(true, TERRITORY_PAGE);
    const apart = await search(false, TERRITORY_PAGE);
    expect(together.answer.errors).toBeUndefined();
    const { territory } = together.answer.data as { territory: TerritoryPage };
    expect(territory.experiences.edges.length).toBeGreaterThan(0);
    expect(territory.experiences.edges.every((e) => e.node.publisher.name)).toBe(true);
    expect(territory.conventions.edges.flatMap((e) => e.node.parties).every((p) => p.actor.name)).toBe(true);
    expect(together.answer.data).toEqual(apart.answer.data);
    // The territory itself, then the names: three calls apart, two together.
    expect(apart.proxy.bodies).toHaveLength(3);
    expect(together.proxy.bodies).toHaveLength(2);
  });

  it('asks actors once for the names in a dashboard\'s statistics, the alliance apart', async () => {
    const together = await search(true, DASHBOARD_STATISTICS);
    const apart = await search(false, DASHBOARD_STATISTICS);
    expect(together.answer.errors).toBeUndefined();
    const data = together.answer.data as {
      alliance: { name: string };
      conventionStatistics: { conventionsByRegion: Array<{ region: { name: string } }> };
      knowledgeStatistics: { topPublishers: Array<{ publisher: { name: string } }> };
    };
    expect(data.alliance.name).toBeTruthy();
    expect(data.conventionStatistics.conventionsByRegion.length).toBeGreaterThan(0);
    expect(data.conventionStatistics.conventionsByRegion.every((r) => r.region.name)).toBe(true);
    expect(data.knowledgeStatistics.topPublishers.length).toBeGreaterThan(0);
    expect(data.knowledgeStatistics.topPublishers.every((p) => p.publisher.name)).toBe(true);
    expect(together.answer.data).toEqual(apart.answer.data);
    expect(apart.proxy.bodies).toHaveLength(3);
    // The alliance is the same query for every dashboard (shared by concurrent ones, deduplicate.ts): it
    // goes alone; the regions' and publishers' names go together.
    expect(together.proxy.bodies).toHaveLength(2);
    expect(together.proxy.bodies.filter((body) => body.includes('alliance'))).toEqual([expect.not.stringContaining('_entities')]);
  });

  it('answers a search whose batched actors call gets nonsense back, without hanging: the names null, with errors', async () => {
    const nonsense = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: 5 })));
    });
    try {
      const gateway = await stack.startGateway({ actorsUrl: `${await listen(nonsense, 0)}/graphql`, responseCacheTtlSeconds: 0, subgraphTimeoutMs: 5_000 });
      const res = await graphql(gateway.graphqlUrl, SEARCH);
      const items = experiences(res.data);
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => i.title && i.publisher === null && i.territories === null)).toBe(true);
      expect(new Set((res.errors ?? []).map((e) => e.extensions?.code))).toEqual(new Set(['INTERNAL_SERVER_ERROR']));
    } finally {
      nonsense.closeAllConnections();
      await new Promise((resolve) => nonsense.close(resolve));
    }
  });

  it('counts the queries sent together (fabrique_gateway_subgraph_calls_batched_total)', async () => {
    const gateway = await stack.startGateway({ responseCacheTtlSeconds: 0 });
    await graphql(gateway.graphqlUrl, SEARCH);
    const metrics = await (await fetch(`${gateway.metricsUrl}/metrics`)).text();
    expect(metrics).toMatch(/^fabrique_gateway_subgraph_calls_batched_total 2$/m);
  });

  it('gives each field of both queries its own error when actors fails, as when asked apart, the rest of the search kept', async () => {
    const closed = await startProxy(stack.subgraphs.actors.url);
    await closed.stop();
    const answer = async (batch: boolean) => {
      const gateway = await stack.startGateway({ actorsUrl: closed.url, responseCacheTtlSeconds: 0, subgraphBatch: batch });
      return graphql(gateway.graphqlUrl, SEARCH);
    };
    const [together, apart] = [await answer(true), await answer(false)];
    const items = experiences(together.data);
    expect(items.length).toBeGreaterThan(0);
    // The names are non-null: without them the publisher and the territories are null, the titles kept.
    expect(items.every((i) => i.title && i.publisher === null && i.territories === null)).toBe(true);
    const paths = (together.errors ?? []).map((e) => e.path?.join('.'));
    items.forEach((_, index) => {
      expect(paths).toContain(`searchKnowledge.edges.${index}.node.item.publisher.name`);
      expect(paths).toContain(`searchKnowledge.edges.${index}.node.item.territories.0.name`);
    });
    expect(new Set((together.errors ?? []).map((e) => JSON.stringify(e.extensions)))).toEqual(new Set([JSON.stringify({ code: 'SUBGRAPH_UNAVAILABLE', service: 'actors' })]));
    const sorted = (errors: typeof together.errors) => [...(errors ?? [])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect({ data: together.data, errors: sorted(together.errors) }).toEqual({ data: apart.data, errors: sorted(apart.errors) });
  });
});

/**
 * One service failing stays local: with a subgraph stopped or not answering, the fields the other
 * subgraphs answered are still there, the missing ones are null, and each error says where (`path`),
 * which service (`extensions.service`) and why (`extensions.code`).
 */
import { createServer, type Server } from 'node:http';
import { createActorsServer } from '@fabrique/actors';
import { createConventionsServer } from '@fabrique/conventions';
import { readOperation } from '@fabrique/gateway';
import { listen } from '@fabrique/kit';
import { graphql, TEST_IDENTITY_SECRET, type GraphQLResponse } from '@fabrique/kit/testing';
import { createKnowledgeServer } from '@fabrique/knowledge';
import { useStack, type Stack, type SubgraphName } from '../harness/stack';

type Path = Array<string | number>;

// The README's territory page (Quick start).
const TERRITORY_PAGE = `{
  territory(code: "63") {
    name
    conventions { edges { node { status parties { actor { name } } commitments { number title } } } }
    experiences { edges { node { title } } }
  }
  programmes { kind name }
}`;

const DASHBOARD = readOperation('DashboardOverview.graphql');

/** Which fields of each operation each subgraph answers (the fields its failure leaves null). */
const OPERATIONS: Array<{ name: string; query: string; fields: Record<SubgraphName, Path[]> }> = [
  {
    name: 'the territory page',
    query: TERRITORY_PAGE,
    fields: {
      actors: [['territory']],
      conventions: [['territory', 'conventions'], ['programmes']],
      knowledge: [['territory', 'experiences']],
    },
  },
  {
    name: 'DashboardOverview',
    query: DASHBOARD,
    fields: {
      actors: [['alliance']],
      conventions: [['conventionStatistics'], ['programmes']],
      knowledge: [['knowledgeStatistics']],
    },
  },
];

const SUBGRAPHS: SubgraphName[] = ['actors', 'conventions', 'knowledge'];
// Generous: the subgraphs that do answer must do so well within it on a busy machine.
const TIMEOUT_MS = 3_000;

const at = (data: unknown, path: Path): unknown => path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null)?.[key], data);
const key = (path: Path | undefined) => JSON.stringify(path);

const SERVERS = { actors: createActorsServer, conventions: createConventionsServer, knowledge: createKnowledgeServer };

/** A subgraph server of its own over the stack's database, then stopped: its port refuses connections. */
async function stoppedSubgraph(stack: Stack, name: SubgraphName): Promise<string> {
  const server = await SERVERS[name]({ database: stack.subgraphs[name].database, identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'test' });
  const url = `${await server.listen(0)}/graphql`;
  await server.stop();
  return url;
}

/** A server that accepts requests and never answers them: a paused subgraph. */
async function pausedSubgraph(): Promise<{ url: string; server: Server }> {
  const server = createServer(() => undefined);
  return { url: `${await listen(server, 0)}/graphql`, server };
}

function expectLocalFailure(res: GraphQLResponse, fields: Record<SubgraphName, Path[]>, failed: SubgraphName, code: string): void {
  expect(res.status).toBe(200);
  const missing = fields[failed];
  for (const path of missing) expect({ path, value: at(res.data, path) }).toEqual({ path, value: null });
  for (const other of SUBGRAPHS.filter((name) => name !== failed)) {
    for (const path of fields[other]) {
      // A field inside one the failed service owns (the territory's conventions when actors is down) is gone with it.
      if (missing.some((m) => key(path.slice(0, m.length)) === key(m))) continue;
      expect({ path, present: at(res.data, path) != null }).toEqual({ path, present: true });
    }
  }
  const errors = res.errors ?? [];
  expect(errors.map((e) => key(e.path)).sort()).toEqual(missing.map(key).sort());
  for (const error of errors) expect(error.extensions).toEqual({ code, service: failed });
  expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/i);
}

describe('partial results when one subgraph fails', () => {
  const stack = useStack({ seed: true });

  it('answers both operations whole while every subgraph is up', async () => {
    for (const { query } of OPERATIONS) {
      const res = await graphql(stack.graphqlUrl, query);
      expect(res.errors).toBeUndefined();
    }
    const page = await graphql(stack.graphqlUrl, TERRITORY_PAGE);
    expect(page.data.territory.conventions.edges.length).toBeGreaterThan(0);
    expect(page.data.territory.experiences.edges.length).toBeGreaterThan(0);
  });

  describe.each(SUBGRAPHS)('with %s stopped', (failed) => {
    it.each(OPERATIONS)('keeps the other subgraphs’ fields of $name, SUBGRAPH_UNAVAILABLE where it is missing', async ({ query, fields }) => {
      const gateway = await stack.startGateway({ [`${failed}Url`]: await stoppedSubgraph(stack, failed) });
      expectLocalFailure(await graphql(gateway.graphqlUrl, query), fields, failed, 'SUBGRAPH_UNAVAILABLE');
    });
  });

  describe.each(SUBGRAPHS)('with %s paused', (failed) => {
    it.each(OPERATIONS)('keeps the other subgraphs’ fields of $name, SUBGRAPH_TIMEOUT where it is missing', async ({ query, fields }) => {
      const paused = await pausedSubgraph();
      try {
        const gateway = await stack.startGateway({ [`${failed}Url`]: paused.url, subgraphTimeoutMs: TIMEOUT_MS });
        expectLocalFailure(await graphql(gateway.graphqlUrl, query), fields, failed, 'SUBGRAPH_TIMEOUT');
      } finally {
        paused.server.closeAllConnections();
        await new Promise((resolve) => paused.server.close(resolve));
      }
    });
  });

  it('keeps the issue’s territory fields with knowledge down: only experiences is null', async () => {
    const gateway = await stack.startGateway({ knowledgeUrl: await stoppedSubgraph(stack, 'knowledge') });
    const res = await graphql(
      gateway.graphqlUrl,
      '{ territory(code: "63", level: DEPARTEMENT) { name conventions(first: 1) { totalCount } experiences(first: 1) { totalCount } } }',
    );
    expect(res.data.territory.name).toBe('Puy-de-Dôme');
    expect(res.data.territory.conventions.totalCount).toBeGreaterThan(0);
    expect(res.data.territory.experiences).toBeNull();
    expect(res.errors).toEqual([expect.objectContaining({ path: ['territory', 'experiences'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'knowledge' } })]);
  });

  it('keeps alliance and programmes of DashboardOverview when its territory variable is refused ("84")', async () => {
    const res = await graphql(stack.graphqlUrl, DASHBOARD, { territory: '84' });
    expect(res.status).toBe(200);
    expect(res.data.alliance.name).toBeTruthy();
    expect(res.data.programmes).toHaveLength(4);
    expect(res.data.conventionStatistics).toBeNull();
    expect(res.data.knowledgeStatistics).toBeNull();
    // "84" is a code, not a territory id (`REGION:84`): each statistics field refuses it, alone.
    const errors = (res.errors ?? []).map((e) => ({ path: e.path, code: e.extensions?.code, service: e.extensions?.service }));
    expect(errors.sort((a, b) => key(a.path).localeCompare(key(b.path)))).toEqual([
      { path: ['conventionStatistics'], code: 'BAD_USER_INPUT', service: 'conventions' },
      { path: ['knowledgeStatistics'], code: 'BAD_USER_INPUT', service: 'knowledge' },
    ]);
  });

  it('keeps an internal failure opaque: its path, but no message detail and no service name', async () => {
    const notGraphQL = createServer((_req, res) => res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway at 127.0.0.1'));
    try {
      const gateway = await stack.startGateway({ knowledgeUrl: `${await listen(notGraphQL, 0)}/graphql` });
      const res = await graphql(gateway.graphqlUrl, DASHBOARD);
      expect(res.data.alliance.name).toBeTruthy();
      expect(res.data.knowledgeStatistics).toBeNull();
      expect(res.errors).toEqual([{ message: 'Internal server error.', path: ['knowledgeStatistics'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      notGraphQL.closeAllConnections();
      await new Promise((resolve) => notGraphQL.close(resolve));
    }
  });
});

// The whole platform in-process for the end-to-end suites: three subgraphs and the gateway on free
// ports, each subgraph with its own fresh database on the real test database server. Everything comes
// through the packages' front doors, as any other package would use them.
import { createActorsServer, seedActors } from '@fabrique/actors';
import { createConventionsServer, seedConventions } from '@fabrique/conventions';
import { createGateway, loadGatewayConfig, type Gateway, type GatewayOptions } from '@fabrique/gateway';
import { territoriesNamedByDemoData } from '@fabrique/infra';
import type { Database } from '@fabrique/kit';
import { TEST_IDENTITY_SECRET, testDatabase } from '@fabrique/kit/testing';
import { createKnowledgeServer, seedKnowledge } from '@fabrique/knowledge';
import { SUPERGRAPH_PATH } from '@fabrique/schema';

export type SubgraphName = 'actors' | 'conventions' | 'knowledge';
const NAMES: SubgraphName[] = ['actors', 'conventions', 'knowledge'];

/** A bootstrap admin token the test gateways accept. */
export const TEST_ADMIN_TOKEN = 'test-bootstrap-admin-token-0123456789abcdef';

export interface RunningGateway {
  gateway: Gateway;
  url: string;
  graphqlUrl: string;
  /** Base URL of its /metrics port (loopback, apart from the public port). */
  metricsUrl: string;
  stop(): Promise<void>;
}

export interface Stack extends RunningGateway {
  subgraphs: Record<SubgraphName, { url: string; database: Database }>;
  /** Another gateway over the same subgraphs, with other settings (stopped with the stack). */
  startGateway(overrides?: Partial<GatewayOptions>): Promise<RunningGateway>;
  /** GraphQL requests each subgraph has served so far (from its /metrics). */
  subgraphRequests(): Promise<Record<SubgraphName, number>>;
  stop(): Promise<void>;
}

/** The gateway's options as a deployment with no variable set would have them, for these subgraphs. */
export function gatewayOptions(urls: Record<SubgraphName, string>, overrides: Partial<GatewayOptions> = {}): GatewayOptions {
  const defaults = loadGatewayConfig({ IDENTITY_SECRET: TEST_IDENTITY_SECRET, NODE_ENV: 'test', BOOTSTRAP_ADMIN_TOKEN: TEST_ADMIN_TOKEN });
  return {
    ...defaults,
    actorsUrl: urls.actors,
    conventionsUrl: urls.conventions,
    knowledgeUrl: urls.knowledge,
    supergraphPath: SUPERGRAPH_PATH,
    ...overrides,
  };
}

export async function runGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = createGateway(options);
  const url = await gateway.listen(0);
  const metricsUrl = await gateway.listenMetrics(0);
  return { gateway, url, graphqlUrl: `${url}/graphql`, metricsUrl, stop: () => gateway.stop() };
}

async function requestsServed(url: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const match = /^fabrique_subgraph_requests_total\{[^}]*\} (\d+)$/m.exec(text);
  if (!match) throw new Error(`No request counter in ${url}/metrics`);
  return Number(match[1]);
}

export interface StackOptions {
  /** Seed the demo data (the Puy-de-Dôme's territories only) before starting the servers. */
  seed?: boolean;
  /** Settings of the stack's first gateway. */
  gateway?: Partial<GatewayOptions>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const databases = {
    actors: await testDatabase('actors'),
    conventions: await testDatabase('conventions'),
    knowledge: await testDatabase('knowledge'),
  };
  if (options.seed) {
    // Every région and département, and the communes and EPCI of the Puy-de-Dôme only: FerretDB reads whole
    // collections, and the gateway's tests need the demo territory, not all of France; and the places the demo data names.
    await seedActors(databases.actors, { departements: ['63'], named: territoriesNamedByDemoData() });
    await seedConventions(databases.conventions);
    await seedKnowledge(databases.knowledge);
  }
  const common = { identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'test' as const };
  const servers = {
    // `node` asks the other two which ids are theirs, at the URLs they listen on below.
    actors: await createActorsServer({ ...common, database: databases.actors, nodePeers: () => ({ conventions: urls.conventions, knowledge: urls.knowledge }) }),
    conventions: await createConventionsServer({ ...common, database: databases.conventions }),
    knowledge: await createKnowledgeServer({ ...common, database: databases.knowledge }),
  };
  const urls: Record<SubgraphName, string> = {
    actors: `${await servers.actors.listen(0)}/graphql`,
    conventions: `${await servers.conventions.listen(0)}/graphql`,
    knowledge: `${await servers.knowledge.listen(0)}/graphql`,
  };
  const metricsUrls = {
    actors: await servers.actors.listenMetrics(0),
    conventions: await servers.conventions.listenMetrics(0),
    knowledge: await servers.knowledge.listenMetrics(0),
  };
  const gateways: RunningGateway[] = [];
  const startGateway = async (overrides: Partial<GatewayOptions> = {}) => {
    const running = await runGateway(gatewayOptions(urls, overrides));
    gateways.push(running);
    return running;
  };
  const main = await startGateway(options.gateway);
  return {
    ...main,
    subgraphs: {
      actors: { url: urls.actors, database: databases.actors },
      conventions: { url: urls.conventions, database: databases.conventions },
      knowledge: { url: urls.knowledge, database: databases.knowledge },
    },
    startGateway,
    async subgraphRequests() {
      const counts = await Promise.all(NAMES.map((name) => requestsServed(metricsUrls[name])));
      return { actors: counts[0]!, conventions: counts[1]!, knowledge: counts[2]! };
    },
    async stop() {
      await Promise.all(gateways.map((g) => g.stop()));
      await Promise.all(Object.values(servers).map((s) => s.stop()));
      await Promise.all(Object.values(databases).map((d) => d.drop()));
    },
  };
}

/**
 * The stack of a suite: started before its first test and stopped after its last (the `beforeAll` and
 * `afterAll` every suite would write). Call it in a `describe`; what it returns stands for the running
 * stack, so its properties may only be read from a test or a later hook.
 */
export function useStack(options: StackOptions = {}): Stack {
  let running: Stack | undefined;
  beforeAll(async () => {
    running = await startStack(options);
  });
  afterAll(() => running?.stop());
  return new Proxy({} as Stack, {
    get(_, property) {
      if (!running) throw new Error('The stack is not started: read it from a test or a hook, after useStack\'s own.');
      return Reflect.get(running, property);
    },
  });
}

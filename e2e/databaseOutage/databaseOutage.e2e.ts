import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActorsServer } from '@fabrique/actors';
import { createConventionsServer } from '@fabrique/conventions';
import { createGateway, loadGatewayConfig } from '@fabrique/gateway';
import { connectDatabase, type Database } from '@fabrique/kit';
import { errorCodes, graphql, TEST_IDENTITY_SECRET } from '@fabrique/kit/testing';
import { createKnowledgeServer } from '@fabrique/knowledge';
import { SUPERGRAPH_PATH } from '@fabrique/schema';
import { freePort, startFerretdb, type RunningDatabase } from '@fabrique/infra';

const ADMIN = 'test-bootstrap-admin-token-for-the-outage-0123456789';
const admin = { authorization: `Bearer ${ADMIN}` };
const CREATE = 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug } }';
const READ = 'query ($slug: String!) { organisation(slug: $slug) { name } }';
const CREATE_EXPERIENCE = 'mutation ($input: CreateExperienceInput!) { createExperience(input: $input) { id } }';
const READ_EXPERIENCE = 'query ($id: ID!) { experience(id: $id) { title } }';

/** Times `work`, in milliseconds. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

/** Kills the database like a crash would (no shutdown, nothing flushed on purpose). */
async function crash(database: RunningDatabase): Promise<void> {
  const exited = new Promise((resolve) => database.process.once('exit', resolve));
  database.process.kill('SIGKILL');
  await exited;
}

// A database of our own, killed with SIGKILL under three running subgraphs and a gateway, then restarted.
describe('the database going away', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-outage-'));
  let port: number;
  let ferretdb: RunningDatabase;
  const databases: Database[] = [];
  const stops: Array<() => Promise<void>> = [];
  let gatewayUrl: string;
  let subgraphUrl: string;

  beforeAll(async () => {
    port = await freePort();
    ferretdb = await startFerretdb({ port, dataDir, log: () => undefined });
    const common = { identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'test' as const };
    const urls: Record<string, string> = {};
    const factories = { actors: createActorsServer, conventions: createConventionsServer, knowledge: createKnowledgeServer };
    for (const [name, create] of Object.entries(factories)) {
      const database = await connectDatabase({ uri: ferretdb.uri, name: `outage_${name}` });
      databases.push(database);
      const server = await create({ ...common, database });
      urls[name] = `${await server.listen(0)}/graphql`;
      stops.push(() => server.stop());
    }
    subgraphUrl = new URL('/', urls.actors).toString().replace(/\/$/, '');
    const config = loadGatewayConfig({ IDENTITY_SECRET: TEST_IDENTITY_SECRET, NODE_ENV: 'test', BOOTSTRAP_ADMIN_TOKEN: ADMIN });
    const gateway = createGateway({
      ...config,
      supergraphPath: SUPERGRAPH_PATH,
      actorsUrl: urls.actors!,
      conventionsUrl: urls.conventions!,
      knowledgeUrl: urls.knowledge!,
      responseCacheTtlSeconds: 0,
    });
    gatewayUrl = await gateway.listen(0);
    stops.unshift(() => gateway.stop());
  });

  afterAll(async () => {
    for (const stop of stops) await stop().catch(() => undefined);
    for (const database of databases) await database.close().catch(() => undefined);
    await ferretdb?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE at once, /health says why within a second, and recovers without a restart, acknowledged writes kept', async () => {
    const graphqlUrl = `${gatewayUrl}/graphql`;
    const created = await graphql(graphqlUrl, CREATE, { input: { slug: 'acknowledged-before-crash', name: 'Acknowledged', kind: 'ASSOCIATION' } }, admin);
    expect(errorCodes(created)).toEqual([]);
    const experience = await graphql(graphqlUrl, CREATE_EXPERIENCE, { input: { title: 'Acknowledged before the crash', publisherId: created.data.createOrganisation.id } }, admin);
    expect(errorCodes(experience)).toEqual([]);

    await crash(ferretdb);

    // Fail fast and truthfully: not INTERNAL_SERVER_ERROR, not SUBGRAPH_TIMEOUT after the gateway's 10 s.
    const read = await timed(() => graphql(graphqlUrl, READ, { slug: 'acknowledged-before-crash' }));
    expect(errorCodes(read.result)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(read.result.errors![0]).toMatchObject({ path: ['organisation'], extensions: { service: 'actors', reason: 'database unreachable' } });
    expect(read.ms).toBeLessThan(5_000);
    const write = await timed(() => graphql(graphqlUrl, CREATE, { input: { slug: 'during-the-outage', name: 'Lost', kind: 'ASSOCIATION' } }, admin));
    expect(errorCodes(write.result)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(write.ms).toBeLessThan(5_000);

    // The subgraph's own /health and /ready, then the gateway's, name the cause.
    for (const path of ['/health', '/ready']) {
      const health = await timed(() => fetch(`${subgraphUrl}${path}`));
      expect(health.result.status).toBe(503);
      expect(await health.result.json()).toMatchObject({ service: 'actors', database: false, reason: 'database unreachable' });
      expect(health.ms).toBeLessThan(2_000);
    }
    const gatewayHealth = await timed(() => fetch(`${gatewayUrl}/health`));
    expect(gatewayHealth.result.status).toBe(503);
    expect(await gatewayHealth.result.json()).toMatchObject({
      status: 'degraded',
      down: { actors: 'database unreachable', conventions: 'database unreachable', knowledge: 'database unreachable' },
    });
    expect(gatewayHealth.ms).toBeLessThan(2_000);

    // Back on the same port and files: the running processes reconnect by themselves.
    ferretdb = await startFerretdb({ port, dataDir, log: () => undefined });
    let again = await graphql(graphqlUrl, READ, { slug: 'acknowledged-before-crash' });
    for (let i = 0; i < 60 && errorCodes(again).length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      again = await graphql(graphqlUrl, READ, { slug: 'acknowledged-before-crash' });
    }
    expect(errorCodes(again)).toEqual([]);
    expect(again.data.organisation).toEqual({ name: 'Acknowledged' });
    const experienceAgain = await graphql(graphqlUrl, READ_EXPERIENCE, { id: experience.data.createExperience.id }, admin);
    expect(errorCodes(experienceAgain)).toEqual([]);
    expect(experienceAgain.data.experience).toEqual({ title: 'Acknowledged before the crash' });
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the health probe's one-second reuse
    expect((await fetch(`${gatewayUrl}/health`)).status).toBe(200);
  });
});

describe('a database that is not reachable yet at start-up', () => {
  it('is waited for (up to 15 s), though a request fails fast once running', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-late-'));
    const connecting = connectDatabase({ uri: `mongodb://127.0.0.1:${port}/`, name: 'late_start' });
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // past the 1.5 s selection timeout
    const late = await startFerretdb({ port, dataDir, log: () => undefined });
    try {
      const database = await connecting;
      expect(await database.ping()).toBe(true);
      await database.close();
    } finally {
      await late.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

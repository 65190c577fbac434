import { randomBytes } from 'node:crypto';
import { dropDatabases, graphql, mongodbUri } from '@fabrique/kit/testing';
import { freePort } from '../src/db/ferretdb';
import { seedDemo, SERVICES, type ServiceName } from '../src/seed';
import { defaultMetricsPorts, startServices, stopProcesses, waitHealthy, type ManagedProcess } from '../src/stack';
import { Supervisor } from '../src/supervisor';

// Territories of one département keep this test quick on FerretDB; all of France is tested in actors.
process.env.ACTORS_SEED_DEPARTEMENTS = '63';

// What `npm start` runs after the database: four real processes, stopped without leftovers.
describe('the stack as processes', () => {
  const prefix = `test_stack_${randomBytes(4).toString('hex')}`;
  const databaseName = (service: ServiceName) => `${prefix}_${service}`;

  afterAll(() => dropDatabases(SERVICES.map(databaseName)));

  it('starts the three subgraphs and the gateway, answers, and stops every process', async () => {
    await seedDemo(mongodbUri(), () => undefined, databaseName);
    const ports = { actors: await freePort(), conventions: await freePort(), knowledge: await freePort(), gateway: await freePort() };
    const processes = await startServices(mongodbUri(), { ports, databaseName, env: { LOG_LEVEL: 'warn' } });
    try {
      const gateway = processes.find((p) => p.name === 'gateway')!;
      const res = await graphql(`${gateway.url}/graphql`, '{ territory(code: "63") { name conventions { totalCount } } programmes { kind } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.territory).toEqual({ name: 'Puy-de-Dôme', conventions: { totalCount: 1 } });
      expect(res.data.programmes).toHaveLength(4);
      // The actors process finds the other two where they were started, for `node`.
      const nodes = await graphql(`${gateway.url}/graphql`, '{ nodes(ids: ["DEPARTEMENT:63", "energie"]) { __typename ... on Theme { label } } }');
      expect(nodes.errors).toBeUndefined();
      expect(nodes.data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual(['Territory', 'Theme']);
      await survivesAKilledSubgraph(processes, gateway.url);
    } finally {
      await stopProcesses(processes);
    }
    for (const { child } of processes) {
      expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
      expect(() => process.kill(child.pid!, 0)).toThrow();
    }
  });
});

/** `kill -9` of one subgraph under the supervisor: the others keep serving, /health names it, it comes back. */
async function survivesAKilledSubgraph(processes: ManagedProcess[], gatewayUrl: string) {
  const lines: string[] = [];
  // A backoff long enough to see the gap (/health reuses its check for up to a second).
  const supervisor = new Supervisor({ log: (line) => lines.push(line), initialBackoffMs: 4_000 });
  supervisor.watch(processes);
  try {
    const knowledge = processes.find((p) => p.name === 'knowledge')!;
    const others = processes.filter((p) => p !== knowledge).map((p) => p.child);
    const killed = knowledge.child;
    const exited = new Promise((resolve) => killed.once('exit', resolve));
    killed.kill('SIGKILL');
    await exited;

    let health = await fetch(`${gatewayUrl}/health`);
    for (let i = 0; i < 15 && health.status === 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      health = await fetch(`${gatewayUrl}/health`);
    }
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', down: { knowledge: 'not answering' } });
    const res = await graphql(`${gatewayUrl}/graphql`, '{ programmes { kind } }');
    expect(res.errors).toBeUndefined();

    await waitHealthy('knowledge', knowledge.url, knowledge.child);
    expect(knowledge.child).not.toBe(killed);
    expect(supervisor.restarts).toEqual({ knowledge: 1 });
    expect(lines.join('\n')).toMatch(/knowledge stopped unexpectedly \(signal SIGKILL\)[^]*knowledge restarted \(restart 1/);
    for (const child of others) expect(child.exitCode === null && child.signalCode === null).toBe(true);
    const back = await graphql(`${gatewayUrl}/graphql`, '{ experiences(first: 1) { totalCount } }');
    expect(back.errors).toBeUndefined();
  } finally {
    supervisor.stop();
  }
}

describe('the /metrics ports npm start gives', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('are each process port + 5400, following the ports it was given, unless set themselves', () => {
    for (const name of ['ACTORS', 'CONVENTIONS', 'KNOWLEDGE', 'GATEWAY']) {
      delete process.env[`${name}_PORT`];
      delete process.env[`${name}_METRICS_PORT`];
    }
    expect(defaultMetricsPorts()).toEqual({ actors: 9401, conventions: 9402, knowledge: 9403, gateway: 9400 });
    Object.assign(process.env, { GATEWAY_PORT: '4100', ACTORS_PORT: '4101', KNOWLEDGE_METRICS_PORT: '9999' });
    expect(defaultMetricsPorts()).toEqual({ actors: 9501, conventions: 9402, knowledge: 9999, gateway: 9500 });
  });
});

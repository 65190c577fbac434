import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { listen } from '@fabrique/kit';
import { graphql, mongodbUri, TEST_IDENTITY_SECRET } from '@fabrique/kit/testing';
import { freePort } from '../src/db/ferretdb';
import { spawnLogged, waitHealthy } from '../src/stack';
import { ROOT } from '../src/tasks';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a service's entry point as `npm start` does (tsx), on a free port with metrics off. */
async function startEntry(name: string, entry: string, env: NodeJS.ProcessEnv, healthPath: string) {
  const port = await freePort();
  const lines: string[] = [];
  const environment = { NODE_ENV: 'test', LOG_LEVEL: 'warn', IDENTITY_SECRET: TEST_IDENTITY_SECRET, PORT: String(port), METRICS_PORT: '0', ...env };
  const child = spawnLogged(name, process.execPath, ['--import', 'tsx', entry], environment, (line) => lines.push(line));
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(name, url, child, { path: healthPath });
  return { child, url, lines };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

/** SIGTERM while `inFlight` runs: it completes, a new request is refused, the process exits with 0. */
async function drainsOnSigterm(child: ChildProcess, url: string, inFlight: Promise<Awaited<ReturnType<typeof graphql>>>) {
  const exited = exitOf(child);
  child.kill('SIGTERM');
  await sleep(150);
  const late = await fetch(`${url}/ready`).then((r) => r.status, () => 'refused' as const);
  expect([503, 'refused']).toContain(late);
  const answer = await inFlight;
  expect(answer.status).toBe(200);
  expect(answer.errors).toBeUndefined();
  expect(await exited).toBe(0);
  return answer;
}

describe('SIGTERM drains requests in flight, then the process exits', () => {
  it('a subgraph (the kit entry point every subgraph runs)', async () => {
    const slow = await startEntry(
      'slow-subgraph',
      join(ROOT, 'infra', 'test', 'fixtures', 'slowSubgraph.ts'),
      { MONGODB_URI: mongodbUri(), MONGODB_DATABASE: `test_shutdown_${process.pid}`, SLOW_MS: '1500' },
      '/health',
    );
    const inFlight = graphql(`${slow.url}/graphql`, '{ slow }');
    await sleep(400);
    const answer = await drainsOnSigterm(slow.child, slow.url, inFlight);
    expect(answer.data).toEqual({ slow: 'done' });
  });

  it('the gateway', async () => {
    let calls = 0;
    // Stand-in subgraphs: healthy, and answering the programmes query slowly.
    const subgraph = createServer((req, res) => {
      if (req.method !== 'POST') return res.writeHead(200).end('{"status":"ok"}');
      calls += 1;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"programmes":[{"kind":"PILOT_COHORT"}]}}'), 1_500);
    });
    const base = await listen(subgraph, 0);
    try {
      const gateway = await startEntry(
        'gateway',
        join(ROOT, 'gateway', 'src', 'index.ts'),
        { ACTORS_URL: `${base}/graphql`, CONVENTIONS_URL: `${base}/graphql`, KNOWLEDGE_URL: `${base}/graphql`, RESPONSE_CACHE_TTL_SECONDS: '0' },
        '/live',
      );
      const inFlight = graphql(`${gateway.url}/graphql`, '{ programmes { kind } }');
      for (let i = 0; i < 100 && calls === 0; i++) await sleep(20);
      expect(calls).toBe(1);
      const answer = await drainsOnSigterm(gateway.child, gateway.url, inFlight);
      expect(answer.data).toEqual({ programmes: [{ kind: 'PILOT_COHORT' }] });
    } finally {
      await closeServer(subgraph);
    }
  });
});

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

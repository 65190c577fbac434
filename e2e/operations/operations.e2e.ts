import { createServer } from 'node:http';
import { listen } from '@fabrique/kit';
import { createActorsServer } from '@fabrique/actors';
import { errorCodes, graphql, TEST_IDENTITY_SECRET, testDatabase } from '@fabrique/kit/testing';
import { bearer, sleep } from '../harness/http';
import { capturedLogger } from '../harness/logs';
import { startProxy } from '../harness/proxy';
import { gatewayOptions, runGateway, startStack, TEST_ADMIN_TOKEN, useStack, type Stack } from '../harness/stack';

describe('operations endpoints, logs and metrics', () => {
  const { logger, lines } = capturedLogger();
  const stack = useStack({ gateway: { logger } });

  it('answers /health (every subgraph up), /ready (the same, and not shutting down) and /live', async () => {
    const health = await fetch(`${stack.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', subgraphs: { actors: true, conventions: true, knowledge: true } });
    const ready = await fetch(`${stack.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: { actors: true, conventions: true, knowledge: true } });
    expect(await (await fetch(`${stack.url}/live`)).json()).toEqual({ status: 'alive' });

    const degraded = await stack.startGateway({ knowledgeUrl: 'http://127.0.0.1:9/graphql' });
    const notReady = await fetch(`${degraded.url}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'degraded', subgraphs: { actors: true, conventions: true, knowledge: false }, down: { knowledge: 'not answering' } });
    expect((await fetch(`${degraded.url}/live`)).status).toBe(200);
  });

  it('writes one JSON line per request: request id, operation, status, duration, role', async () => {
    const res = await graphql(stack.graphqlUrl, 'query Programmes { programmes { kind } }', {}, { ...bearer(TEST_ADMIN_TOKEN), 'x-request-id': 'dashboard-42' });
    expect(res.headers.get('x-request-id')).toBe('dashboard-42');
    await sleep(20);
    const line = lines.find((l) => l.msg === 'request' && l.requestId === 'dashboard-42');
    expect(line).toMatchObject({ service: 'gateway', method: 'POST', path: '/graphql', status: 200, operationName: 'Programmes', role: 'ADMIN' });
    expect(typeof line!.durationMs).toBe('number');

    const refused = await graphql(stack.graphqlUrl, '{ territories(first: 1000) { totalCount } }');
    const id = refused.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await sleep(20);
    expect(lines.find((l) => l.requestId === id)).toMatchObject({ status: 400, role: 'ANONYMOUS', errors: ['BAD_USER_INPUT'] });
  });

  it('forwards the request id to the subgraphs, and nothing the client sent', async () => {
    const proxy = await startProxy(stack.subgraphs.conventions.url);
    try {
      const gateway = await stack.startGateway({ conventionsUrl: proxy.url });
      const res = await graphql(gateway.graphqlUrl, '{ programmes { kind } }', {}, { 'x-request-id': 'abc-123', cookie: 'session=1', 'x-client-secret': 'nope', ...bearer(TEST_ADMIN_TOKEN) });
      expect(res.status).toBe(200);
      const sent = proxy.requests.at(-1)!;
      expect(sent['x-request-id']).toBe('abc-123');
      expect(sent['x-fabrique-identity']).toMatch(/^v1\./);
      expect(sent.cookie).toBeUndefined();
      expect(sent['x-client-secret']).toBeUndefined();
      expect(sent.authorization).toBeUndefined();
    } finally {
      await proxy.stop();
    }
  });

  it('reuses keep-alive connections to the subgraphs', async () => {
    const proxy = await startProxy(stack.subgraphs.conventions.url);
    try {
      // Without the public read cache, which would answer the repeated query itself.
      const gateway = await stack.startGateway({ conventionsUrl: proxy.url, responseCacheTtlSeconds: 0 });
      for (let i = 0; i < 5; i++) expect(errorCodes(await graphql(gateway.graphqlUrl, '{ programmes { kind } }'))).toEqual([]);
      expect(proxy.requests).toHaveLength(5);
      expect(proxy.connections).toBe(1);
    } finally {
      await proxy.stop();
    }
  });

  it('exposes Prometheus metrics: requests, errors and latency per operation name', async () => {
    await graphql(stack.graphqlUrl, 'query DashboardPing { programmes { kind } }');
    await graphql(stack.graphqlUrl, 'query Broken { territory(code: "!") { name } }');
    // Not on the public port: on a port of its own, on loopback.
    expect((await fetch(`${stack.url}/metrics`)).status).toBe(404);
    expect(new URL(stack.metricsUrl).hostname).toBe('127.0.0.1');
    const res = await fetch(`${stack.metricsUrl}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^fabrique_gateway_operations_total\{operation="DashboardPing",type="query"\} 1$/m);
    expect(text).toMatch(/^fabrique_gateway_operation_duration_seconds_count\{operation="DashboardPing"\} 1$/m);
    expect(text).toMatch(/^fabrique_gateway_operation_duration_seconds_bucket\{le="0\.5",operation="DashboardPing"\} 1$/m);
    expect(text).toMatch(/^fabrique_gateway_operation_errors_total\{operation="Broken",code="BAD_USER_INPUT"\} 1$/m);
    expect(text).toMatch(/^fabrique_gateway_http_requests_total\{route="graphql",status="200"\} \d+$/m);
    expect(text).toMatch(/^fabrique_gateway_subgraph_call_duration_seconds_count\{subgraph="conventions",outcome="ok"\} \d+$/m);
    expect(text).toMatch(/^fabrique_gateway_process_cpu_seconds_total /m);
  });

  it('labels HTTP requests by route, never by a path a client made up (each label value is a series kept forever)', async () => {
    const made = Array.from({ length: 20 }, (_, i) => `/made-up-${i}-${Date.now()}`);
    for (const path of made) expect((await fetch(`${stack.url}${path}`)).status).toBe(404);
    expect((await fetch(`${stack.url}/exports/experiences.csv?nope=1`)).status).toBe(400);
    expect((await fetch(`${stack.url}/live`)).status).toBe(200);
    const text = await (await fetch(`${stack.metricsUrl}/metrics`)).text();
    expect(text).not.toContain('made-up');
    expect(text).toMatch(/^fabrique_gateway_http_requests_total\{route="other",status="404"\} \d+$/m);
    expect(text).toMatch(/^fabrique_gateway_http_requests_total\{route="\/exports\/experiences\.csv",status="400"\} 1$/m);
    expect(text).toMatch(/^fabrique_gateway_http_requests_total\{route="\/live",status="200"\} \d+$/m);
  });
});

describe('internal errors', () => {
  it('are masked by the gateway even when a subgraph tells too much (no stack, no database message)', async () => {
    const stack = await startStack();
    // An actors subgraph in development mode (it shows error details) whose database is gone.
    const database = await testDatabase('actors');
    const leaky = await createActorsServer({ database, identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'development' });
    const leakyUrl = `${await leaky.listen(0)}/graphql`;
    try {
      await database.close();
      const direct = await graphql(leakyUrl, '{ territory(code: "63") { name } }');
      expect(JSON.stringify(direct.errors)).toMatch(/stacktrace|Client must be connected|MongoNotConnectedError|connection/i);

      const gateway = await stack.startGateway({ actorsUrl: leakyUrl });
      const res = await graphql(gateway.graphqlUrl, '{ territory(code: "63") { name } }');
      expect(res.errors).toEqual([{ message: 'Internal server error.', path: ['territory'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      await leaky.stop();
      await stack.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets in-flight requests finish, then refuses new connections', async () => {
    const stack = await startStack();
    const slow = await startProxy(stack.subgraphs.conventions.url, 700);
    try {
      const gateway = await runGateway(gatewayOptions({ ...urlsOf(stack), conventions: slow.url }));
      const inFlight = graphql(gateway.graphqlUrl, '{ programmes { kind } }');
      await sleep(200);
      const stopped = gateway.stop();
      const ready = await fetch(`${gateway.url}/ready`).then((r) => r.status).catch(() => 'refused');
      expect(ready === 503 || ready === 'refused').toBe(true);
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(errorCodes(res)).toEqual([]);
      await stopped;
      await expect(fetch(`${gateway.url}/live`)).rejects.toThrow();
    } finally {
      await slow.stop();
      await stack.stop();
    }
  });
});

function urlsOf(stack: Stack) {
  return { actors: stack.subgraphs.actors.url, conventions: stack.subgraphs.conventions.url, knowledge: stack.subgraphs.knowledge.url };
}

describe('/health and /ready cannot be used to send load to the subgraphs', () => {
  it('checks each subgraph at most once a second however many clients ask at once', async () => {
    const checks = { actors: 0, conventions: 0, knowledge: 0 };
    const fakes = await Promise.all((Object.keys(checks) as Array<keyof typeof checks>).map((name) => countingHealth(() => (checks[name] += 1))));
    const gateway = await runGateway(gatewayOptions({ actors: fakes[0]!.url, conventions: fakes[1]!.url, knowledge: fakes[2]!.url }));
    try {
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => fetch(`${gateway.url}/${i % 2 ? 'health' : 'ready'}`)));
      const elapsedSeconds = Math.floor((Date.now() - started) / 1000);
      expect(answers.map((a) => a.status)).toEqual(Array(60).fill(200));
      // One probe per subgraph, and at most one more per full second the burst lasted on a busy machine.
      for (const count of Object.values(checks)) expect(count).toBeLessThanOrEqual(1 + elapsedSeconds);
      expect(checks.actors).toBeGreaterThanOrEqual(1);
    } finally {
      await gateway.stop();
      await Promise.all(fakes.map((f) => f.stop()));
    }
  });
});

/** A stand-in subgraph whose /health answers 200 and counts each check. */
async function countingHealth(onCheck: () => void): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.url === '/health') onCheck();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
  });
  const base = await listen(server, 0);
  return { url: `${base}/graphql`, stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

import { getIntrospectionQuery } from 'graphql';
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer, post, sleep } from '../harness/http';
import { capturedLogger } from '../harness/logs';
import { startProxy } from '../harness/proxy';
import { freePort, redisAvailable, startRedis } from '../harness/redis';
import { startStack, TEST_ADMIN_TOKEN, useStack, type RunningGateway } from '../harness/stack';

/** `depth` nested `parent` fields under a territory. */
const nestedParents = (depth: number) => `{ territory(code: "63", level: DEPARTEMENT) { ${'parent { '.repeat(depth)}name${' }'.repeat(depth)} } }`;

describe('protection against abusive requests: refused with a clear code before any subgraph', () => {
  const stack = useStack();
  let strict: RunningGateway;

  /** Sends a hostile request and checks that no subgraph saw it. */
  async function refused(send: () => Promise<{ status: number; body?: any; errors?: any }>, status: number, code: string) {
    const before = await stack.subgraphRequests();
    const res = await send();
    expect(res.status).toBe(status);
    const errors = 'body' in res ? res.body.errors : res.errors;
    expect(errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([code]);
    expect(await stack.subgraphRequests()).toEqual(before);
    return errors[0];
  }

  beforeAll(async () => {
    strict = await stack.startGateway({ maxDepth: 3, maxCost: 50, maxAliases: 2, maxPageSize: 10, maxBatch: 2, maxBodyBytes: 5_000, maxTokens: 200 });
  });

  it('limits depth (MAX_DEPTH, default 12)', async () => {
    expect(errorCodes(await graphql(stack.graphqlUrl, nestedParents(10)))).toEqual([]);
    const error = await refused(() => graphql(stack.graphqlUrl, nestedParents(12)), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions.limits).toEqual([{ limit: 'depth', max: 12, actual: 14 }]);
    expect(error.message).toMatch(/depth 14 \(at most 12\)/);
    // Fragments count as where they are spread.
    const viaFragment = `query { territory(code: "63") { ...Up } } fragment Up on Territory { parent { parent { name } } }`;
    expect((await refused(() => graphql(strict.graphqlUrl, viaFragment), 400, 'QUERY_TOO_COMPLEX')).extensions.limits[0]).toEqual({ limit: 'depth', max: 3, actual: 4 });
  });

  it('limits cost: page sizes multiplied through nesting (MAX_COST, default 20000)', async () => {
    const wide = `query($n: Int) { territories(first: 100) { edges { node { children(first: $n) { edges { node { children(first: 100) { totalCount } } } } } } } }`;
    const error = await refused(() => graphql(stack.graphqlUrl, wide, { n: 100 }), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions.limits).toEqual([{ limit: 'cost', max: 20_000, actual: 1 + 100 * (2 + 1 + 100 * (2 + 1 + 100)) }]);
    // The schema's default page size (20) counts when `first` is omitted: 1 + 20 × 3 = 61 > 50.
    const error2 = await refused(() => graphql(strict.graphqlUrl, '{ territories { totalCount edges { cursor } } }'), 400, 'QUERY_TOO_COMPLEX');
    expect(error2.extensions.limits).toEqual([{ limit: 'cost', max: 50, actual: 61 }]);
    expect(errorCodes(await graphql(strict.graphqlUrl, '{ territories(first: 10) { totalCount edges { cursor } } }'))).toEqual([]);
  });

  it('limits aliases (MAX_ALIASES, default 30)', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: programmes { kind }`).join(' ')} }`;
    expect(errorCodes(await graphql(stack.graphqlUrl, aliases(30)))).toEqual([]);
    const error = await refused(() => graphql(stack.graphqlUrl, aliases(31)), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions.limits).toEqual([{ limit: 'aliases', max: 30, actual: 31 }]);
    await refused(() => graphql(strict.graphqlUrl, aliases(3)), 400, 'QUERY_TOO_COMPLEX');
  });

  it('refuses a page size above the maximum with BAD_USER_INPUT (MAX_PAGE_SIZE, default 100)', async () => {
    const error = await refused(() => graphql(stack.graphqlUrl, '{ territories(first: 101) { totalCount } }'), 400, 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ field: 'first', max: 100 });
    await refused(() => graphql(stack.graphqlUrl, 'query($n: Int) { territories(first: $n) { totalCount } }', { n: 5000 }), 400, 'BAD_USER_INPUT');
    await refused(() => graphql(stack.graphqlUrl, '{ territories(first: -1) { totalCount } }'), 400, 'BAD_USER_INPUT');
    await refused(() => graphql(strict.graphqlUrl, '{ territories(first: 11) { totalCount } }'), 400, 'BAD_USER_INPUT');
  });

  it('limits the operations of a batch (MAX_BATCH, default 10)', async () => {
    const op = { query: '{ programmes { kind } }' };
    const ok = await post(stack.graphqlUrl, [op, op]);
    expect(ok.status).toBe(200);
    expect(ok.body).toHaveLength(2);
    const error = await refused(() => post(stack.graphqlUrl, Array.from({ length: 11 }, () => op)), 400, 'BATCH_TOO_LARGE');
    expect(error.extensions.max).toBe(10);
    await refused(() => post(strict.graphqlUrl, [op, op, op]), 400, 'BATCH_TOO_LARGE');
  });

  it('limits the request body (MAX_BODY_BYTES, default 1 MB) with HTTP 413', async () => {
    const padding = ' '.repeat(5_100);
    await refused(() => post(strict.graphqlUrl, { query: `{ programmes { kind } ${padding}}` }), 413, 'PAYLOAD_TOO_LARGE');
    await refused(() => post(stack.graphqlUrl, { query: `{ programmes { kind } ${' '.repeat(1_000_001)}}` }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('limits the tokens of a document (MAX_TOKENS, default 10000)', async () => {
    const many = `{ ${Array.from({ length: 250 }, () => '__typename').join(' ')} }`;
    await refused(() => graphql(strict.graphqlUrl, many), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('lets the playground introspect, but not nest introspection lists without end', async () => {
    expect(errorCodes(await graphql(stack.graphqlUrl, getIntrospectionQuery()))).toEqual([]);
    const hostile = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    const error = await refused(() => graphql(stack.graphqlUrl, hostile), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/Maximum introspection depth exceeded/);
  });
});

describe('rate limit per caller', () => {
  const stack = useStack();

  it('refuses with RATE_LIMITED (429) past RATE_LIMIT_REQUESTS per window, per token or address, batches counted per operation', async () => {
    const limited = await stack.startGateway({ rateLimitRequests: 3, rateLimitWindowSeconds: 60 });
    const query = '{ programmes { kind } }';
    const first = await graphql(limited.graphqlUrl, query);
    expect(first.headers.get('x-ratelimit-limit')).toBe('3');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
    expect((await post(limited.graphqlUrl, [{ query }, { query }])).status).toBe(200);
    const before = await stack.subgraphRequests();
    const refused = await graphql(limited.graphqlUrl, query);
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await stack.subgraphRequests()).toEqual(before);
    // Another caller has its own counter.
    expect((await graphql(limited.graphqlUrl, query, {}, bearer(TEST_ADMIN_TOKEN))).status).toBe(200);
  });

  it('counts refused tokens against the address, so tokens cannot be guessed at speed', async () => {
    const limited = await stack.startGateway({ rateLimitRequests: 2, rateLimitWindowSeconds: 60 });
    const guess = bearer(`fdt_${'1'.repeat(24)}_${'x'.repeat(43)}`);
    expect((await graphql(limited.graphqlUrl, '{ __typename }', {}, guess)).status).toBe(401);
    expect((await graphql(limited.graphqlUrl, '{ __typename }', {}, guess)).status).toBe(401);
    expect((await graphql(limited.graphqlUrl, '{ __typename }', {}, guess)).status).toBe(429);
  });

  it('falls back to per-instance memory limits when Redis cannot be reached, and says so in the logs and on /ready', async () => {
    const { logger, lines } = capturedLogger();
    const gateway = await stack.startGateway({ rateLimitRequests: 2, redisUrl: `redis://127.0.0.1:${await freePort()}`, logger });
    const started = Date.now();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await graphql(gateway.graphqlUrl, '{ programmes { kind } }')).status);
    expect(statuses).toEqual([200, 200, 429]);
    // Nothing waits for Redis: a generous bound for three requests on a busy machine.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(lines.filter((l) => l.msg === 'rate limit: Redis unreachable: per-instance memory limits')).toHaveLength(1);
    const ready = await fetch(`${gateway.url}/ready`);
    expect(await ready.json()).toMatchObject({ status: 'ready', rateLimit: { store: 'memory', fallback: 'Redis unreachable: per-instance memory limits' } });
  });

  const withRedis = redisAvailable ? it : it.skip;

  withRedis('shares the counters between gateway instances through Redis (REDIS_URL)', async () => {
    const redis = await startRedis();
    try {
      const settings = { rateLimitRequests: 4, rateLimitWindowSeconds: 60, redisUrl: redis.url };
      const a = await stack.startGateway(settings);
      const b = await stack.startGateway(settings);
      const query = '{ programmes { kind } }';
      for (const gateway of [a, b, a, b]) expect((await graphql(gateway.graphqlUrl, query)).status).toBe(200);
      expect((await graphql(a.graphqlUrl, query)).status).toBe(429);
      expect((await graphql(b.graphqlUrl, query)).status).toBe(429);
    } finally {
      redis.stop();
    }
  });

  withRedis('counts in memory while Redis is down and shares the counters again once it is back', async () => {
    const { logger, lines } = capturedLogger();
    let redis = await startRedis();
    try {
      const gateway = await stack.startGateway({ rateLimitRequests: 2, rateLimitWindowSeconds: 60, redisUrl: redis.url, logger });
      const query = '{ programmes { kind } }';
      const ready = async () => (await (await fetch(`${gateway.url}/ready`)).json()) as { rateLimit?: unknown };
      expect((await graphql(gateway.graphqlUrl, query)).status).toBe(200);
      redis.stop();
      for (let i = 0; i < 100 && !(await ready()).rateLimit; i++) await sleep(50);
      // A fresh window in this instance's memory: two more, then refused.
      const during = [];
      for (let i = 0; i < 3; i++) during.push((await graphql(gateway.graphqlUrl, query)).status);
      expect(during).toEqual([200, 200, 429]);
      expect(lines.filter((l) => l.msg === 'rate limit: Redis unreachable: per-instance memory limits')).toHaveLength(1);

      redis = await startRedis(redis.port);
      for (let i = 0; i < 200 && (await ready()).rateLimit; i++) await sleep(50);
      expect(await ready()).not.toHaveProperty('rateLimit');
      expect(lines.some((l) => l.msg === 'rate limit: Redis answers again, limits are shared again')).toBe(true);
    } finally {
      redis.stop();
    }
  });
});

describe('subgraph timeouts', () => {
  it('gives up on a slow subgraph after SUBGRAPH_TIMEOUT_MS with SUBGRAPH_TIMEOUT', async () => {
    const stack = await startStack();
    const slow = await startProxy(stack.subgraphs.conventions.url, 1_000);
    try {
      const gateway = await stack.startGateway({ conventionsUrl: slow.url, subgraphTimeoutMs: 200 });
      const res = await graphql(gateway.graphqlUrl, '{ programmes { kind } }');
      expect(errorCodes(res)).toEqual(['SUBGRAPH_TIMEOUT']);
      expect(res.errors![0]!.message).not.toMatch(/127\.0\.0\.1|conventions/);
      slow.delayMs = 0;
      expect(errorCodes(await graphql(gateway.graphqlUrl, '{ programmes { kind } }'))).toEqual([]);
    } finally {
      await sleep(1_000); // let the delayed upstream call finish before its subgraph stops
      await slow.stop();
      await stack.stop();
    }
  });
});

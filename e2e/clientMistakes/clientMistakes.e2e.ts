import { createHash } from 'node:crypto';
import { post, sleep } from '../harness/http';
import { capturedLogger } from '../harness/logs';
import { useStack, type RunningGateway } from '../harness/stack';

const QUERY = '{ programmes { kind } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** JSON text of an array nested `depth` deep (short enough for the body limit at 200,000). */
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/** Pino's levels: 40 warn, 50 error. */
const WARN = 40;

describe('client mistakes are 4xx with a precise code, no stack, logged below error level (production mode)', () => {
  const stack = useStack();
  let gateway: RunningGateway;
  const { logger, lines } = capturedLogger();

  beforeAll(async () => {
    gateway = await stack.startGateway({ nodeEnv: 'production', logger });
  });

  /** Sends a mistaken request; checks the status, the code, no stack, and what was logged for it. */
  async function mistake(send: () => Promise<{ status: number; text: string; body: any }>, status: number, code: string) {
    lines.length = 0;
    const res = await send();
    expect(res.status).toBe(status);
    const errors = Array.isArray(res.body) ? res.body.flatMap((r: { errors?: unknown[] }) => r.errors ?? []) : res.body.errors;
    expect(errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([code]);
    expect(res.text).not.toMatch(/stacktrace|RangeError|at .*\.js:\d+/);
    // The request's line is written when its response ends.
    for (let i = 0; i < 40 && !lines.some((l) => l.msg === 'request'); i++) await sleep(25);
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({ status, errors: [code] });
    for (const line of lines) {
      expect(line.level).toBeLessThanOrEqual(WARN);
      expect(JSON.stringify(line).length).toBeLessThan(2_000); // never the input itself
    }
    return errors[0];
  }

  it('two operations without operationName: OPERATION_RESOLUTION_FAILURE (400)', async () => {
    const query = 'query A { programmes { kind } } query B { programmes { name } }';
    const error = await mistake(() => post(gateway.graphqlUrl, { query }), 400, 'OPERATION_RESOLUTION_FAILURE');
    expect(error.message).toMatch(/operationName/);
  });

  it('an unknown operationName: OPERATION_RESOLUTION_FAILURE (400), the name not echoed whole', async () => {
    const error = await mistake(() => post(gateway.graphqlUrl, { query: 'query A { programmes { kind } }', operationName: 'Nope' }), 400, 'OPERATION_RESOLUTION_FAILURE');
    expect(error.message).toMatch(/"Nope"/);
    const long = 'N'.repeat(50_000);
    const again = await mistake(() => post(gateway.graphqlUrl, { query: 'query A { programmes { kind } }', operationName: long }), 400, 'OPERATION_RESOLUTION_FAILURE');
    expect(again.message.length).toBeLessThan(200);
  });

  it('a valid operation with a very long name runs, and its log line and metric label carry only the start of the name', async () => {
    lines.length = 0;
    const name = `Long${'N'.repeat(50_000)}`;
    const res = await post(gateway.graphqlUrl, { query: `query ${name} { programmes { kind } }`, operationName: name });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(Array.isArray(res.body.data.programmes)).toBe(true);
    for (let i = 0; i < 40 && !lines.some((l) => l.msg === 'request'); i++) await sleep(25);
    const line = lines.find((l) => l.msg === 'request');
    expect(line).toBeDefined();
    expect(JSON.stringify(line).length).toBeLessThan(2_000);
    expect(JSON.stringify(line)).toContain('LongNNN');
  });

  it('a subscription: BAD_REQUEST (400), this gateway serves none', async () => {
    const error = await mistake(() => post(gateway.graphqlUrl, { query: 'subscription { programmes { kind } }' }), 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/subscriptions/);
  });

  it('variables nested 60,000 and 200,000 deep: BAD_REQUEST (400) before anything recurses on them', async () => {
    for (const depth of [60_000, 200_000]) {
      const declared = `{"query":"query($v: String) { programmes { kind } }","variables":{"v":${nested(depth)}}}`;
      const error = await mistake(() => post(gateway.graphqlUrl, declared), 400, 'BAD_REQUEST');
      expect(error.extensions.maxDepth).toBe(64);
      await mistake(() => post(gateway.graphqlUrl, `{"query":"${QUERY}","variables":{"undeclared":${nested(depth)}}}`), 400, 'BAD_REQUEST');
    }
  });

  it('extensions nested deep, alone or in a batch: BAD_REQUEST (400)', async () => {
    await mistake(() => post(gateway.graphqlUrl, `{"query":"${QUERY}","extensions":{"x":${nested(150_000)}}}`), 400, 'BAD_REQUEST');
    await mistake(() => post(gateway.graphqlUrl, `[{"query":"${QUERY}"},{"query":"${QUERY}","extensions":${nested(100_000)}}]`), 400, 'BAD_REQUEST');
    // Reasonable nesting still runs.
    expect((await post(gateway.graphqlUrl, `{"query":"${QUERY}","extensions":{"x":${nested(30)}}}`)).status).toBe(200);
  });

  it('an automatic persisted query whose hash is not the query’s: BAD_REQUEST (400)', async () => {
    const error = await mistake(
      () => post(gateway.graphqlUrl, { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
      400,
      'BAD_REQUEST',
    );
    expect(error.message).toMatch(/sha256Hash/);
  });

  it('persisted query version 2: PERSISTED_QUERY_NOT_SUPPORTED (400), by POST and by GET', async () => {
    const extensions = { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } };
    await mistake(() => post(gateway.graphqlUrl, { query: QUERY, extensions }), 400, 'PERSISTED_QUERY_NOT_SUPPORTED');
    await mistake(() => post(gateway.graphqlUrl, { extensions }), 400, 'PERSISTED_QUERY_NOT_SUPPORTED');
    await mistake(
      async () => {
        const res = await fetch(`${gateway.graphqlUrl}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, { headers: { 'apollo-require-preflight': 'true' } });
        const text = await res.text();
        return { status: res.status, text, body: JSON.parse(text) };
      },
      400,
      'PERSISTED_QUERY_NOT_SUPPORTED',
    );
  });
});

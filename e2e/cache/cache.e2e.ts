import { graphql } from '@fabrique/kit/testing';
import { bearer, sleep } from '../harness/http';
import { startProxy } from '../harness/proxy';
import { redisAvailable } from '../harness/redis';
import { cacheStateOnceChanged, withGatewaysSharingRedis } from '../harness/sharedCache';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const PROGRAMMES = '{ programmes { kind name } }';
const ORGANISATIONS = '{ organisations(first: 100) { totalCount } }';
const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
let slug = 0;
const newOrganisation = () => ({ input: { slug: `cache-test-${process.pid}-${++slug}`, name: 'Organisation du test du cache', kind: 'ASSOCIATION' } });

describe('the public read cache (gateway)', () => {
  const stack = useStack({ seed: true });

  it('answers a repeated anonymous query from the cache, without calling any subgraph', async () => {
    const first = await graphql(stack.graphqlUrl, PROGRAMMES);
    expect(first.headers.get('x-fabrique-cache')).toBe('miss');
    const before = await stack.subgraphRequests();
    const second = await graphql(stack.graphqlUrl, PROGRAMMES);
    expect(second.headers.get('x-fabrique-cache')).toBe('hit');
    expect(second.data).toEqual(first.data);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(await stack.subgraphRequests()).toEqual(before);
  });

  it('keys on variables: another territory is another answer', async () => {
    const query = 'query($code: String!) { territory(code: $code, level: DEPARTEMENT) { name } }';
    const a = await graphql(stack.graphqlUrl, query, { code: '63' });
    const b = await graphql(stack.graphqlUrl, query, { code: '15' });
    expect([a.data.territory.name, b.data.territory.name]).toEqual(['Puy-de-Dôme', 'Cantal']);
    expect((await graphql(stack.graphqlUrl, query, { code: '15' })).data.territory.name).toBe('Cantal');
  });

  it('never serves or stores the answers of a caller with a token', async () => {
    await graphql(stack.graphqlUrl, PROGRAMMES);
    const before = await stack.subgraphRequests();
    const res = await graphql(stack.graphqlUrl, PROGRAMMES, {}, bearer(TEST_ADMIN_TOKEN));
    expect(res.headers.get('x-fabrique-cache')).toBeNull();
    expect((await stack.subgraphRequests()).conventions).toBe(before.conventions + 1);
  });

  it('keeps no answer with errors', async () => {
    const broken = '{ territory(code: "84") { name } }';
    await graphql(stack.graphqlUrl, broken);
    expect((await graphql(stack.graphqlUrl, broken)).headers.get('x-fabrique-cache')).toBe('miss');
  });

  it('is cleared of what a mutation touched: the next read sees the write', async () => {
    const before = (await graphql(stack.graphqlUrl, ORGANISATIONS)).data.organisations.totalCount;
    expect((await graphql(stack.graphqlUrl, ORGANISATIONS)).headers.get('x-fabrique-cache')).toBe('hit');
    const created = await graphql(stack.graphqlUrl, CREATE_ORGANISATION, newOrganisation(), bearer(TEST_ADMIN_TOKEN));
    expect(created.errors).toBeUndefined();
    const after = await graphql(stack.graphqlUrl, ORGANISATIONS);
    expect(after.headers.get('x-fabrique-cache')).toBe('miss');
    expect(after.data.organisations.totalCount).toBe(before + 1);
  });

  it('forgets answers after RESPONSE_CACHE_TTL_SECONDS', async () => {
    const gateway = await stack.startGateway({ responseCacheTtlSeconds: 1 });
    await graphql(gateway.graphqlUrl, PROGRAMMES);
    expect((await graphql(gateway.graphqlUrl, PROGRAMMES)).headers.get('x-fabrique-cache')).toBe('hit');
    await sleep(1_100);
    expect((await graphql(gateway.graphqlUrl, PROGRAMMES)).headers.get('x-fabrique-cache')).toBe('miss');
  });

  it('can be turned off (RESPONSE_CACHE_TTL_SECONDS=0)', async () => {
    const gateway = await stack.startGateway({ responseCacheTtlSeconds: 0 });
    await graphql(gateway.graphqlUrl, PROGRAMMES);
    expect((await graphql(gateway.graphqlUrl, PROGRAMMES)).headers.get('x-fabrique-cache')).toBeNull();
  });

  const withRedis = redisAvailable ? it : it.skip;
  withRedis('is cleared on every instance sharing Redis of what a mutation touched when one of them runs it', () =>
    withGatewaysSharingRedis(stack, async (a, b) => {
      await graphql(b.graphqlUrl, ORGANISATIONS);
      expect((await graphql(b.graphqlUrl, ORGANISATIONS)).headers.get('x-fabrique-cache')).toBe('hit');
      await graphql(a.graphqlUrl, CREATE_ORGANISATION, newOrganisation(), bearer(TEST_ADMIN_TOKEN));
      expect(await cacheStateOnceChanged(b, ORGANISATIONS, 2_000)).toBe('miss');
    }));
});

describe('merging identical subgraph queries in flight (gateway)', () => {
  const stack = useStack({ seed: true });

  async function concurrentCalls(deduplicate: boolean, headers: (i: number) => Record<string, string> = () => ({})) {
    // Held long enough that all ten calls arrive while the first is in flight, even on a loaded machine.
    const proxy = await startProxy(stack.subgraphs.conventions.url, 1_000);
    try {
      const gateway = await stack.startGateway({ conventionsUrl: proxy.url, responseCacheTtlSeconds: 0, subgraphDeduplicate: deduplicate });
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => graphql(gateway.graphqlUrl, PROGRAMMES, {}, headers(i))));
      expect(answers.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
      expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
      return proxy.requests.length;
    } finally {
      await proxy.stop();
    }
  }

  it('sends ten simultaneous identical queries once, and each caller gets the answer', async () => {
    expect(await concurrentCalls(true)).toBe(1);
  });

  it('sends each when turned off (SUBGRAPH_DEDUPLICATE=false)', async () => {
    expect(await concurrentCalls(false)).toBe(10);
  });

  it('never merges the queries of different callers', async () => {
    const tokens = [TEST_ADMIN_TOKEN, undefined];
    const calls = await concurrentCalls(true, (i) => (tokens[i % 2] ? bearer(tokens[i % 2]!) : {}));
    expect(calls).toBe(2);
  });
});

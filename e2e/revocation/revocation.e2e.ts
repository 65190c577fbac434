import { errorCodes, graphql, identityHeaders } from '@fabrique/kit/testing';
import { bearer, post, sleep } from '../harness/http';
import { startProxy } from '../harness/proxy';
import { redisAvailable, startRedis } from '../harness/redis';
import { TEST_ADMIN_TOKEN, useStack, type RunningGateway } from '../harness/stack';

const ISSUE = `mutation Issue($name: String!) { issueApiToken(input: { name: $name, role: STAFF }) { secret token { id } } }`;
const VIEWER = '{ viewer { role } }';
const admin = bearer(TEST_ADMIN_TOKEN);

/** However a revocation is written, the gateway acts on what the actors subgraph says it revoked. */
const SHAPES: Record<string, (id: string) => { query: string; variables?: Record<string, unknown> }> = {
  'a fragment spread': (id) => ({
    query: `mutation Revoke($id: ID!) { ...R } fragment R on Mutation { revokeApiToken(input: { id: $id }) { id } }`,
    variables: { id },
  }),
  'an inline fragment': (id) => ({ query: `mutation { ... on Mutation { revokeApiToken(input: { id: "${id}" }) { id } } }` }),
  '@include(if: true)': (id) => ({ query: `mutation { revokeApiToken(input: { id: "${id}" }) @include(if: true) { id } }` }),
  '@include with a variable': (id) => ({ query: `mutation($yes: Boolean!) { revokeApiToken(input: { id: "${id}" }) @include(if: $yes) { id } }`, variables: { yes: true } }),
  'an alias': (id) => ({ query: `mutation { gone: revokeApiToken(input: { id: "${id}" }) { status } }` }),
  'a fragment spread in an inline fragment': (id) => ({
    query: `mutation { ... @include(if: true) { ...R } } fragment R on Mutation { again: revokeApiToken(input: { id: "${id}" }) { id } }`,
  }),
};

describe('revocation takes effect at once, however the operation is written', () => {
  const stack = useStack();

  /** A new STAFF token, already accepted (so its verdict is cached) by each gateway given. */
  async function acceptedToken(gateways: RunningGateway[]): Promise<{ secret: string; id: string }> {
    const issued = await graphql(stack.graphqlUrl, ISSUE, { name: 'to revoke' }, admin);
    const { secret, token } = issued.data.issueApiToken;
    for (const gateway of gateways) expect((await graphql(gateway.graphqlUrl, VIEWER, {}, bearer(secret))).data.viewer.role).toBe('STAFF');
    return { secret, id: token.id };
  }

  it.each(Object.keys(SHAPES))('through %s', async (shape) => {
    const { secret, id } = await acceptedToken([stack]);
    const revoke = await post(stack.graphqlUrl, SHAPES[shape]!(id), admin);
    expect(revoke.status).toBe(200);
    expect(revoke.body.errors).toBeUndefined();
    // What the subgraph reports to the gateway is not passed on to the client.
    expect(revoke.text).not.toContain('revokedApiTokens');
    const next = await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret));
    expect(next.status).toBe(401);
    expect(next.errors![0]!.message).toMatch(/revoked/);
  });

  it('inside a batch', async () => {
    const { secret, id } = await acceptedToken([stack]);
    const batch = await post(stack.graphqlUrl, [{ query: VIEWER }, { query: 'mutation($id: ID!) { ...R } fragment R on Mutation { r: revokeApiToken(input: { id: $id }) { id } }', variables: { id } }], admin);
    expect(batch.status).toBe(200);
    expect(batch.body.map((r: { errors?: unknown }) => r.errors)).toEqual([undefined, undefined]);
    expect(batch.text).not.toContain('revokedApiTokens');
    expect((await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret))).status).toBe(401);
  });

  it('also when the token had been revoked before (a gateway may still trust it)', async () => {
    const { secret, id } = await acceptedToken([stack]);
    const elsewhere = await stack.startGateway();
    expect(errorCodes(await graphql(elsewhere.graphqlUrl, `mutation { ...R } fragment R on Mutation { revokeApiToken(input: { id: "${id}" }) { id } }`, {}, admin))).toEqual([]);
    expect((await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret))).status).toBe(200); // no Redis: stale for TOKEN_CACHE_SECONDS
    expect(errorCodes(await graphql(stack.graphqlUrl, `mutation { ... on Mutation { revokeApiToken(input: { id: "${id}" }) { id } } }`, {}, admin))).toEqual([]);
    expect((await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret))).status).toBe(401);
  });

  it('evicts nothing when a revocation fails', async () => {
    const { secret, id } = await acceptedToken([stack]);
    const staff = await acceptedToken([stack]);
    const evict = jest.spyOn(stack.gateway.tokens, 'evict');
    try {
      // A STAFF token may not revoke another STAFF token: FORBIDDEN, nothing revoked, nothing evicted.
      expect(errorCodes(await graphql(stack.graphqlUrl, `mutation { ...R } fragment R on Mutation { revokeApiToken(input: { id: "${id}" }) { id } }`, {}, bearer(staff.secret)))).toEqual([
        'FORBIDDEN',
      ]);
      expect(evict).not.toHaveBeenCalled();
      expect((await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret))).status).toBe(200);
    } finally {
      evict.mockRestore();
    }
  });

  it('is reported by the actors subgraph in a response extension meant for the gateway', async () => {
    const { id } = await acceptedToken([]);
    const asAdmin = identityHeaders({ role: 'ADMIN', subject: 'someone' });
    const revoke = (tokenId: string) => post(stack.subgraphs.actors.url, SHAPES['an inline fragment']!(tokenId), asAdmin);
    expect((await revoke(id)).body.extensions).toEqual({ revokedApiTokens: [id] });
    const missing = await revoke('f'.repeat(24));
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(missing.body.extensions).toBeUndefined();
  });

  it('cannot be faked by a client: a revocation report it sends is neither forwarded nor trusted', async () => {
    const actors = await startProxy(stack.subgraphs.actors.url);
    try {
      const gateway = await stack.startGateway({ actorsUrl: actors.url });
      const { secret, id } = await acceptedToken([gateway]);
      const evict = jest.spyOn(gateway.gateway.tokens, 'evict');
      const fake = { revokedApiTokens: [id] };
      const headers = { ...admin, 'x-fabrique-revoked-api-tokens': id };
      expect((await post(gateway.graphqlUrl, { query: VIEWER, extensions: fake }, headers)).status).toBe(200);
      expect((await post(gateway.graphqlUrl, { query: ISSUE, variables: { name: 'other' }, extensions: fake }, headers)).body.errors).toBeUndefined();
      expect((await post(gateway.graphqlUrl, [{ query: VIEWER, extensions: fake }], headers)).status).toBe(200);
      expect(evict).not.toHaveBeenCalled();
      expect(actors.bodies.length).toBeGreaterThan(0);
      for (const body of actors.bodies) expect(body).not.toContain('revokedApiTokens');
      for (const sent of actors.requests) expect(sent['x-fabrique-revoked-api-tokens']).toBeUndefined();
      expect((await graphql(gateway.graphqlUrl, VIEWER, {}, bearer(secret))).data.viewer.role).toBe('STAFF');
    } finally {
      await actors.stop();
    }
  });

  (redisAvailable ? it : it.skip)('on every gateway sharing a Redis, whatever the shape', async () => {
    const redis = await startRedis();
    try {
      const a = await stack.startGateway({ redisUrl: redis.url, tokenCacheSeconds: 300 });
      const b = await stack.startGateway({ redisUrl: redis.url, tokenCacheSeconds: 300 });
      const { secret, id } = await acceptedToken([a, b]);
      expect((await post(a.graphqlUrl, SHAPES['a fragment spread']!(id), admin)).body.errors).toBeUndefined();
      // The announcement crosses Redis in a moment (B would otherwise trust its verdict for 300 s).
      let status = 200;
      for (let i = 0; i < 40 && status !== 401; i++) {
        await sleep(50);
        status = (await graphql(b.graphqlUrl, VIEWER, {}, bearer(secret))).status;
      }
      expect(status).toBe(401);
    } finally {
      redis.stop();
    }
  });
});

import { createHash } from 'node:crypto';
import { demoOrganisationId } from '@fabrique/kit';
import { errorCodes, graphql, identityHeaders, TEST_IDENTITY_SECRET } from '@fabrique/kit/testing';
import { bearer, sleep } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const ISSUE = `mutation Issue($input: IssueApiTokenInput!) {
  issueApiToken(input: $input) { secret token { id name role status prefix createdBy expiresAt organisation { name } territory { name } } }
}`;
const REVOKE = `mutation Revoke($id: ID!) { revokeApiToken(input: { id: $id }) { id status revokedAt revokedBy } }`;
const VIEWER = `{ viewer { role subject organisation { name } territory { name } token { id name status } } }`;
const LIST = `query List($filter: ApiTokenFilter, $first: Int, $after: String) {
  apiTokens(filter: $filter, first: $first, after: $after) { totalCount edges { node { id name role status } } pageInfo { hasNextPage endCursor } }
}`;

const COLLECTIF = demoOrganisationId('collectif-transitions-domes');
const admin = bearer(TEST_ADMIN_TOKEN);

describe('API tokens: issued, used, listed and revoked through the gateway', () => {
  const stack = useStack({ seed: true });
  let staffToken: string;
  let partnerToken: string;
  let partnerTokenId: string;

  const issue = async (input: Record<string, unknown>, headers: Record<string, string> = admin) => graphql(stack.graphqlUrl, ISSUE, { input }, headers);

  beforeAll(async () => {
    const staff = await issue({ name: 'Alice (staff)', role: 'STAFF' });
    staffToken = staff.data.issueApiToken.secret;
    const partner = await issue({ name: 'Collectif dashboard', role: 'PARTNER', organisationId: COLLECTIF }, bearer(staffToken));
    partnerToken = partner.data.issueApiToken.secret;
    partnerTokenId = partner.data.issueApiToken.token.id;
  });

  it('shows the secret once, and stores only its hash', async () => {
    const res = await issue({ name: 'Territory 63', role: 'TERRITORY_MEMBER', territoryId: 'DEPARTEMENT:63', expiresAt: '2099-01-01T00:00:00Z' });
    expect(res.errors).toBeUndefined();
    const { secret, token } = res.data.issueApiToken;
    expect(secret).toMatch(/^fdt_[0-9a-f]{24}_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ role: 'TERRITORY_MEMBER', status: 'ACTIVE', createdBy: 'bootstrap-admin', territory: { name: 'Puy-de-Dôme' } });
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token.expiresAt).toBe('2099-01-01T00:00:00.000Z');

    const stored = await stack.subgraphs.actors.database.connection.collection('apiTokens').findOne({ _id: token.id } as never);
    expect(stored!.tokenHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(secret.slice(token.prefix.length));
    // The schema has no field that could return a secret after issuing.
    const type = await graphql(stack.graphqlUrl, '{ __type(name: "ApiToken") { fields { name } } }');
    expect(type.data.__type.fields.map((f: { name: string }) => f.name)).not.toEqual(expect.arrayContaining(['secret']));
    expect(type.data.__type.fields.map((f: { name: string }) => f.name)).not.toContain('tokenHash');
  });

  it('authenticates callers: anonymous without a token, the token’s role and actor with one', async () => {
    expect((await graphql(stack.graphqlUrl, VIEWER)).data.viewer).toEqual({ role: 'ANONYMOUS', subject: null, organisation: null, territory: null, token: null });
    const partner = await graphql(stack.graphqlUrl, VIEWER, {}, bearer(partnerToken));
    expect(partner.data.viewer).toEqual({
      role: 'PARTNER',
      subject: partnerTokenId,
      organisation: { name: 'Collectif Transitions Dômes' },
      territory: null,
      token: { id: partnerTokenId, name: 'Collectif dashboard', status: 'ACTIVE' },
    });
    expect((await graphql(stack.graphqlUrl, VIEWER, {}, admin)).data.viewer.role).toBe('ADMIN');
  });

  it('refuses an unknown, malformed or badly sent token with UNAUTHENTICATED (401) before any subgraph is called', async () => {
    const before = await stack.subgraphRequests();
    const unknown = `fdt_${'0'.repeat(24)}_${'A'.repeat(43)}`;
    const forged = `${partnerToken.slice(0, -1)}${partnerToken.endsWith('A') ? 'B' : 'A'}`;
    for (const headers of [bearer(unknown), bearer(forged), bearer('not-a-token'), { authorization: `Basic ${partnerToken}` }, { authorization: 'Bearer' }]) {
      const res = await graphql(stack.graphqlUrl, '{ programmes { kind } }', {}, headers);
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await stack.subgraphRequests()).toEqual(before);
  });

  it('refuses anonymous mutations with UNAUTHENTICATED (401) at the gateway', async () => {
    const before = await stack.subgraphRequests();
    const res = await issue({ name: 'x', role: 'STAFF' }, {});
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(await stack.subgraphRequests()).toEqual(before);
  });

  it('lets staff issue partner and territory tokens, and only administrators issue staff and admin tokens', async () => {
    const staff = bearer(staffToken);
    expect(errorCodes(await issue({ name: 'Bob', role: 'STAFF' }, staff))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await issue({ name: 'Root', role: 'ADMIN' }, staff))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await issue({ name: 'Auvergne-Rhône-Alpes', role: 'TERRITORY_MEMBER', territoryId: 'REGION:84' }, staff))).toEqual([]);
    expect(errorCodes(await issue({ name: 'Other', role: 'PARTNER', organisationId: COLLECTIF }, bearer(partnerToken)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await issue({ name: 'Second admin', role: 'ADMIN' }))).toEqual([]);
  });

  it('checks what a token is bound to', async () => {
    const field = async (input: Record<string, unknown>) => {
      const res = await issue(input);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      return res.errors![0]!.extensions!.field;
    };
    expect(await field({ name: 'p', role: 'PARTNER' })).toBe('input.organisationId');
    expect(await field({ name: 'p', role: 'PARTNER', organisationId: 'ffffffffffffffffffffffff' })).toBe('input.organisationId');
    expect(await field({ name: 't', role: 'TERRITORY_MEMBER', territoryId: 'DEPARTEMENT:999' })).toBe('input.territoryId');
    expect(await field({ name: 's', role: 'STAFF', territoryId: 'DEPARTEMENT:63' })).toBe('input.territoryId');
    expect(await field({ name: ' ', role: 'STAFF' })).toBe('input.name');
    expect(await field({ name: 'old', role: 'STAFF', expiresAt: '2001-01-01T00:00:00Z' })).toBe('input.expiresAt');
    expect(await field({ name: 'bad', role: 'STAFF', expiresAt: 'tomorrow' })).toBe('input.expiresAt');
  });

  it('lists tokens to staff only, newest first, never with their secret', async () => {
    const page = await graphql(stack.graphqlUrl, LIST, { first: 2 }, bearer(staffToken));
    expect(page.errors).toBeUndefined();
    expect(page.data.apiTokens.edges).toHaveLength(2);
    expect(page.data.apiTokens.pageInfo.hasNextPage).toBe(true);
    const next = await graphql(stack.graphqlUrl, LIST, { first: 100, after: page.data.apiTokens.pageInfo.endCursor }, bearer(staffToken));
    const all = [...page.data.apiTokens.edges, ...next.data.apiTokens.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(all).size).toBe(page.data.apiTokens.totalCount);
    expect(all).toContain(partnerTokenId);
    const partners = await graphql(stack.graphqlUrl, LIST, { filter: { role: 'PARTNER', statuses: ['ACTIVE'] } }, admin);
    expect(partners.data.apiTokens.edges.map((e: { node: { role: string } }) => e.node.role)).toEqual(['PARTNER']);
    expect(errorCodes(await graphql(stack.graphqlUrl, LIST, {}, bearer(partnerToken)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(stack.graphqlUrl, LIST, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token once expired, even one the gateway had just accepted', async () => {
    const expiresAt = Date.now() + 3_000;
    const { secret } = (await issue({ name: 'short-lived', role: 'STAFF', expiresAt: new Date(expiresAt).toISOString() })).data.issueApiToken;
    expect((await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret))).data.viewer.role).toBe('STAFF');
    await sleep(expiresAt - Date.now() + 100);
    const res = await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret));
    expect(res.status).toBe(401);
    expect(res.errors![0]!.message).toMatch(/expired/);
  });

  // Every shape of operation, and instances sharing a Redis: revocation.test.ts.
  it('applies a revocation at once on the gateway that relayed it, within TOKEN_CACHE_SECONDS on another', async () => {
    const other = await stack.startGateway({ tokenCacheSeconds: 1 });
    const { secret, token } = (await issue({ name: 'to revoke', role: 'PARTNER', organisationId: COLLECTIF })).data.issueApiToken;
    expect((await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret))).data.viewer.role).toBe('PARTNER');
    expect((await graphql(other.graphqlUrl, VIEWER, {}, bearer(secret))).data.viewer.role).toBe('PARTNER');

    // Staff may not revoke an administrator's token; anyone may not revoke what does not exist.
    const adminToken = (await issue({ name: 'an admin', role: 'ADMIN' })).data.issueApiToken.token.id;
    expect(errorCodes(await graphql(stack.graphqlUrl, REVOKE, { id: adminToken }, bearer(staffToken)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(stack.graphqlUrl, REVOKE, { id: 'ffffffffffffffffffffffff' }, bearer(staffToken)))).toEqual(['NOT_FOUND']);

    const revoked = await graphql(stack.graphqlUrl, REVOKE, { id: token.id }, bearer(staffToken));
    expect(revoked.data.revokeApiToken).toMatchObject({ id: token.id, status: 'REVOKED', revokedBy: expect.any(String) });
    const refused = await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret));
    expect(refused.status).toBe(401);
    expect(refused.errors![0]!.message).toMatch(/revoked/);

    await sleep(1_100);
    expect((await graphql(other.graphqlUrl, VIEWER, {}, bearer(secret))).status).toBe(401);
    const again = await graphql(stack.graphqlUrl, REVOKE, { id: token.id }, admin);
    expect(again.data.revokeApiToken.revokedAt).toBe(revoked.data.revokeApiToken.revokedAt);
  });

  it('asks the actors subgraph once per token and cache lifetime', async () => {
    const lookups = async () => {
      const metric = await stack.gateway.metrics.tokenCache.get();
      return Object.fromEntries(metric.values.map((v) => [v.labels.result, v.value]));
    };
    const { secret } = (await issue({ name: 'cached', role: 'STAFF' })).data.issueApiToken;
    const before = await lookups();
    for (let i = 0; i < 3; i++) await graphql(stack.graphqlUrl, VIEWER, {}, bearer(secret));
    const after = await lookups();
    expect((after.miss ?? 0) - (before.miss ?? 0)).toBe(1);
    expect((after.hit ?? 0) - (before.hit ?? 0)).toBe(2);
  });
});

describe('identity cannot be forged', () => {
  const stack = useStack();

  it('ignores an identity header sent by a client to the gateway (even a validly signed one)', async () => {
    const forged = identityHeaders({ role: 'ADMIN', subject: 'mallory' });
    const viewer = await graphql(stack.graphqlUrl, '{ viewer { role subject } }', {}, forged);
    expect(viewer.data.viewer).toEqual({ role: 'ANONYMOUS', subject: null });
    const issued = await graphql(stack.graphqlUrl, ISSUE, { input: { name: 'x', role: 'ADMIN' } }, forged);
    expect(errorCodes(issued)).toEqual(['UNAUTHENTICATED']);
  });

  it('makes a subgraph reached directly refuse an unsigned or wrongly signed identity', async () => {
    const url = stack.subgraphs.actors.url;
    const unsigned = `v1.${Buffer.from(JSON.stringify({ role: 'ADMIN', iat: 0, exp: 9e9 })).toString('base64url')}.`;
    for (const header of [unsigned, identityHeaders({ role: 'ADMIN' }, 'another-secret-of-at-least-32-characters!!')['x-fabrique-identity']!, 'ADMIN']) {
      const res = await graphql(url, '{ viewer { role } }', {}, { 'x-fabrique-identity': header });
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await graphql(url, '{ viewer { role } }', {}, identityHeaders({ role: 'STAFF', subject: 's' }))).data.viewer.role).toBe('STAFF');
  });

  it('makes the actors subgraph itself refuse token mutations to anonymous callers and non-staff', async () => {
    const url = stack.subgraphs.actors.url;
    const input = { name: 'x', role: 'STAFF' };
    expect(errorCodes(await graphql(url, ISSUE, { input }))).toEqual(['UNAUTHENTICATED']);
    const partner = identityHeaders({ role: 'PARTNER', subject: 'p', organisationId: COLLECTIF });
    expect(errorCodes(await graphql(url, ISSUE, { input }, partner))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(url, REVOKE, { id: '0'.repeat(24) }))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps the token check endpoint of the actors subgraph to the gateway', async () => {
    const endpoint = new URL('/internal/authenticate', stack.subgraphs.actors.url).toString();
    const body = JSON.stringify({ tokenId: '0'.repeat(24), tokenHash: '0'.repeat(64) });
    const asClient = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(asClient.status).toBe(401);
    const asSubgraphCaller = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...identityHeaders({ role: 'STAFF', subject: 'someone' }, TEST_IDENTITY_SECRET) },
      body,
    });
    expect(asSubgraphCaller.status).toBe(401);
  });
});

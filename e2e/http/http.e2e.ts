import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { DEFAULT_SAFELIST_PATH } from '@fabrique/gateway';
import { bearer, post } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack, type RunningGateway } from '../harness/stack';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('HTTP: CORS, CSRF prevention, persisted queries, safelist', () => {
  const stack = useStack();

  describe('CORS (CORS_ORIGINS)', () => {
    let gateway: RunningGateway;
    beforeAll(async () => {
      gateway = await stack.startGateway({ corsOrigins: ['https://dashboard.example.org'] });
    });

    it('answers the preflight of an allowed origin, and lets its browser read responses', async () => {
      const preflight = await fetch(gateway.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin: 'https://dashboard.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const res = await graphql(gateway.graphqlUrl, '{ __typename }', {}, { origin: 'https://dashboard.example.org' });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
    });

    it('gives other origins nothing their browser would accept (the default: same origin only)', async () => {
      const other = await fetch(gateway.graphqlUrl, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const byDefault = await graphql(stack.graphqlUrl, '{ __typename }', {}, { origin: 'https://dashboard.example.org' });
      expect(byDefault.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('CSRF prevention', () => {
    it('refuses "simple" requests a foreign page could send without a preflight', async () => {
      const get = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent('{ programmes { kind } }')}`);
      expect(get.status).toBe(400);
      expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
      const form = await post(stack.graphqlUrl, JSON.stringify({ query: '{ programmes { kind } }' }), { 'content-type': 'text/plain' });
      expect(form.status).toBe(400);
      expect(form.text).toMatch(/Cross-Site Request Forgery/);
    });

    it('refuses form posts (urlencoded, multipart) and a mutation sent that way, before any subgraph', async () => {
      const before = await stack.subgraphRequests();
      const mutation = JSON.stringify({ query: 'mutation { revokeApiToken(input: { id: "x" }) { id } }' });
      for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain;charset=UTF-8']) {
        const form = await post(stack.graphqlUrl, mutation, { 'content-type': type, ...bearer(TEST_ADMIN_TOKEN) });
        expect(form.status).toBe(400);
        expect(form.text).toMatch(/Cross-Site Request Forgery/);
      }
      expect(await stack.subgraphRequests()).toEqual(before);
    });

    it('accepts GET queries that carry a preflight header, never GET mutations', async () => {
      const get = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent('{ programmes { kind } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(get.status).toBe(200);
      const mutation = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent('mutation { revokeApiToken(input: { id: "x" }) { id } }')}`, {
        headers: { 'apollo-require-preflight': 'true', ...bearer(TEST_ADMIN_TOKEN) },
      });
      expect(mutation.status).toBe(405);
    });
  });

  describe('automatic persisted queries', () => {
    it('registers a query under its hash, then runs it from the hash alone (POST and GET)', async () => {
      const query = '{ programmes { kind name } }';
      const persisted = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
      const miss = await post(stack.graphqlUrl, { extensions: persisted });
      expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await post(stack.graphqlUrl, { query, extensions: persisted })).body.errors).toBeUndefined();
      const hit = await post(stack.graphqlUrl, { extensions: persisted });
      expect(hit.status).toBe(200);
      expect(hit.body.data.programmes).toEqual(expect.any(Array));
      const get = await fetch(`${stack.graphqlUrl}?extensions=${encodeURIComponent(JSON.stringify(persisted))}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(get.status).toBe(200);
    });
  });

  describe('safelist mode (SAFELIST=true)', () => {
    let safe: RunningGateway;
    const manifest = JSON.parse(readFileSync(DEFAULT_SAFELIST_PATH, 'utf8')) as { operations: Array<{ id: string; name: string; body: string }> };
    const explore = manifest.operations.find((o) => o.name === 'ExploreTerritory')!;
    const variables = { code: '63', level: 'DEPARTEMENT' };

    beforeAll(async () => {
      safe = await stack.startGateway({ safelist: true });
    });

    it('runs a registered operation by id alone, or sent whole (whatever its spacing)', async () => {
      const byId = await post(safe.graphqlUrl, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: explore.id } } });
      expect(byId.status).toBe(200);
      expect(byId.body.errors).toBeUndefined();
      const whole = await graphql(safe.graphqlUrl, `# reformatted\n${explore.body.replace(/\n\s*/g, ' ')}`, variables);
      expect(errorCodes(whole)).toEqual([]);
    });

    it('refuses anything else with OPERATION_NOT_ALLOWED (403), before any subgraph, and never registers it', async () => {
      const before = await stack.subgraphRequests();
      const query = '{ programmes { kind } }';
      const res = await graphql(safe.graphqlUrl, query);
      expect(res.status).toBe(403);
      expect(errorCodes(res)).toEqual(['OPERATION_NOT_ALLOWED']);
      const register = await post(safe.graphqlUrl, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
      expect(register.status).toBe(403);
      const replay = await post(safe.graphqlUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
      expect(replay.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(await stack.subgraphRequests()).toEqual(before);
    });

    it('still answers introspection, so the playground documents the schema', async () => {
      expect(errorCodes(await graphql(safe.graphqlUrl, '{ __schema { queryType { name } } }'))).toEqual([]);
    });
  });
});

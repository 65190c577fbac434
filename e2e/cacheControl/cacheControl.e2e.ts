// Cache-Control of the gateway's answers (public for anonymous GETs of persisted queries, with the least
// of the subgraphs' @cacheControl hints; private, no-store otherwise) and the public read cache dropping
// only what a mutation touched.
import { graphql } from '@fabrique/kit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, getPersisted, persistedRead } from '../harness/http';
import { redisAvailable } from '../harness/redis';
import { cacheStateOnceChanged, withGatewaysSharingRedis } from '../harness/sharedCache';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const PRIVATE = 'private, no-store';

describe('Cache-Control of the answers (gateway)', () => {
  const stack = useStack({ seed: true });

  it('is public for an anonymous GET of a persisted query, for the least maxAge of the hints involved', async () => {
    // Programmes are reference data (3600 s).
    const programmes = await persistedRead(stack.graphqlUrl, '{ programmes { kind name } }');
    expect(programmes.body.errors).toBeUndefined();
    expect(programmes.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(programmes.headers.get('vary')).toMatch(/Authorization/);
    // With a page of organisations (public records, 300 s) from another subgraph: the least wins.
    const records = await persistedRead(stack.graphqlUrl, '{ programmes { kind } organisations(first: 2) { totalCount edges { node { name } } } }');
    expect(records.body.errors).toBeUndefined();
    expect(records.headers.get('cache-control')).toBe('public, max-age=300');
    // With statistics (60 s).
    const statistics = await persistedRead(stack.graphqlUrl, '{ territory(code: "63", level: DEPARTEMENT) { name } knowledgeStatistics { experienceCount } }');
    expect(statistics.body.errors).toBeUndefined();
    expect(statistics.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('is public for an anonymous GET of a registered operation by its id (safelist mode)', async () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../gateway/operations/manifest.json'), 'utf8')) as { operations: { id: string; name: string }[] };
    const idOf = (name: string) => manifest.operations.find((o) => o.name === name)!.id;
    const gateway = await stack.startGateway({ safelist: true });
    // Territory pages hold conventions and experiences (300 s); the dashboard holds statistics (60 s).
    const territory = await getPersisted(gateway.graphqlUrl, '', { id: idOf('ExploreTerritory'), variables: { code: '63', level: 'DEPARTEMENT' } });
    expect(territory.body.errors).toBeUndefined();
    expect(territory.body.data.territory.name).toBe('Puy-de-Dôme');
    expect(territory.headers.get('cache-control')).toBe('public, max-age=300');
    const dashboard = await getPersisted(gateway.graphqlUrl, '', { id: idOf('DashboardOverview') });
    expect(dashboard.body.errors).toBeUndefined();
    expect(dashboard.headers.get('cache-control')).toBe('public, max-age=60');
    const withToken = await getPersisted(gateway.graphqlUrl, '', { id: idOf('DashboardOverview'), headers: bearer(TEST_ADMIN_TOKEN) });
    expect(withToken.headers.get('cache-control')).toBe(PRIVATE);
  });

  it('is private, no-store for a caller with a token, for the same read', async () => {
    const query = '{ programmes { kind name } }';
    const read = await persistedRead(stack.graphqlUrl, query, bearer(TEST_ADMIN_TOKEN));
    expect(read.body.errors).toBeUndefined();
    expect(read.headers.get('cache-control')).toBe(PRIVATE);
  });

  it('is private, no-store when the answer holds private data (the caller, diagnostics, applications)', async () => {
    for (const query of [
      '{ programmes { kind } viewer { role } }',
      '{ territory(code: "63", level: DEPARTEMENT) { name diagnostics { totalCount } } }',
      '{ applications(first: 1) { totalCount } }',
    ]) {
      const read = await persistedRead(stack.graphqlUrl, query);
      expect(read.body.errors).toBeUndefined();
      expect([query, read.headers.get('cache-control')]).toEqual([query, PRIVATE]);
    }
  });

  it('is never public for a POST, a GET of a whole query, an unknown hash, an error or a mutation', async () => {
    const query = '{ programmes { kind name } }';
    expect((await graphql(stack.graphqlUrl, query)).headers.get('cache-control')).toBe(PRIVATE);
    const whole = await fetch(`${stack.graphqlUrl}?${new URLSearchParams({ query })}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('cache-control')).toBe(PRIVATE);
    const unknown = await getPersisted(stack.graphqlUrl, '{ programmes { name } __typename }');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).not.toMatch(/public/);
    const failing = await persistedRead(stack.graphqlUrl, '{ programmes { kind } territory(code: "84") { name } }');
    expect(failing.body.errors?.length).toBeGreaterThan(0);
    expect(failing.headers.get('cache-control')).toBe(PRIVATE);
    const mutation = await graphql(
      stack.graphqlUrl,
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { slug: `cache-control-${process.pid}`, name: 'Organisation du test Cache-Control', kind: 'ASSOCIATION' } },
      bearer(TEST_ADMIN_TOKEN),
    );
    expect(mutation.errors).toBeUndefined();
    expect(mutation.headers.get('cache-control')).toBe(PRIVATE);
    // Refused before the operation runs (a token nobody issued): not for shared caches either.
    const direct = await getPersisted(stack.graphqlUrl, query, { headers: bearer('not-a-token') });
    expect(direct.status).toBe(401);
    expect(direct.headers.get('cache-control')).toBe(PRIVATE);
  });
});

describe('the public read cache drops only what a mutation touched (gateway)', () => {
  const stack = useStack({ seed: true });
  const TERRITORY = '{ territory(code: "63", level: DEPARTEMENT) { id name population } }';
  const PROGRAMMES = '{ programmes { kind name } }';
  const ORGANISATIONS = '{ organisations(first: 100) { totalCount } }';
  const ORGANISATION = 'query($slug: String!) { organisation(slug: $slug) { name } }';
  const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }';
  const UPDATE = 'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }';

  it('keeps territory and programme reads across a mutation of an organisation, and drops the organisation reads', async () => {
    const count = (await graphql(stack.graphqlUrl, ORGANISATIONS)).data.organisations.totalCount;
    for (const query of [TERRITORY, PROGRAMMES, ORGANISATIONS]) {
      await graphql(stack.graphqlUrl, query);
      expect([query, (await graphql(stack.graphqlUrl, query)).headers.get('x-fabrique-cache')]).toEqual([query, 'hit']);
    }
    const created = await graphql(stack.graphqlUrl, CREATE, { input: { slug: `touched-${process.pid}`, name: 'Avant', kind: 'ASSOCIATION' } }, bearer(TEST_ADMIN_TOKEN));
    expect(created.errors).toBeUndefined();

    const before = await stack.subgraphRequests();
    const territory = await graphql(stack.graphqlUrl, TERRITORY);
    const programmes = await graphql(stack.graphqlUrl, PROGRAMMES);
    expect([territory.headers.get('x-fabrique-cache'), programmes.headers.get('x-fabrique-cache')]).toEqual(['hit', 'hit']);
    expect(await stack.subgraphRequests()).toEqual(before);

    const organisations = await graphql(stack.graphqlUrl, ORGANISATIONS);
    expect(organisations.headers.get('x-fabrique-cache')).toBe('miss');
    expect(organisations.data.organisations.totalCount).toBe(count + 1);
    expect((await stack.subgraphRequests()).actors).toBe(before.actors + 1);
  });

  it('never serves a read holding the entity changed as it was before the change', async () => {
    const slug = `renamed-${process.pid}`;
    const created = await graphql(stack.graphqlUrl, CREATE, { input: { slug, name: 'Ancien nom', kind: 'ASSOCIATION' } }, bearer(TEST_ADMIN_TOKEN));
    const id = created.data.createOrganisation.id;
    const first = await graphql(stack.graphqlUrl, ORGANISATION, { slug });
    expect([first.errors, first.data.organisation.name]).toEqual([undefined, 'Ancien nom']);
    expect((await graphql(stack.graphqlUrl, ORGANISATION, { slug })).headers.get('x-fabrique-cache')).toBe('hit');
    const updated = await graphql(stack.graphqlUrl, UPDATE, { input: { id, expectedVersion: 1, changes: { name: 'Nouveau nom' } } }, bearer(TEST_ADMIN_TOKEN));
    expect(updated.errors).toBeUndefined();
    const after = await graphql(stack.graphqlUrl, ORGANISATION, { slug });
    expect([after.headers.get('x-fabrique-cache'), after.data.organisation.name]).toEqual(['miss', 'Nouveau nom']);
  });

  it("drops a read of another subgraph holding organisations (entity fetches), and keeps that subgraph's others", async () => {
    const PARTIES = '{ conventions(first: 20) { edges { node { title parties { actor { name } } } } } }';
    const COUNT = '{ conventions(first: 20) { totalCount } }';
    for (const query of [PARTIES, COUNT]) {
      await graphql(stack.graphqlUrl, query);
      expect([query, (await graphql(stack.graphqlUrl, query)).headers.get('x-fabrique-cache')]).toEqual([query, 'hit']);
    }
    await graphql(stack.graphqlUrl, CREATE, { input: { slug: `parties-${process.pid}`, name: 'Partie', kind: 'ASSOCIATION' } }, bearer(TEST_ADMIN_TOKEN));
    expect((await graphql(stack.graphqlUrl, PARTIES)).headers.get('x-fabrique-cache')).toBe('miss');
    expect((await graphql(stack.graphqlUrl, COUNT)).headers.get('x-fabrique-cache')).toBe('hit');
  });

  it('drops what a failed mutation may have touched too, and keeps the rest', async () => {
    await graphql(stack.graphqlUrl, ORGANISATIONS);
    await graphql(stack.graphqlUrl, TERRITORY);
    const refused = await graphql(stack.graphqlUrl, CREATE, { input: { slug: 'Not A Slug!', name: 'X', kind: 'ASSOCIATION' } }, bearer(TEST_ADMIN_TOKEN));
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graphql(stack.graphqlUrl, ORGANISATIONS)).headers.get('x-fabrique-cache')).toBe('miss');
    expect((await graphql(stack.graphqlUrl, TERRITORY)).headers.get('x-fabrique-cache')).toBe('hit');
  });

  const withRedis = redisAvailable ? it : it.skip;
  withRedis('drops on every instance sharing Redis what a mutation touched there, and only that', () =>
    withGatewaysSharingRedis(stack, async (a, b) => {
      for (const query of [TERRITORY, ORGANISATIONS]) {
        await graphql(b.graphqlUrl, query);
        expect((await graphql(b.graphqlUrl, query)).headers.get('x-fabrique-cache')).toBe('hit');
      }
      await graphql(a.graphqlUrl, CREATE, { input: { slug: `redis-${process.pid}`, name: 'Via Redis', kind: 'ASSOCIATION' } }, bearer(TEST_ADMIN_TOKEN));
      // The announcement crosses Redis: wait for it (a second at most).
      expect(await cacheStateOnceChanged(b, ORGANISATIONS, 1_000)).toBe('miss');
      expect((await graphql(b.graphqlUrl, TERRITORY)).headers.get('x-fabrique-cache')).toBe('hit');
    }));
});

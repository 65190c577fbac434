import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig } from '@fabrique/gateway';
import { getVariableValues } from 'graphql/execution/values';
import { Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { DatasetManifest } from '../bench/dataset/manifest';
import { percentile } from '../bench/load/stats';
import { OPERATIONS } from '../bench/operations';
import { parseBenchArgs, WORKLOAD_NAMES } from '../bench/options';
import { RootFetchPlanner } from '../bench/plan';
import { classify } from '../bench/request';
import { apiSchema, readSupergraph, rewriteSubgraphUrls } from '../bench/supergraph';
import { check, checkTargets } from '../bench/targets';
import { territoryPool } from '../bench/dataset/territories';
import { CACHED, directFigures, hiveConfigModule, LIKE_FOR_LIKE, leverSides, measurementsOf, READ_CACHE_TTL_SECONDS, writeHiveConfig } from '../bench/comparisons';
import { LEVERS, NO_READ_CACHE, variantEnv } from '../bench/levers';
import { hiveArgs } from '../bench/processes';
import { cachedTable, summaryTable, type BenchReport, type TargetFigures } from '../bench/report';
import { childrenProbeRequests, territoryArgs, WORKLOADS, type Publishing } from '../bench/workloads';

// The benchmark's own logic, without any load: what it sends is valid, what it computes is right.

const manifest: DatasetManifest = {
  scale: 'quick',
  loadedAt: '2025-01-01T00:00:00.000Z',
  seconds: { total: 1 },
  counts: { organisations: 10, experiences: 100 },
  territories: { regions: ['REGION:84', 'REGION:11'], departements: ['DEPARTEMENT:63', 'DEPARTEMENT:15'], epcis: ['EPCI:246300701'], communes: ['COMMUNE:63113', 'COMMUNE:15014'] },
  childrenProbe: { many: { id: 'DEPARTEMENT:63', children: 100 }, few: { id: 'EPCI:246300701', children: 10 } },
  partnerOrganisations: ['64b000000000000000000001'],
  programmes: [
    { id: '64b000000000000000000101', kind: 'SHORT_DIAGNOSTIC' },
    { id: '64b000000000000000000102', kind: 'PILOT_COHORT' },
  ],
  themes: ['energie', 'mobilite'],
  searchTerms: ['vélo', 'rénovation énergétique', 'cantine', 'haies'],
  conventions: ['64b000000000000000000201'],
};
const publishing = (): Publishing => ({ tokens: [{ organisationId: '64b000000000000000000001', tokenId: 't1', secret: 's1' }], created: [] });

function operationOf(query: string): OperationDefinitionNode {
  return parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
}

/** Validation errors of the document, and of the variables against its variable definitions. */
function problems(schema: GraphQLSchema, query: string, variables: Record<string, unknown>): string[] {
  const errors = validate(schema, parse(query)).map((e) => e.message);
  const coerced = getVariableValues(schema, operationOf(query).variableDefinitions ?? [], variables);
  return [...errors, ...(coerced.errors ?? []).map((e) => e.message)];
}

describe('the benchmark', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = apiSchema();
  });

  it('sends only operations valid against the public API', () => {
    for (const [name, query] of Object.entries(OPERATIONS)) {
      expect({ name, errors: validate(schema, parse(query)).map((e) => e.message) }).toEqual({ name, errors: [] });
      expect(operationOf(query).name?.value).toBe(name);
    }
  });

  it.each(WORKLOAD_NAMES)('%s: varied requests whose variables fit their operation', (name) => {
    const workload = WORKLOADS[name];
    const next = workload.generator(manifest, 1, publishing());
    const bodies = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const request = next();
      expect(workload.operations).toContain(request.operationName);
      expect(problems(schema, request.query, request.variables)).toEqual([]);
      bodies.add(JSON.stringify(request.variables));
      // The publishing workload continues a draft once its creation or edit is answered.
      if (request.operationName === 'CreateExperience') request.onAnswer?.({ data: { createExperience: { id: `x${i}`, version: 1, status: 'DRAFT' } } });
      if (request.operationName === 'UpdateExperience') request.onAnswer?.({ data: { updateExperience: { id: request.variables.id, version: 2 } } });
    }
    expect(bodies.size).toBeGreaterThan(5);
  });

  it('publishes as partners: create, then update with the version, then submit, each with its token', () => {
    const written = publishing();
    const next = WORKLOADS.publishing.generator(manifest, 1, written);
    const create = next();
    expect(create.operationName).toBe('CreateExperience');
    expect(create.headers).toEqual({ authorization: 'Bearer s1' });
    create.onAnswer?.({ data: { createExperience: { id: 'e1', version: 1 } } });
    const update = next();
    expect(update).toMatchObject({ operationName: 'UpdateExperience', variables: { id: 'e1', expectedVersion: 1 } });
    update.onAnswer?.({ data: { updateExperience: { id: 'e1', version: 2 } } });
    expect(next()).toMatchObject({ operationName: 'SubmitExperience', variables: { id: 'e1', expectedVersion: 2 } });
    // A failed creation leaves nothing to continue.
    const failed = next();
    failed.onAnswer?.({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    expect(next().operationName).toBe('CreateExperience');
    // What it created is known, to be removed after the run.
    expect(written.created).toEqual(['e1']);
  });

  it('probes the territories of the manifest with the same page', () => {
    const { many, few } = childrenProbeRequests(manifest);
    expect(many.variables).toEqual({ code: '63', level: 'DEPARTEMENT' });
    expect(few.variables).toEqual({ code: '246300701', level: 'EPCI' });
    expect(many.query).toBe(few.query);
    expect(territoryArgs('COMMUNE:2A004')).toEqual({ code: '2A004', level: 'COMMUNE' });
  });

  it('asks a subgraph directly what the query plan sends it first, with the variables it uses', () => {
    const planner = new RootFetchPlanner(readSupergraph());
    const page = WORKLOADS.exploring.generator(manifest, 1)();
    expect(planner.rootSubgraphs(page)).toEqual(['actors']);
    const direct = planner.direct(page, 'actors')!;
    expect(direct.query).toMatch(/^query ExploreTerritory__actors__0/);
    expect(direct.query).not.toMatch(/experiences/);
    expect(direct.variables).toEqual(page.variables);
    expect(planner.direct(page, 'knowledge')).toBeNull();
    const dashboard = { operationName: 'DashboardStatistics', query: OPERATIONS.DashboardStatistics!, variables: { territory: 'REGION:84' } };
    expect(planner.rootSubgraphs(dashboard).sort()).toEqual(['actors', 'conventions', 'knowledge']);
    expect(planner.direct(dashboard, 'actors')!.variables).toEqual({});
    expect(planner.direct(dashboard, 'conventions')!.variables).toEqual({ territory: 'REGION:84' });
  });

  it('points a copy of the supergraph at the bench subgraphs', () => {
    const urls = { actors: 'http://127.0.0.1:5001/graphql', conventions: 'http://127.0.0.1:5002/graphql', knowledge: 'http://127.0.0.1:5003/graphql' };
    const rewritten = rewriteSubgraphUrls(readSupergraph(), urls);
    for (const [name, url] of Object.entries(urls)) expect(rewritten).toContain(`@join__graph(name: "${name}", url: "${url}")`);
    expect(rewritten).not.toMatch(/url: "http:\/\/127\.0\.0\.1:400\d/);
    expect(() => rewriteSubgraphUrls(readSupergraph(), { actors: urls.actors })).toThrow('no URL given for subgraph "conventions"');
    expect(() => rewriteSubgraphUrls(readSupergraph(), { ...urls, inventory: 'http://x/graphql' })).toThrow('no subgraph named inventory');
  });

  it('counts GraphQL errors in 200 responses as errors', () => {
    expect(classify(200, '{"data":{"a":1}}').outcome).toBe('ok');
    expect(classify(200, '{"data":{"a":null},"errors":[{"message":"x","extensions":{"code":"SUBGRAPH_TIMEOUT"}}]}')).toMatchObject({ outcome: 'graphql-error', codes: ['SUBGRAPH_TIMEOUT'] });
    expect(classify(200, 'not json')).toMatchObject({ outcome: 'graphql-error', codes: ['NOT_GRAPHQL'] });
    expect(classify(429, '{"errors":[{"message":"slow down","extensions":{"code":"RATE_LIMITED"}}]}')).toMatchObject({ outcome: 'http-error', codes: ['RATE_LIMITED'] });
    expect(classify(502, '')).toMatchObject({ outcome: 'http-error', codes: ['HTTP_502'] });
  });

  it('combines the subgraphs asked directly by their costs, and gives none when one answered nothing', () => {
    const figures = (target: string, reqPerSec: number, p99: number | null) => ({ target, throughput: { reqPerSec }, latency: { p99 } }) as unknown as TargetFigures;
    // Two root requests per operation to actors at 100 req/s, one to conventions at 50: 1 / (2/100 + 1/50) = 25.
    const both = [figures('direct:actors', 100, 12), figures('direct:conventions', 50, 30)];
    expect(directFigures(both, { actors: 2, conventions: 1 })).toEqual({ shares: { actors: 2, conventions: 1 }, reqPerSec: 25, p99: 30 });
    const stalled = [figures('direct:knowledge', 0, 3_083)];
    expect(directFigures(stalled, { knowledge: 1 })!.reqPerSec).toBe(0);
    expect(directFigures(stalled, {})).toBeNull();
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect([percentile(values, 50), percentile(values, 99), percentile(values, 100)]).toEqual([50, 99, 100]);
    expect(percentile([], 99)).toBeNull();
  });

  it('says PASS or MISS for each target, and by how much', () => {
    expect(check('p99', 120, 'below', 150, 'ms')).toMatchObject({ pass: true, verdict: 'PASS (30 ms to spare)' });
    expect(check('p99', 600, 'below', 150, 'ms')).toMatchObject({ pass: false, verdict: 'MISS by 450 ms (4.0× the limit)' });
    expect(check('ratio', 0.6, 'atLeast', 1.2, '×')).toMatchObject({ pass: false, verdict: 'MISS by 0.60× (2.0× short)' });
    expect(check('p99', null, 'below', 150, 'ms')).toMatchObject({ pass: false, verdict: 'MISS: not measured' });
    const checks = checkTargets({
      p99: { dashboard: 140, exploring: 101, search: null },
      errors: { dashboard: 0, publishing: 3 },
      oursVsHive: { dashboard: 1.5 },
      childrenProbe: { many: 12, few: 12 },
      memory: { gateway: 180, actors: 320 },
    });
    const verdicts = Object.fromEntries(checks.map((c) => [c.target, c.pass]));
    expect(verdicts).toEqual({
      'p99 at 100 req/s, dashboard': true,
      'p99 at 100 req/s, territory page': false,
      'p99 at 100 req/s, search': false,
      'no errors, dashboard': true,
      'no errors, publishing': false,
      'req/s at 50 connections ≥ 1.2× Hive Gateway, both uncached, dashboard': true,
      'round trips of a territory page: ~100 children = ~10 children': true,
      'peak memory < 300 MB, gateway': true,
      'peak memory < 300 MB, actors': false,
    });
    expect(checkTargets({ p99: {}, errors: {}, oursVsHive: {}, childrenProbe: { many: 14, few: 12 }, memory: {} })[0]!.verdict).toBe('MISS by 2 round trips (14 round trips vs 12 round trips)');
  });

  it('gives a workload not loaded its time alone as a lower bound of its p99, and MISS on the rest', () => {
    const checks = checkTargets({ p99: {}, errors: {}, oursVsHive: { search: null }, childrenProbe: null, memory: {}, unloaded: { search: 4000 } });
    expect(Object.fromEntries(checks.map((c) => [c.target, c.verdict]))).toEqual({
      'p99 at 100 req/s, search': 'MISS by at least 3800 ms (20.0× the limit): one request alone, not loaded',
      'no errors, search': 'MISS: not loaded (one request alone outlasts the timeout)',
      'req/s at 50 connections ≥ 1.2× Hive Gateway, both uncached, search': 'MISS: not loaded (one request alone outlasts the timeout)',
    });
  });

  it('measures every lever but the read cache itself with the read cache off on both sides', () => {
    const byName = Object.fromEntries(LEVERS.map((l) => [l.name, l]));
    expect(variantEnv(byName['no public read cache']!)).toEqual({ gateway: { RESPONSE_CACHE_TTL_SECONDS: '0' } });
    expect(variantEnv(byName['no query plan cache']!)).toEqual({ gateway: { RESPONSE_CACHE_TTL_SECONDS: '0', QUERY_PLAN_CACHE_MIB: '0' } });
    expect(variantEnv(byName['no batching']!)).toMatchObject({ gateway: { RESPONSE_CACHE_TTL_SECONDS: '0' }, knowledge: { LOADER_BATCHING: 'false' } });
    expect(LEVERS.filter((l) => !l.withoutReadCache).map((l) => l.name)).toEqual(['no public read cache']);
  });

  it('measures the headline figures like for like, and the caches apart, each gateway with its own', () => {
    // Like for like: our read cache off, Hive Gateway without response caching (its default).
    expect(LIKE_FOR_LIKE.ours.env).toEqual(NO_READ_CACHE);
    expect(LIKE_FOR_LIKE.hive.responseCaching).toBeNull();
    // Cached: ours as configured (the default TTL, 30 s), Hive with the same TTL (milliseconds), public.
    expect(loadGatewayConfig({ IDENTITY_SECRET: 'x'.repeat(32) }).responseCacheTtlSeconds).toBe(READ_CACHE_TTL_SECONDS);
    expect(CACHED.ours.env).toEqual({ RESPONSE_CACHE_TTL_SECONDS: '30' });
    expect(CACHED.hive.responseCaching).toEqual({ ttlMs: 30_000, session: 'public' });
    // Every read workload: the headline table (ours, Hive, the subgraphs directly), then the cached one.
    expect(measurementsOf('read')).toEqual([
      { table: 'like for like', targets: ['ours', 'hive', 'direct'] },
      { table: 'cached', targets: ['ours cached', 'hive cached'] },
    ]);
    // Writes: ours only (Hive cannot sign our identity header), uncached like the headline figures.
    expect(measurementsOf('write')).toEqual([{ table: 'like for like', targets: ['ours'] }]);
    expect(measurementsOf('read', false).map((m) => m.targets)).toEqual([['ours', 'direct'], ['ours cached']]);
  });

  it('runs the levers against the main gateway (read cache off), the read cache lever against ours as configured', () => {
    const byName = Object.fromEntries(LEVERS.map((l) => [l.name, l]));
    const readCache = byName['no public read cache']!;
    // Its variant is the main gateway as it runs: no process of its own.
    expect(leverSides(readCache)).toEqual({ reference: 'ours cached', variant: 'ours' });
    expect(variantEnv(readCache)).toEqual({ gateway: LIKE_FOR_LIKE.ours.env });
    for (const lever of LEVERS.filter((l) => l !== readCache)) expect(leverSides(lever)).toEqual({ reference: 'ours', variant: 'started' });
  });

  it('starts Hive Gateway with no config file like for like, and with its response caching from one when cached', () => {
    const plain = hiveArgs('/tmp/supergraph.graphql', 4100);
    expect(plain.slice(1)).toEqual(['supergraph', '/tmp/supergraph.graphql', '--host', '127.0.0.1', '--port', '4100', '--fork', '1', '--disable-websockets', '--polling', '24h']);
    expect(hiveArgs('/tmp/supergraph.graphql', 4100, '/tmp/gateway.config.mjs')).toEqual(expect.arrayContaining(['--config-path', '/tmp/gateway.config.mjs']));
    const dir = mkdtempSync(join(tmpdir(), 'bench-hive-'));
    try {
      const file = writeHiveConfig(dir, CACHED.hive.responseCaching!);
      expect(file).toBe(join(dir, 'gateway.config.mjs'));
      // Imported as Hive Gateway imports it: an ES module exporting `gatewayConfig`.
      const read = `import(${JSON.stringify(`file://${file}`)}).then(({ gatewayConfig: { responseCaching: r } }) => console.log(JSON.stringify({ ttl: r.ttl, session: r.session() })))`;
      expect(JSON.parse(execFileSync(process.execPath, ['-e', read], { encoding: 'utf8' }))).toEqual({ ttl: 30_000, session: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(hiveConfigModule({ ttlMs: 5_000, session: 'public' })).toContain('ttl: 5000,');
  });

  it('says in the report which figures are like for like and which are cached', () => {
    const figures = (target: string, reqPerSec: number): TargetFigures => ({
      target,
      throughput: { requests: 100, errors: 0, codes: {}, roundTripsPerRequest: 0.5, seconds: 1, reqPerSec },
      latency: { requests: 100, errors: 0, codes: {}, roundTripsPerRequest: 0.5, rate: 100, p50: 2, p95: 3, p99: 4, max: 5 },
    });
    const report = {
      comparisons: {
        likeForLike: { ours: LIKE_FOR_LIKE.ours.caching, hive: LIKE_FOR_LIKE.hive.caching },
        cached: { ours: CACHED.ours.caching, hive: CACHED.hive.caching },
      },
      workloads: [{ name: 'directory', summary: '', kind: 'read', targets: [figures('ours', 600), figures('hive', 300)], direct: null, oursVsHive: 2, oursVsDirect: null }],
      cached: [{ workload: 'directory', targets: [figures('ours cached', 4000), figures('hive cached', 1000)], oursVsHive: 4 }],
    } as unknown as BenchReport;
    expect(summaryTable(report)).toMatch(/^Like for like: ours with its public read cache off \(RESPONSE_CACHE_TTL_SECONDS=0\), Hive Gateway with no response caching/);
    const cached = cachedTable(report);
    expect(cached).toMatch(/^Cached \(not like for like with the table above\): ours with its public read cache on.*Hive Gateway with its responseCaching on \(ttl 30000 ms, session null: public\)/);
    expect(cached).toContain('| directory | ours cached | 4000.0 |');
    expect(cached).toMatch(/\| directory \| ours cached .* \| 4\.00× \|/);
    expect(cachedTable({ ...report, cached: [] })).toContain('Not measured');
  });

  it('picks probe territories whose children have items when some do, the closest size otherwise', () => {
    const pool = territoryPool(['63']);
    const closest = pool.closestByChildren(10);
    const other = pool.closestByChildren(10, (ids) => ids.length !== closest.children);
    expect(other.children).not.toBe(closest.children);
    expect(pool.closestByChildren(10, () => false)).toEqual(closest);
  });

  it('reads its options', () => {
    expect(parseBenchArgs([])).toMatchObject({ settings: { scale: 'full' }, workloads: [...WORKLOAD_NAMES], reload: false, loadAnyway: false });
    expect(parseBenchArgs(['--quick', '--workload', 'search', '--workload=exploring,search', '--reload', '--load-anyway'])).toMatchObject({
      settings: { scale: 'quick' },
      workloads: ['search', 'exploring'],
      reload: true,
      loadAnyway: true,
    });
    expect(parseBenchArgs(['--no-levers']).settings).toMatchObject({ scale: 'full', leverSeconds: 0 });
    expect(parseBenchArgs([]).settings.leverSeconds).toBeGreaterThan(0);
    expect(() => parseBenchArgs(['--workload', 'nope'])).toThrow('unknown workload "nope"');
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown option "--fast"');
  });
});

import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { SERVICES } from '../src/seed';
import { ROOT } from '../src/tasks';
import { benchDatabaseName, BENCH_DATA_DIR, ensureDataset, provideBenchDatabase, removeCreatedExperiences, type BenchDatabase } from './database';
import type { DatasetManifest } from './dataset/manifest';
import { CACHED, directFigures, LIKE_FOR_LIKE, leverSides, measurementsOf } from './comparisons';
import { examinedSource, perRequest, settledReading, type ExaminedSource } from './examined';
import { FIXED_LEVERS, LEVERS, variantEnv } from './levers';
import { closedLoop } from './load/closedLoop';
import { measureTargets, type CpuGroups, type MeasuredTarget } from './measure';
import { ISSUE_API_TOKEN, REVOKE_API_TOKEN } from './operations';
import type { BenchOptions, BenchSettings } from './options';
import { RootFetchPlanner } from './plan';
import { peakMemoryMb, totalRoundTrips, waitIdle } from './probes';
import { ProcessRegistry, startHive, startOurStack, startVariant, type BenchStack, type StackSettings, type Variant } from './processes';
import {
  cachedTable,
  examinedTable,
  summaryTable,
  targetsTable,
  writeReport,
  type BenchReport,
  type CachedReport,
  type ExaminedReport,
  type ExaminedWorkload,
  type LeverReport,
  type WorkloadReport,
} from './report';
import { classify, requestBody, type GraphQLAnswer, type GraphQLRequest, type RequestGenerator } from './request';
import { readSupergraph } from './supergraph';
import { checkTargets } from './targets';
import { childrenProbeRequests, WORKLOADS, type PartnerToken, type Publishing, type Workload } from './workloads';

const RESULTS_DIR = join(ROOT, 'infra', 'bench', 'results');
/** The label of our gateway with its read cache on (see `oursCached`), and its process name. */
const CACHED_LABEL = 'with-read-cache';
const CACHED_GATEWAY = `gateway ${CACHED_LABEL}`;
/** Partner tokens the publishing workload writes with (one per organisation, at most). */
const PARTNER_TOKENS = 10;
const DIRECT_SAMPLE = 200;

/** Sends one GraphQL request and reads the answer, never waiting longer than `timeoutMs`. */
async function send(url: string, request: GraphQLRequest, headers: Record<string, string> = {}, timeoutMs = 60_000) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: requestBody(request),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return classify(response.status, await response.text());
}

/** What the run started, for the command to stop on Ctrl-C or failure. */
export interface RunHandles {
  registry: ProcessRegistry;
  database?: BenchDatabase;
  /** Run once the processes are stopped, before the database is (undoing the run's writes). */
  afterStop: (() => Promise<void>)[];
}

interface Context {
  options: BenchOptions;
  manifest: DatasetManifest;
  stack: BenchStack;
  stackSettings: StackSettings;
  registry: ProcessRegistry;
  planner: RootFetchPlanner;
  publishing: Publishing;
  /** The bench's own FerretDB, when it started one (null: the database at MONGODB_URI). */
  databasePid: number | null;
  /** Resolves once the servers have finished what earlier requests left them. */
  idle: () => Promise<unknown>;
  log: (line: string) => void;
  /** Our gateway with its read cache on (see CACHED), started when first needed: the read cache lever, the cached table. */
  oursCached?: Variant;
}

/** Our gateway as configured (read cache on), started once beside the main one (read cache off). */
async function oursCached(ctx: Context): Promise<Variant> {
  ctx.oursCached ??= await startVariant(ctx.stack, ctx.stackSettings, ctx.registry, CACHED_LABEL, { gateway: CACHED.ours.env });
  return ctx.oursCached;
}

async function issuePartnerTokens(gateway: string, bootstrapToken: string, organisations: string[]): Promise<PartnerToken[]> {
  const tokens: PartnerToken[] = [];
  for (const organisationId of organisations.slice(0, PARTNER_TOKENS)) {
    const request = { operationName: 'IssueBenchToken', query: ISSUE_API_TOKEN, variables: { input: { name: 'bench publishing workload', role: 'PARTNER', organisationId } } };
    const { outcome, answer, codes } = await send(gateway, request, { authorization: `Bearer ${bootstrapToken}` });
    const issued = (answer?.data as { issueApiToken?: { token: { id: string }; secret: string } } | null)?.issueApiToken;
    if (outcome !== 'ok' || !issued) throw new Error(`issuing a PARTNER token for ${organisationId} failed: ${codes.join(', ')} ${answer?.errors?.[0]?.message ?? ''}`);
    tokens.push({ organisationId, tokenId: issued.token.id, secret: issued.secret });
  }
  return tokens;
}

async function revokeTokens(gateway: string, bootstrapToken: string, tokens: PartnerToken[]): Promise<void> {
  for (const token of tokens) {
    const request = { operationName: 'RevokeBenchToken', query: REVOKE_API_TOKEN, variables: { id: token.tokenId } };
    await send(gateway, request, { authorization: `Bearer ${bootstrapToken}` }, 5_000).catch(() => undefined);
  }
}

/** A generator of the requests a client calling `subgraph` directly sends for this workload (the plans' root fetches). */
function directGenerator(base: RequestGenerator, planner: RootFetchPlanner, subgraph: string): RequestGenerator {
  return () => {
    for (let i = 0; i < 1000; i += 1) {
      const direct = planner.direct(base(), subgraph);
      if (direct) return direct;
    }
    throw new Error(`no operation of this workload starts with ${subgraph}`);
  };
}

/**
 * The like-for-like targets of a workload (see `measurementsOf`): our gateway without its read cache;
 * for reads, Hive Gateway without response caching and each subgraph its plans start with.
 */
function targetsOf(workload: Workload, ctx: Context): { targets: MeasuredTarget[]; shares: Record<string, number> } {
  const every = SERVICES.map((s) => ctx.stack.subgraphs[s]);
  // Where each target's requests spend CPU: its gateway (none asked directly), the subgraphs, the bench's FerretDB.
  const cpu = (gateway: string | null): CpuGroups => ({
    ...(gateway ? { gateway: ctx.registry.pidsServing([gateway]) } : {}),
    subgraphs: ctx.registry.pidsServing(every),
    ...(ctx.databasePid ? { database: [ctx.databasePid] } : {}),
  });
  const generator = (seed: number) => workload.generator(ctx.manifest, seed, ctx.publishing);
  const planned = measurementsOf(workload.kind, ctx.stack.hive !== null).find((m) => m.table === 'like for like')!;
  const targets: MeasuredTarget[] = [];
  const shares: Record<string, number> = {};
  for (const name of planned.targets) {
    if (name === LIKE_FOR_LIKE.ours.target) targets.push({ name, url: ctx.stack.ours, subgraphs: every, generator, cpu: cpu(ctx.stack.ours) });
    else if (name === LIKE_FOR_LIKE.hive.target) targets.push({ name, url: ctx.stack.hive!, subgraphs: every, generator, cpu: cpu(ctx.stack.hive) });
    else if (name === 'direct') {
      const sample = generator(0);
      const counts: Record<string, number> = {};
      for (let i = 0; i < DIRECT_SAMPLE; i += 1) for (const s of ctx.planner.rootSubgraphs(sample())) counts[s] = (counts[s] ?? 0) + 1;
      for (const subgraph of Object.keys(counts).sort()) {
        shares[subgraph] = counts[subgraph]! / DIRECT_SAMPLE;
        const url = ctx.stack.subgraphs[subgraph as keyof BenchStack['subgraphs']];
        targets.push({ name: `direct:${subgraph}`, url, subgraphs: [url], generator: (seed) => directGenerator(generator(seed), ctx.planner, subgraph), cpu: cpu(null) });
      }
    } else throw new Error(`no like-for-like target named ${name}`);
  }
  return { targets, shares };
}

/**
 * Sends a request of each read workload to each gateway, and the publishing chain (create, update,
 * submit) to ours, one at a time, on an idle stack, and keeps what failed and how long each took:
 * every operation must run without error on the dataset. A slow answer is not a failure here (the wait
 * is `verifyTimeoutMs`). When ours answers slower than the measurements' timeout, the other gateway is
 * not asked (the workload will not be loaded, see `beyondLoad`). The direct targets send parts of the
 * same plans.
 */
async function verify(workloads: Workload[], ctx: Context): Promise<BenchReport['verification']> {
  const { settings, loadAnyway } = ctx.options;
  const results: BenchReport['verification'] = [];
  for (const workload of workloads) {
    const gateways = targetsOf(workload, ctx).targets.filter((t) => !t.name.startsWith('direct:'));
    for (const target of settings.verifyEveryGateway ? gateways : gateways.slice(0, 1)) {
      if (target !== gateways[0] && !loadAnyway && idleLatency(results, workload.name, settings.timeoutMs) !== undefined) break;
      const next = target.generator(99);
      for (let i = 0; i < (workload.kind === 'write' ? 3 : 1); i += 1) {
        const request = next();
        let outcome: string;
        let codes: string[];
        let answer: GraphQLAnswer | null = null;
        const sent = performance.now();
        try {
          ({ outcome, codes, answer } = await send(target.url, request, request.headers, settings.verifyTimeoutMs));
        } catch (error) {
          outcome = 'timeout';
          codes = [(error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK'];
        }
        const ms = outcome === 'timeout' ? null : Math.round(performance.now() - sent);
        request.onAnswer?.(answer);
        const message = answer?.errors?.[0]?.message;
        results.push({ workload: workload.name, target: target.name, operation: request.operationName, ok: outcome === 'ok', codes, ms, ...(message ? { message } : {}) });
        if (outcome !== 'ok') ctx.log(`  ✖ ${workload.name} on ${target.name}: ${request.operationName} ${JSON.stringify(request.variables).slice(0, 120)} → ${codes.join(', ')} ${message ?? ''}`);
        if (ms !== null && ms > settings.timeoutMs) ctx.log(`  ${workload.name} on ${target.name}: ${request.operationName} alone took ${(ms / 1000).toFixed(1)} s`);
      }
    }
  }
  return results;
}

/**
 * How long our gateway took for the workload's slowest sample on an idle stack, when that is more
 * than the measurements' timeout (null: more than the verification's own wait); undefined when every
 * sample answered within it. Such a workload is not loaded: under 50 connections or 100 req/s every
 * request would time out, and the requests abandoned would keep the database busy long after.
 */
function idleLatency(verification: BenchReport['verification'], workload: string, timeoutMs: number): number | null | undefined {
  const ours = verification.filter((v) => v.workload === workload && v.target === 'ours');
  if (ours.some((v) => v.ms === null)) return null;
  const slowest = Math.max(...ours.map((v) => v.ms!));
  return slowest > timeoutMs ? slowest : undefined;
}

/** Round trips one request costs the subgraphs of `target`, and its time, on an idle stack (a comment makes it a cache miss). */
async function roundTripsOf(ctx: Context, target: { url: string; subgraphs: string[] }, request: GraphQLRequest): Promise<{ roundTrips: number; ms: number }> {
  await ctx.idle();
  const before = await totalRoundTrips(target.subgraphs);
  const probe = { ...request, query: `# probe ${randomBytes(4).toString('hex')}\n${request.query}` };
  const sent = performance.now();
  const { outcome, codes } = await send(target.url, probe, {}, ctx.options.settings.verifyTimeoutMs).catch(() => ({ outcome: 'timeout', codes: ['TIMEOUT'] }));
  if (outcome !== 'ok') throw new Error(`the children probe failed: ${codes.join(', ')}`);
  const ms = Math.round(performance.now() - sent);
  await ctx.idle();
  return { roundTrips: (await totalRoundTrips(target.subgraphs)) - before, ms };
}

/** Round trips (and times) of the territory page with ~100 and ~10 children, each sent `probeTries` times. */
async function probeChildren(ctx: Context): Promise<NonNullable<BenchReport['childrenProbe']>> {
  const ours = { url: ctx.stack.ours, subgraphs: SERVICES.map((s) => ctx.stack.subgraphs[s]) };
  const requests = childrenProbeRequests(ctx.manifest);
  const tries = async (request: GraphQLRequest) => {
    const results = [];
    for (let i = 0; i < ctx.options.settings.probeTries; i += 1) results.push(await roundTripsOf(ctx, ours, request));
    return { roundTrips: results.map((r) => r.roundTrips), ms: results.map((r) => r.ms) };
  };
  const { many, few } = ctx.manifest.childrenProbe;
  return { many: { ...many, ...(await tries(requests.many)) }, few: { ...few, ...(await tries(requests.few)) } };
}

/**
 * Documents the engine examines per request of each loaded workload (see examined.ts), apart from the
 * timed measurements, on the idle stack: the counter read once it has settled, `examinedRequests`
 * requests sent one at a time to our gateway with its read cache off (the like-for-like one), the
 * counter read again once settled (after the next workload's requests would be too late on PostgreSQL,
 * whose backends publish their counts up to 10 s idle later), with the round trips of the same requests.
 * Workloads not loaded are not probed (each request outlasts the timeout); a failure is reported, not thrown.
 */
async function probeExamined(ctx: Context, workloads: Workload[], unloaded: Map<string, number | null>, source: ExaminedSource | string): Promise<ExaminedReport> {
  const requests = ctx.options.settings.examinedRequests;
  if (typeof source === 'string') {
    return { source: null, unavailable: source, requests: 0, workloads: workloads.map((w) => ({ workload: w.name, requests: 0, errors: 0, roundTripsPerRequest: null, documentsPerRequest: null, indexKeysPerRequest: null, waitedMs: 0, settled: true })) };
  }
  const every = SERVICES.map((s) => ctx.stack.subgraphs[s]);
  const results: ExaminedWorkload[] = [];
  const skipped = (workload: string, why: string): ExaminedWorkload => ({ workload, requests: 0, errors: 0, roundTripsPerRequest: null, documentsPerRequest: null, indexKeysPerRequest: null, waitedMs: 0, settled: true, skipped: why });
  try {
    await ctx.idle();
    let before = (await settledReading(source)).counts;
    for (const workload of workloads) {
      if (unloaded.has(workload.name)) {
        results.push(skipped(workload.name, 'not loaded (one request alone outlasts the timeout)'));
        continue;
      }
      const next = workload.generator(ctx.manifest, 3, ctx.publishing);
      const roundTrips = await totalRoundTrips(every);
      let errors = 0;
      for (let i = 0; i < requests; i += 1) {
        const request = next();
        const answer = await send(ctx.stack.ours, request, request.headers, ctx.options.settings.verifyTimeoutMs).catch(() => null);
        request.onAnswer?.(answer?.answer ?? null);
        if (answer?.outcome !== 'ok') errors += 1;
      }
      const trips = ((await totalRoundTrips(every)) - roundTrips) / requests;
      const after = await settledReading(source);
      const per = perRequest(before, after.counts, requests)!;
      results.push({ workload: workload.name, requests, errors, roundTripsPerRequest: trips, documentsPerRequest: per.documents, indexKeysPerRequest: per.indexKeys, waitedMs: after.waitedMs, settled: after.settled });
      ctx.log(`  ${workload.name}: ${per.documents.toFixed(1)} documents examined per request${per.indexKeys === null ? '' : `, ${per.indexKeys.toFixed(1)} index keys`}, ${trips.toFixed(2)} round trips (${errors} errors; settled ${after.settled ? 'after' : 'NOT within'} ${Math.round(after.waitedMs / 1000)} s)`);
      before = after.counts;
    }
  } catch (error) {
    ctx.log(`  ✖ documents examined: ${(error as Error).message}`);
    for (const w of workloads.slice(results.length)) results.push(skipped(w.name, `failed: ${(error as Error).message}`));
  }
  return { source: source.describe, requests, workloads: results };
}

/** Load on a freshly started gateway and its subgraphs, so they are not measured cold: a second at 10 connections unless told. */
async function warmUp(url: string, workload: Workload, ctx: Context, load: { connections: number; seconds: number } = { connections: 10, seconds: 1 }): Promise<void> {
  const next = workload.generator(ctx.manifest, 7, ctx.publishing);
  await closedLoop({ url, ...load, timeoutMs: ctx.options.settings.timeoutMs, next });
  await ctx.idle();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? null;

/** The report of a workload not loaded: one request alone outlasted the timeout (see `idleLatency`). */
function unloadedReport(workload: Workload, aloneMs: number | null, settings: BenchSettings): WorkloadReport {
  const unloaded = { aloneMs, timeoutMs: settings.timeoutMs, verifyTimeoutMs: settings.verifyTimeoutMs };
  return { name: workload.name, summary: workload.summary, kind: workload.kind, targets: [], direct: null, oursVsHive: null, oursVsDirect: null, unloaded };
}

async function runWorkload(workload: Workload, ctx: Context): Promise<WorkloadReport> {
  ctx.log(`\n${workload.name}: ${workload.summary}`);
  const { targets, shares } = targetsOf(workload, ctx);
  const { connections, warmUpSeconds } = ctx.options.settings;
  // Each target as loaded as it will be measured, in the order measured: none pays the others' warm-up.
  for (const target of targets) await warmUp(target.url, workload, ctx, { connections, seconds: warmUpSeconds });
  const figures = await measureTargets(targets, ctx.options.settings, ctx.idle, ctx.log);
  const reqPerSec = (name: string) => figures.find((f) => f.target === name)?.throughput.reqPerSec ?? null;
  const direct = directFigures(figures, shares);
  const ours = reqPerSec('ours');
  const hive = reqPerSec('hive');
  return {
    name: workload.name,
    summary: workload.summary,
    kind: workload.kind,
    targets: figures,
    direct,
    oursVsHive: ours !== null && hive ? ours / hive : null,
    oursVsDirect: ours !== null && direct?.reqPerSec ? ours / direct.reqPerSec : null,
  };
}

/**
 * The round trips of the territory page with ~10 children on the reference and on the variant: what a
 * lever on database lookups changes shows there, whatever the load (a failure is reported, not thrown).
 */
async function leverProbe(
  ctx: Context,
  childrenProbe: BenchReport['childrenProbe'],
  reference: { url: string; subgraphs: string[] },
  variant: { url: string; subgraphs: string[] },
): Promise<NonNullable<LeverReport['probe']>> {
  const { few } = ctx.manifest.childrenProbe;
  const request = childrenProbeRequests(ctx.manifest).few;
  // Without batching the page costs about a query per child and list: ~10 times the reference's time.
  const referenceMs = childrenProbe ? Math.max(...childrenProbe.few.ms) : undefined;
  if (referenceMs === undefined || referenceMs * few.children > ctx.options.settings.verifyTimeoutMs) {
    const why = referenceMs === undefined ? 'the children probe did not run' : `the page alone took ${(referenceMs / 1000).toFixed(1)} s: a query per child would outlast the ${ctx.options.settings.verifyTimeoutMs / 1000} s wait`;
    ctx.log(`  children probe skipped: ${why}`);
    return { ...few, reference: null, variant: null, error: `not measured: ${why}` };
  }
  try {
    const counts = { reference: (await roundTripsOf(ctx, reference, request)).roundTrips, variant: (await roundTripsOf(ctx, variant, request)).roundTrips };
    ctx.log(`  children probe, ${few.id} (${few.children} children): ${counts.reference} → ${counts.variant} round trips`);
    return { ...few, ...counts };
  } catch (error) {
    ctx.log(`  ✖ children probe: ${(error as Error).message}`);
    return { ...few, reference: null, variant: null, error: (error as Error).message };
  }
}

/** Warms up a target the first time a comparison measures it (its processes may be freshly started). */
async function warmOnce(url: string, workload: Workload, ctx: Context, warmed: Set<string>): Promise<void> {
  const key = `${url} ${workload.name}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  await warmUp(url, workload, ctx);
}

/**
 * Each lever: the variant taking turns with its reference on the lever workloads (see `leverSides`). The
 * read cache lever compares our gateway as configured (read cache on) with the main one (read cache
 * off); every other lever compares the main gateway with a variant started for it, the read cache off
 * on both sides.
 */
async function runLevers(ctx: Context, workloads: Workload[], childrenProbe: BenchReport['childrenProbe'], warmed: Set<string>): Promise<LeverReport[]> {
  const { settings } = ctx.options;
  const chosen = workloads.filter((w) => w.kind === 'read' && settings.leverWorkloads.includes(w.name));
  if (!chosen.length || settings.leverSeconds <= 0) return [];
  const reports: LeverReport[] = [];
  const rounds = settings.scale === 'quick' ? 1 : 2;
  // Each throughput slice at least as long as the timeout: a request stuck for the whole slice shows as a timeout.
  const throughputSeconds = Math.max(settings.leverSeconds, (rounds * settings.timeoutMs) / 1000);
  const short = { ...settings, throughputSeconds, latencySeconds: Math.min(settings.leverSeconds, settings.latencySeconds), rounds };
  const every = SERVICES.map((s) => ctx.stack.subgraphs[s]);
  const main = { url: ctx.stack.ours, subgraphs: every };
  for (const lever of LEVERS) {
    ctx.log(`\nLever: ${lever.name} (${lever.setting}${lever.withoutReadCache ? '; both sides without the public read cache' : ''})`);
    const report: LeverReport = { name: lever.name, setting: lever.setting, what: lever.what, withoutReadCache: lever.withoutReadCache, workloads: [] };
    let started: Variant | undefined;
    try {
      const sides = leverSides(lever);
      let reference = main;
      let variant = main;
      if (sides.reference === CACHED.ours.target) {
        const cached = await oursCached(ctx);
        reference = { url: cached.gateway, subgraphs: cached.subgraphs };
      }
      if (sides.variant === 'started') {
        started = await startVariant(ctx.stack, ctx.stackSettings, ctx.registry, lever.name.replace(/\s+/g, '-'), variantEnv(lever));
        variant = { url: started.gateway, subgraphs: started.subgraphs };
      }
      if (lever.probe) report.probe = await leverProbe(ctx, childrenProbe, reference, variant);
      for (const workload of chosen) {
        ctx.log(`  ${workload.name}`);
        await warmOnce(reference.url, workload, ctx, warmed);
        await warmOnce(variant.url, workload, ctx, warmed);
        const generator = (seed: number) => workload.generator(ctx.manifest, seed, ctx.publishing);
        const figures = await measureTargets(
          [
            { name: 'default', ...reference, generator },
            { name: 'variant', ...variant, generator },
          ],
          short,
          ctx.idle,
          ctx.log,
        );
        report.workloads.push({ workload: workload.name, default: figures[0]!, variant: figures[1]! });
      }
    } catch (error) {
      report.error = (error as Error).message;
      ctx.log(`  ✖ ${report.error}`);
    } finally {
      if (started) await ctx.registry.stop(started.children);
    }
    reports.push(report);
  }
  return reports;
}

/**
 * The cached table: on each loaded read workload, our gateway as configured (read cache on) taking turns
 * with Hive Gateway with its own response caching on (a second Hive process, started for this only),
 * with the measurements' settings. Both stop afterwards; a failure is reported, not thrown.
 */
async function runCached(ctx: Context, workloads: Workload[]): Promise<CachedReport[]> {
  const reads = workloads.filter((w) => w.kind === 'read');
  if (!reads.length) return [];
  const every = SERVICES.map((s) => ctx.stack.subgraphs[s]);
  const reports: CachedReport[] = [];
  let hive: { url: string; child: ChildProcess } | undefined;
  try {
    ctx.log(`\nCached: ${CACHED.ours.target} (${CACHED.ours.caching}) against ${CACHED.hive.target} (${CACHED.hive.caching})`);
    const ours = await oursCached(ctx);
    const urls: Record<string, string> = { [CACHED.ours.target]: ours.gateway };
    if (ctx.stack.hive) urls[CACHED.hive.target] = (hive = await startHive(ctx.stack, ctx.stackSettings, ctx.registry, CACHED.hive)).url;
    for (const workload of reads) {
      ctx.log(`  ${workload.name}`);
      const planned = measurementsOf(workload.kind, ctx.stack.hive !== null).find((m) => m.table === 'cached')!;
      const generator = (seed: number) => workload.generator(ctx.manifest, seed, ctx.publishing);
      const targets: MeasuredTarget[] = planned.targets.map((name) => ({ name, url: urls[name]!, subgraphs: every, generator }));
      // Both warmed here, whatever served them before: each starts with what a second of this workload leaves in its cache.
      for (const target of targets) await warmUp(target.url, workload, ctx);
      const figures = await measureTargets(targets, ctx.options.settings, ctx.idle, ctx.log);
      const reqPerSec = (name: string) => figures.find((f) => f.target === name)?.throughput.reqPerSec ?? null;
      const oursRate = reqPerSec(CACHED.ours.target);
      const hiveRate = reqPerSec(CACHED.hive.target);
      reports.push({ workload: workload.name, targets: figures, oursVsHive: oursRate !== null && hiveRate ? oursRate / hiveRate : null });
    }
  } catch (error) {
    ctx.log(`  ✖ cached comparison: ${(error as Error).message}`);
    reports.push({ workload: '*', targets: [], oursVsHive: null, error: (error as Error).message });
  } finally {
    await ctx.registry.stop([...(hive ? [hive.child] : []), ...(ctx.oursCached?.children ?? [])]);
    ctx.oursCached = undefined;
  }
  return reports;
}

/** The whole benchmark; `handles` lets the command stop everything it started at any moment. */
export async function runBench(options: BenchOptions, handles: RunHandles, print: (line: string) => void): Promise<BenchReport> {
  const started = new Date();
  const logDir = join(BENCH_DATA_DIR, 'logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${started.toISOString().replace(/[:.]/g, '-')}.log`);
  // Section lines carry the time since the start: where a run spends its minutes shows at a glance.
  const log = (text: string) => {
    const line = /^\n?[^\s|]/.test(text) ? text.replace(/^(\n?)/, `$1[${String(Math.round((Date.now() - started.getTime()) / 1000)).padStart(4)} s] `) : text;
    print(line);
    appendFileSync(logFile, `${line}\n`);
  };
  const childOutput = (line: string) => appendFileSync(logFile, `${line}\n`);
  const { settings } = options;
  log(`Benchmark (${settings.scale}); the processes' logs go to ${logFile}`);

  const database = (handles.database = await provideBenchDatabase(log));
  const dataset = await ensureDataset(database.uri, settings.scale, options.reload, log, process.env.BENCH_POSTGRES_URI || undefined);
  const manifest = dataset.manifest;

  const bootstrapToken = randomBytes(32).toString('hex');
  const stackSettings: StackSettings = {
    uri: database.uri,
    databaseName: benchDatabaseName(settings.scale),
    identitySecret: randomBytes(32).toString('hex'),
    bootstrapToken,
    output: childOutput,
    workDir: BENCH_DATA_DIR,
    subgraphTimeoutMs: settings.verifyTimeoutMs,
  };
  const registry = handles.registry;
  log('Starting the subgraphs, our gateway (read cache off) and Hive Gateway (no response caching)...');
  const stack = await startOurStack(stackSettings, registry, LIKE_FOR_LIKE.ours.env);
  const workloads = options.workloads.map((name) => WORKLOADS[name]);
  if (workloads.some((w) => w.kind === 'read')) stack.hive = (await startHive(stack, stackSettings, registry, LIKE_FOR_LIKE.hive)).url;

  const publishing: Publishing = { tokens: [], created: [] };
  if (options.workloads.includes('publishing')) {
    publishing.tokens = await issuePartnerTokens(stack.ours, bootstrapToken, manifest.partnerOrganisations);
    handles.afterStop.push(() => removeCreatedExperiences(database.uri, settings.scale, publishing.created));
    log(`Issued ${publishing.tokens.length} PARTNER tokens.`);
  }
  const subgraphUrls = SERVICES.map((s) => stack.subgraphs[s]);
  let unsettled = 0;
  const idle = async (maxMs = settings.settleMs) => {
    const settled = await waitIdle([...registry.pids(), ...(database.pid ? [database.pid] : [])], subgraphUrls, { maxMs });
    if (!settled) unsettled += 1;
    return settled;
  };
  const ctx: Context = { options, manifest, stack, stackSettings, registry, planner: new RootFetchPlanner(readSupergraph()), publishing, databasePid: database.pid ?? null, idle, log };

  log('Verifying that every operation runs without error on the dataset...');
  const verification = await verify(workloads, ctx);
  log(`  ${verification.filter((v) => v.ok).length}/${verification.length} sample requests without error.`);

  const unloaded = new Map<string, number | null>();
  for (const workload of workloads) {
    const alone = options.loadAnyway ? undefined : idleLatency(verification, workload.name, settings.timeoutMs);
    if (alone !== undefined) unloaded.set(workload.name, alone);
  }
  if (unloaded.size) log(`  Not loaded (one request alone outlasts the ${settings.timeoutMs / 1000} s timeout; --load-anyway to load them): ${[...unloaded.keys()].join(', ')}.`);

  const notes: string[] = [];
  let childrenProbe: BenchReport['childrenProbe'] = null;
  if (options.workloads.includes('exploring')) {
    log('Children probe (round trips of a territory page with ~100 and ~10 children)...');
    try {
      childrenProbe = await probeChildren(ctx);
      log(`  ${childrenProbe!.many.id} (${childrenProbe!.many.children} children): ${childrenProbe!.many.roundTrips.join(', ')}; ${childrenProbe!.few.id} (${childrenProbe!.few.children}): ${childrenProbe!.few.roundTrips.join(', ')}`);
    } catch (error) {
      notes.push(`Children probe not measured: ${(error as Error).message}.`);
      log(`  ✖ ${(error as Error).message}`);
    }
  }

  let examined: ExaminedReport | null = null;
  const examinedWorkloads = workloads.filter((w) => w.kind === 'read' || publishing.tokens.length);
  if (examinedWorkloads.length && settings.examinedRequests > 0) {
    log(`Documents examined per request (${settings.examinedRequests} requests of each workload, one at a time)...`);
    const source = await examinedSource(database.uri, SERVICES.map(benchDatabaseName(settings.scale)), process.env.BENCH_POSTGRES_URI || undefined).catch((error: Error) => `not measured: ${error.message}`);
    if (typeof source === 'string') log(`  ${source}`);
    try {
      examined = await probeExamined(ctx, examinedWorkloads, unloaded, source);
    } finally {
      if (typeof source !== 'string') await source.close().catch(() => undefined);
    }
  }

  // Levers first, on an idle database: a variant's processes must start and answer their health check,
  // which a database still busy with abandoned requests delays past the start timeout. Writes last: what
  // they leave the database to do must not weigh on the reads. Reads like for like (the headline figures),
  // then cached: the gateways with a response cache run for the read cache lever and that table only.
  const loaded = workloads.filter((w) => !unloaded.has(w.name));
  const warmed = new Set<string>();
  const levers = await runLevers(ctx, loaded, childrenProbe, warmed);
  if (levers.length) {
    const waited = Date.now();
    const settled = await idle(settings.leversSettleMs);
    log(`Servers ${settled ? 'idle' : `still busy after ${settings.leversSettleMs / 1000} s`} ${settled ? `${Math.round((Date.now() - waited) / 1000)} s after the levers` : '(what the levers left them): the measurements share the machine with it'}.`);
  }
  const workloadReports: WorkloadReport[] = [];
  const report = (workload: Workload) => (unloaded.has(workload.name) ? unloadedReport(workload, unloaded.get(workload.name)!, settings) : runWorkload(workload, ctx));
  for (const workload of workloads.filter((w) => w.kind === 'read')) workloadReports.push(await report(workload));
  const cached = await runCached(ctx, loaded);
  for (const workload of workloads.filter((w) => w.kind === 'write')) workloadReports.push(await report(workload));
  // The partners' tokens end with the run (on Ctrl-C they stay in the bench's database, their secrets known to nobody).
  await revokeTokens(stack.ours, bootstrapToken, publishing.tokens);

  const memoryMb: Record<string, number | null> = { ...registry.stoppedPeaks, ...registry.peaks() };
  if (database.pid) memoryMb.ferretdb = peakMemoryMb(database.pid);
  const finished = new Date();
  const ours = (w: WorkloadReport) => w.targets.find((t) => t.target === 'ours')!;
  const measured = workloadReports.filter((w) => !w.unloaded);
  const benchReport: BenchReport = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    seconds: (finished.getTime() - started.getTime()) / 1000,
    mode: settings.scale,
    settings: { ...settings },
    machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.versions.node, platform: process.platform },
    database: { server: new URL(database.uri).host, external: database.external },
    dataset: { scale: manifest.scale, counts: manifest.counts, loadedNow: dataset.loaded, seconds: dataset.seconds },
    verification,
    comparisons: {
      likeForLike: { ours: LIKE_FOR_LIKE.ours.caching, hive: LIKE_FOR_LIKE.hive.caching },
      cached: { ours: CACHED.ours.caching, hive: CACHED.hive.caching },
    },
    workloads: workloadReports,
    cached,
    examined,
    childrenProbe,
    memoryMb,
    levers,
    fixedLevers: FIXED_LEVERS,
    targets: [],
    notes: [
      ...notes,
      `The summary table, the ratios and the targets compare like for like: our gateway with its ${LIKE_FOR_LIKE.ours.caching}, Hive Gateway with ${LIKE_FOR_LIKE.hive.caching}. The cached table compares our gateway with its ${CACHED.ours.caching} and Hive Gateway with ${CACHED.hive.caching}.`,
      'Hive Gateway runs the read workloads only: it cannot sign our identity header, so the subgraphs see its calls as anonymous (which reads need no more than).',
      'The load generator runs on the same 2 cores as the servers it measures.',
      ...(unsettled
        ? [`${unsettled} times the servers were still busy ${settings.settleMs / 1000} s after a measurement (work of abandoned requests): the next measurement shared the machine with it.`]
        : []),
    ],
  };
  benchReport.targets = checkTargets({
    p99: Object.fromEntries(measured.filter((w) => w.kind === 'read').map((w) => [w.name, ours(w).latency.p99])),
    errors: Object.fromEntries(measured.map((w) => [w.name, ours(w).throughput.errors + ours(w).latency.errors])),
    oursVsHive: Object.fromEntries(workloadReports.filter((w) => w.kind === 'read').map((w) => [w.name, w.oursVsHive])),
    unloaded: Object.fromEntries([...unloaded].map(([name, alone]) => [name, alone ?? settings.verifyTimeoutMs])),
    childrenProbe: childrenProbe ? { many: median(childrenProbe.many.roundTrips), few: median(childrenProbe.few.roundTrips) } : null,
    // Our gateway both without its read cache (the main one) and with it (started for the cached table and its lever).
    memory: Object.fromEntries(['actors', 'conventions', 'knowledge', 'gateway', ...(CACHED_GATEWAY in memoryMb ? [CACHED_GATEWAY] : [])].map((name) => [name, memoryMb[name] ?? null])),
  });
  const paths = writeReport(benchReport, RESULTS_DIR);
  log(`\n${summaryTable(benchReport)}\n\n${examinedTable(benchReport)}\n\n${cachedTable(benchReport)}\n\n${targetsTable(benchReport)}\n`);
  log(`Report: ${paths.md} (and .json; latest.md, latest.json)`);
  return benchReport;
}


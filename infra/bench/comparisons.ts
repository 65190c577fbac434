// What the bench compares with what, and with which caches (issue 15, like for like). The headline
// figures (the summary table, the "ours ≥ 1.2× Hive" targets, ours / direct) compare the gateways with
// no response cache on either side: our gateway with its public read cache off, Hive Gateway as it
// comes (no response caching). The cached figures are measured apart and shown in their own table: our
// gateway as configured (read cache on) against Hive Gateway with its own response caching on, with the
// same TTL and, as ours caches only anonymous answers, one public entry per query (no session).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_READ_CACHE } from './levers';
import type { WorkloadReport } from './report';

/**
 * Our public read cache's TTL as our gateway runs it by default (RESPONSE_CACHE_TTL_SECONDS, seconds; the
 * bench's test checks it is the default). The cached gateway is given it explicitly, Hive the same.
 */
export const READ_CACHE_TTL_SECONDS = 30;

/**
 * Hive Gateway's `responseCaching` (the options of @graphql-mesh/plugin-response-cache, whose `ttl` is
 * in milliseconds); null: not configured, Hive's default.
 */
export interface HiveResponseCaching {
  ttlMs: number;
  /** `public`: `session` returns null, one entry per query for every caller (ours keeps anonymous answers only). */
  session: 'public';
}

export interface GatewaySetup {
  /** The target's name in the report. */
  target: string;
  /** How its caching runs, in the report's words. */
  caching: string;
}

export interface OursSetup extends GatewaySetup {
  /** Our gateway process's environment on top of the bench's. */
  env: Record<string, string>;
}

export interface HiveSetup extends GatewaySetup {
  responseCaching: HiveResponseCaching | null;
}

/** The headline comparison: no response cache on either gateway. */
export const LIKE_FOR_LIKE: { ours: OursSetup; hive: HiveSetup } = {
  ours: { target: 'ours', caching: 'public read cache off (RESPONSE_CACHE_TTL_SECONDS=0)', env: { ...NO_READ_CACHE } },
  hive: { target: 'hive', caching: 'no response caching (its default)', responseCaching: null },
};

/** The cached comparison: each gateway with its own response cache, the same TTL, public entries. */
export const CACHED: { ours: OursSetup; hive: HiveSetup } = {
  ours: {
    target: 'ours cached',
    caching: `public read cache on, as configured (RESPONSE_CACHE_TTL_SECONDS=${READ_CACHE_TTL_SECONDS}: anonymous answers)`,
    env: { RESPONSE_CACHE_TTL_SECONDS: String(READ_CACHE_TTL_SECONDS) },
  },
  hive: {
    target: 'hive cached',
    caching: `its responseCaching on (ttl ${READ_CACHE_TTL_SECONDS * 1000} ms, session null: public)`,
    responseCaching: { ttlMs: READ_CACHE_TTL_SECONDS * 1000, session: 'public' },
  },
};

export type Table = 'like for like' | 'cached';

/** A measurement the bench makes of a workload: which targets take turns, shown in which table. */
export interface PlannedMeasurement {
  table: Table;
  /** Target names; `direct` stands for each subgraph the workload's plans start with (`direct:<subgraph>`). */
  targets: string[];
}

/**
 * What the bench measures for a workload: a read workload runs like for like (ours and Hive Gateway
 * uncached, and the subgraphs asked directly), then cached (each gateway with its response cache); a
 * write only on our gateway (Hive cannot sign our identity header), with the read cache off like the
 * headline figures (a write's answer is never cached anyway).
 */
export function measurementsOf(kind: 'read' | 'write', withHive = true): PlannedMeasurement[] {
  if (kind === 'write') return [{ table: 'like for like', targets: [LIKE_FOR_LIKE.ours.target] }];
  const hive = (setup: HiveSetup) => (withHive ? [setup.target] : []);
  return [
    { table: 'like for like', targets: [LIKE_FOR_LIKE.ours.target, ...hive(LIKE_FOR_LIKE.hive), 'direct'] },
    { table: 'cached', targets: [CACHED.ours.target, ...hive(CACHED.hive)] },
  ];
}

/**
 * Which of our gateways each side of a lever is: the read cache lever compares ours as configured (its
 * reference) with the bench's main gateway (read cache off: the variant), both already running; every
 * other lever compares the main gateway (its reference) with a variant started for it, the lever pulled
 * back and the read cache off as well.
 */
export function leverSides(lever: { withoutReadCache: boolean }): { reference: string; variant: string } {
  return lever.withoutReadCache ? { reference: LIKE_FOR_LIKE.ours.target, variant: 'started' } : { reference: CACHED.ours.target, variant: LIKE_FOR_LIKE.ours.target };
}

/** The text of Hive Gateway's config file (an ES module exporting `gatewayConfig`) for this caching. */
export function hiveConfigModule(caching: HiveResponseCaching): string {
  return [
    '// Written by the benchmark (infra/bench/comparisons.ts): Hive Gateway with its own response caching,',
    '// as our gateway runs its public read cache (same TTL, one entry per query for every caller).',
    'export const gatewayConfig = {',
    '  responseCaching: {',
    `    ttl: ${caching.ttlMs},`,
    '    session: () => null,',
    '  },',
    '};',
    '',
  ].join('\n');
}

/** Writes Hive Gateway's config file into `dir` (`gateway.config.mjs` is the name Hive looks for); returns its path. */
export function writeHiveConfig(dir: string, caching: HiveResponseCaching): string {
  const file = join(dir, 'gateway.config.mjs');
  writeFileSync(file, hiveConfigModule(caching));
  return file;
}

/** What the subgraphs answer directly, combined as the query plan sends them (`shares`: root requests per operation). */
export function directFigures(report: WorkloadReport['targets'], shares: Record<string, number>): WorkloadReport['direct'] {
  const subgraphs = Object.keys(shares);
  if (!subgraphs.length) return null;
  const of = (s: string) => report.find((t) => t.target === `direct:${s}`)!;
  // The root requests of one operation share the machine: their costs (1/throughput) add up, each weighted by how often plans send it.
  const rates = subgraphs.map((s) => of(s).throughput.reqPerSec);
  const cost = subgraphs.reduce((sum, s, i) => sum + shares[s]! / rates[i]!, 0);
  const p99s = subgraphs.map((s) => of(s).latency.p99).filter((v): v is number => v !== null);
  // A subgraph that answered nothing leaves the combination at nothing (no ratio against it), not at a billionth.
  return { shares, reqPerSec: rates.some((r) => r <= 0) ? 0 : 1 / cost, p99: p99s.length ? Math.max(...p99s) : null };
}

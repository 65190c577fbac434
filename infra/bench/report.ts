import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_STATISTICS } from './examined';
import { LOAD_GENERATOR, REST_OF_MACHINE } from './measure';
import type { TargetCheck } from './targets';

export interface Figures {
  requests: number;
  errors: number;
  /** Error codes and counts (GraphQL codes, HTTP_<status>, TIMEOUT, NETWORK). */
  codes: Record<string, number>;
  roundTripsPerRequest: number | null;
  /** Milliseconds of CPU per request sent, by process group (measure.ts `cpuPerRequest`); null or absent: not split. */
  cpuMsPerRequest?: Record<string, number> | null;
}

export interface ThroughputFigures extends Figures {
  seconds: number;
  /** Answers without error per second. */
  reqPerSec: number;
}

export interface LatencyFigures extends Figures {
  rate: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export interface TargetFigures {
  target: string;
  throughput: ThroughputFigures;
  latency: LatencyFigures;
}

export interface WorkloadReport {
  name: string;
  summary: string;
  kind: 'read' | 'write';
  targets: TargetFigures[];
  /** Direct baseline: share of operations whose plan starts with each subgraph, and the combined figures. */
  direct: { shares: Record<string, number>; reqPerSec: number | null; p99: number | null } | null;
  oursVsHive: number | null;
  oursVsDirect: number | null;
  /**
   * Set when the workload was not loaded: one request alone on an idle stack (the verification) took
   * `aloneMs` (null: more than `verifyTimeoutMs`), more than the measurements' `timeoutMs`.
   */
  unloaded?: { aloneMs: number | null; timeoutMs: number; verifyTimeoutMs: number };
}

export interface LeverReport {
  name: string;
  setting: string;
  what: string;
  /** Both sides ran without the public read cache. */
  withoutReadCache: boolean;
  /** Round trips of the children probe's territory page with ~10 children, reference → variant. */
  probe?: { id: string; children: number; reference: number | null; variant: number | null; error?: string };
  workloads: { workload: string; default: TargetFigures; variant: TargetFigures }[];
  error?: string;
}

/** Documents the engine examined per request of each workload (see examined.ts), measured apart on the idle stack. */
export interface ExaminedReport {
  /** The engine statistic read; null when the engine gives none (`unavailable` says so). */
  source: string | null;
  unavailable?: string;
  /** Requests sent per workload, one at a time, to our gateway with its read cache off. */
  requests: number;
  workloads: ExaminedWorkload[];
}

export interface ExaminedWorkload {
  workload: string;
  requests: number;
  errors: number;
  roundTripsPerRequest: number | null;
  documentsPerRequest: number | null;
  /** Null where the engine does not count index keys. */
  indexKeysPerRequest: number | null;
  /** How long the engine's counter took to settle after the requests, and whether it did within the wait. */
  waitedMs: number;
  settled: boolean;
  /** Why the workload was not probed (not loaded, or the probe failed). */
  skipped?: string;
}

/** The cached table's figures of a workload: our gateway and Hive Gateway, each with its response cache on. */
export interface CachedReport {
  workload: string;
  targets: TargetFigures[];
  oursVsHive: number | null;
  /** Set when the comparison could not run (`workload` is then `*`). */
  error?: string;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  seconds: number;
  mode: 'full' | 'quick';
  settings: Record<string, unknown>;
  machine: { cpus: number; memoryGb: number; node: string; platform: string };
  database: { server: string; external: boolean };
  dataset: { scale: string; counts: Record<string, number>; loadedNow: boolean; seconds: number };
  /** Sample requests on an idle stack, and how long each took (null: no answer within the verification's wait). */
  verification: { workload: string; target: string; operation: string; ok: boolean; codes: string[]; ms: number | null; message?: string }[];
  /** How each gateway's caching ran in each table (see comparisons.ts). */
  comparisons: Record<'likeForLike' | 'cached', { ours: string; hive: string }>;
  /** Like for like: our gateway without its read cache, Hive Gateway without response caching. */
  workloads: WorkloadReport[];
  /** Each gateway with its response cache on, measured apart from the headline figures. */
  cached: CachedReport[];
  /** Documents examined per request (null: the run predates it, or no workload was probed). */
  examined: ExaminedReport | null;
  /** Round trips and time (ms) of each try of the children probe's two pages. */
  childrenProbe: Record<'many' | 'few', { id: string; children: number; roundTrips: number[]; ms: number[] }> | null;
  memoryMb: Record<string, number | null>;
  levers: LeverReport[];
  fixedLevers: string[];
  targets: TargetCheck[];
  notes: string[];
}

const ms = (v: number | null) => (v === null ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const num = (v: number | null, digits = 1) => (v === null ? '–' : v.toFixed(digits));
const ratio = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);
const codes = (c: Record<string, number>) =>
  Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const FIGURES_HEADER = ['req/s @50 conn', 'p50 ms', 'p95 ms', 'p99 ms @100 req/s', 'errors', 'DB round trips/req'];

/** A target's figures as a table row's cells (after the workload and target). */
function figureCells(t: TargetFigures): string[] {
  const errors = t.throughput.errors + t.latency.errors;
  return [
    num(t.throughput.reqPerSec),
    ms(t.latency.p50),
    ms(t.latency.p95),
    ms(t.latency.p99),
    errors ? `${errors} (${codes(mergeCodes(t.throughput.codes, t.latency.codes))})` : '0',
    num(t.latency.roundTripsPerRequest ?? t.throughput.roundTripsPerRequest, 2),
  ];
}

/**
 * The main table, like for like (no response cache on either gateway): one row per workload and target.
 * The headline figures, ratios and targets come from it.
 */
export function summaryTable(report: BenchReport): string {
  const rows: string[][] = [];
  for (const w of report.workloads) {
    if (w.unloaded) rows.push([w.name, 'ours', 'not loaded', '', '', `≥ ${ms(w.unloaded.aloneMs ?? w.unloaded.verifyTimeoutMs)}`, unloadedWhy(w.unloaded), '']);
    for (const t of w.targets) rows.push([w.name, t.target, ...figureCells(t)]);
    if (w.direct) rows.push([w.name, 'direct (combined)', num(w.direct.reqPerSec), '', '', ms(w.direct.p99), '', '']);
  }
  const { ours, hive } = report.comparisons.likeForLike;
  return [`Like for like: ours with its ${ours}, Hive Gateway with ${hive}.`, '', table(['workload', 'target', ...FIGURES_HEADER], rows)].join('\n');
}

/** The cached table: each gateway with its own response cache on, apart from the headline figures. */
export function cachedTable(report: BenchReport): string {
  const { ours, hive } = report.comparisons.cached;
  const heading = `Cached (not like for like with the table above): ours with its ${ours}, Hive Gateway with ${hive}.`;
  if (!report.cached.length) return `${heading}\n\nNot measured (no read workload loaded).`;
  const rows: string[][] = [];
  for (const c of report.cached) {
    if (c.error) rows.push([c.workload, '', c.error, '', '', '', '', '', '']);
    for (const t of c.targets) rows.push([c.workload, t.target, ...figureCells(t), t === c.targets[0] ? ratio(c.oursVsHive) : '']);
  }
  return [heading, '', table(['workload', 'target', ...FIGURES_HEADER, 'ours / Hive (req/s)'], rows)].join('\n');
}

const unloadedWhy = (u: NonNullable<WorkloadReport['unloaded']>) =>
  `one request alone took ${u.aloneMs === null ? `over ${u.verifyTimeoutMs / 1000}` : (u.aloneMs / 1000).toFixed(1)} s, over the ${u.timeoutMs / 1000} s timeout: not loaded`;

function mergeCodes(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/**
 * Documents (and index keys) the engine examined per request of each workload, next to the database
 * round trips of the same requests; "n/a" where the engine gives no statistics.
 */
export function examinedTable(report: Pick<BenchReport, 'examined'>): string {
  const examined = report.examined;
  if (!examined) return 'Documents examined per request: not measured.';
  const heading = examined.source
    ? `Documents examined per request (${examined.requests} requests of each workload, one at a time, to ours with its read cache off; ${examined.source}):`
    : `Documents examined per request: ${examined.unavailable ?? NO_STATISTICS}.`;
  const rows = examined.workloads.map((w) => {
    if (!examined.source) return [w.workload, '–', '–', examined.unavailable?.startsWith('not measured') ? 'not measured' : NO_STATISTICS, '–'];
    if (w.skipped) return [w.workload, '', '', w.skipped, ''];
    const unsettled = w.settled ? '' : ` (still moving after ${Math.round(w.waitedMs / 1000)} s)`;
    const requests = `${w.requests}${w.errors ? ` (${w.errors} errors)` : ''}`;
    return [w.workload, requests, num(w.roundTripsPerRequest, 2), `${num(w.documentsPerRequest)}${unsettled}`, num(w.indexKeysPerRequest)];
  });
  return [heading, '', table(['workload', 'requests', 'DB round trips/req', 'documents examined/req', 'index keys examined/req'], rows)].join('\n');
}

/** The CPU columns, in this order, those some target has. */
const CPU_GROUPS = ['gateway', 'subgraphs', 'database', LOAD_GENERATOR, REST_OF_MACHINE];

/**
 * Where each target's requests spent the machine's CPU at 50 connections, in ms per request sent (the
 * requests given up on included: a slice ends when the servers are idle again), by process: its gateway,
 * the three subgraphs, the bench's FerretDB, the load generator (the bench itself), and the rest of the
 * machine, which holds the database when it runs outside the bench.
 */
export function cpuTable(report: Pick<BenchReport, 'workloads'>): string {
  const measured = report.workloads.flatMap((w) => w.targets.map((t) => ({ workload: w.name, target: t.target, cpu: t.throughput.cpuMsPerRequest ?? null })));
  const split = measured.filter((m) => m.cpu !== null);
  if (!split.length) return 'Not measured (no /proc, or no workload loaded).';
  const columns = CPU_GROUPS.filter((group) => split.some((m) => group in m.cpu!));
  const rows = split.map(({ workload, target, cpu }) => [
    workload,
    target,
    ...columns.map((group) => (group in cpu! ? num(cpu![group]!) : '–')),
    num(Object.values(cpu!).reduce((a, b) => a + b, 0)),
  ]);
  return table(['workload', 'target', ...columns.map((c) => `${c} ms/req`), 'total ms/req'], rows);
}

/** The ratios: like for like (the targets'), and both cached for comparison. */
function ratiosTable(report: BenchReport): string {
  const cached = (name: string) => report.cached.find((c) => c.workload === name)?.oursVsHive ?? null;
  return table(
    ['workload', 'ours / Hive (req/s), like for like', 'ours / direct (req/s), uncached', 'ours / Hive (req/s), both cached'],
    report.workloads.filter((w) => w.kind === 'read').map((w) => [w.name, ratio(w.oursVsHive), ratio(w.oursVsDirect), ratio(cached(w.name))]),
  );
}

export function targetsTable(report: BenchReport): string {
  return table(['target', 'measured', 'verdict'], report.targets.map((t) => [t.target, t.measured === null ? '–' : `${num(t.measured, t.unit === '×' ? 2 : 0)} ${t.unit}`, t.verdict]));
}

function leversTable(report: BenchReport): string {
  const rows: string[][] = [];
  for (const lever of report.levers) {
    if (lever.error) rows.push([lever.name, lever.setting, '', lever.error, '', '', '']);
    for (const w of lever.workloads) {
      const change = w.default.throughput.reqPerSec > 0 ? w.variant.throughput.reqPerSec / w.default.throughput.reqPerSec : null;
      rows.push([
        lever.name,
        lever.setting,
        `${w.workload}${lever.withoutReadCache ? ' (no read cache)' : ''}`,
        `${num(w.default.throughput.reqPerSec)} → ${num(w.variant.throughput.reqPerSec)} (${ratio(change)})`,
        `${ms(w.default.latency.p99)} → ${ms(w.variant.latency.p99)}`,
        `${num(w.default.latency.roundTripsPerRequest, 2)} → ${num(w.variant.latency.roundTripsPerRequest, 2)}`,
        `${w.default.throughput.errors + w.default.latency.errors} → ${w.variant.throughput.errors + w.variant.latency.errors}`,
      ]);
    }
  }
  return table(['lever', 'variant setting', 'workload', 'req/s reference → variant', 'p99 ms', 'round trips/req', 'errors'], rows);
}

function markdown(report: BenchReport): string {
  const memory = table(['process', 'peak MB (VmHWM)'], Object.entries(report.memoryMb).map(([name, mb]) => [name, mb === null ? '–' : String(mb)]));
  const probe = report.childrenProbe
    ? table(
        ['territory', 'children', 'round trips (each try)', 'ms (each try)'],
        [report.childrenProbe.many, report.childrenProbe.few].map((p) => [p.id, String(p.children), p.roundTrips.join(', '), p.ms.join(', ')]),
      )
    : 'Not measured (exploring not selected).';
  const failures = report.verification.filter((v) => !v.ok);
  return [
    `# Benchmark ${report.mode} — ${report.startedAt}`,
    '',
    `${report.machine.cpus} CPUs, ${report.machine.memoryGb} GB, Node ${report.machine.node}; database ${report.database.server}${report.database.external ? ' (MONGODB_URI)' : ' (FerretDB 1.24.2, SQLite)'}; run took ${Math.round(report.seconds)} s.`,
    `Dataset ${report.dataset.scale}: ${Object.entries(report.dataset.counts).map(([k, v]) => `${v} ${k}`).join(', ')} (${report.dataset.loadedNow ? `loaded in ${Math.round(report.dataset.seconds)} s` : 'already loaded'}).`,
    `Settings: ${JSON.stringify(report.settings)}`,
    '',
    '## Results, like for like (no response cache on either gateway)',
    '',
    summaryTable(report),
    '',
    ratiosTable(report),
    '',
    '## Where the CPU goes (ms of CPU per request at 50 connections, like for like)',
    '',
    `Each process with the processes it started; the rest of the machine holds the database when it runs outside the bench (MONGODB_URI). ${report.machine.cpus} cores give ${report.machine.cpus * 1000} ms of CPU a second.`,
    '',
    cpuTable(report),
    '',
    '## Documents examined per request',
    '',
    examinedTable(report),
    '',
    '## Cached (each gateway with its own response cache)',
    '',
    cachedTable(report),
    '',
    '## Targets',
    '',
    'From the like-for-like figures.',
    '',
    targetsTable(report),
    '',
    '## Round trips of a territory page with many and few children',
    '',
    probe,
    '',
    '## Peak memory',
    '',
    memory,
    '',
    '## Levers',
    '',
    report.levers.length ? leversTable(report) : 'Skipped.',
    '',
    ...report.levers.flatMap((l) =>
      l.probe
        ? [`- ${l.name}: round trips of the territory page of ${l.probe.id} (${l.probe.children} children), reference → variant: ${l.probe.error ?? `${l.probe.reference} → ${l.probe.variant}`}`]
        : [],
    ),
    ...report.fixedLevers.map((l) => `- ${l}`),
    '',
    '## Verification (sample requests of each workload on each target)',
    '',
    failures.length ? `${failures.length} of ${report.verification.length} sample requests failed.` : `All ${report.verification.length} sample requests answered without error.`,
    '',
    table(
      ['workload', 'target', 'operation', 'ms alone', 'outcome'],
      report.verification.map((v) => [v.workload, v.target, v.operation, v.ms === null ? 'no answer' : String(v.ms), v.ok ? 'ok' : `${v.codes.join(', ')} ${(v.message ?? '').slice(0, 120)}`]),
    ),
    '',
    ...(report.notes.length ? ['## Notes', '', ...report.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}

/** Writes `<stamp>.json`, `<stamp>.md` and `latest.*` into the results folder; returns the paths. */
export function writeReport(report: BenchReport, dir: string): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const md = markdown(report);
  for (const name of [stamp, 'latest']) {
    writeFileSync(join(dir, `${name}.json`), json);
    writeFileSync(join(dir, `${name}.md`), md);
  }
  return { json: join(dir, `${stamp}.json`), md: join(dir, `${stamp}.md`) };
}

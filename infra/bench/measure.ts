import { closedLoop } from './load/closedLoop';
import { openLoop } from './load/openLoop';
import { errorCount, mergeTallies, percentile, type Tally } from './load/stats';
import type { BenchSettings } from './options';
import { cpuTicks, machineBusyTicks, processTree, totalRoundTrips, withDescendants } from './probes';
import type { Figures, LatencyFigures, TargetFigures, ThroughputFigures } from './report';
import type { RequestGenerator } from './request';

/** One thing measured: a gateway, or a subgraph asked directly. */
export interface MeasuredTarget {
  name: string;
  url: string;
  /** The subgraphs whose database round trips its requests cost. */
  subgraphs: string[];
  /** A fresh generator for each measurement (`seed` differs between throughput and latency, not between targets). */
  generator(seed: number): RequestGenerator;
  /** The processes whose CPU its requests are charged by name (its gateway, the subgraphs); absent: not split. */
  cpu?: CpuGroups;
}

/** Processes by name, each counted with every process below it. */
export type CpuGroups = Record<string, number[]>;

/** The bench's own process: the load generator (its servers are processes of their own). */
export const LOAD_GENERATOR = 'load generator';
/** What the machine's cores spent besides the named processes and the load generator: the database, when it runs outside the bench (MONGODB_URI). */
export const REST_OF_MACHINE = 'rest of the machine';

/** CPU ticks so far: the machine's, the bench's own, each group's. */
interface CpuSample {
  machine: number;
  self: number;
  groups: Record<string, number>;
}

function cpuSample(groups: CpuGroups | undefined): CpuSample | null {
  const machine = machineBusyTicks();
  const self = cpuTicks([process.pid]);
  if (!groups || machine === null || self === null) return null;
  const tree = processTree();
  return { machine, self, groups: Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, cpuTicks(withDescendants(pids, tree)) ?? 0])) };
}

/** The ticks each group, the load generator and the rest of the machine spent between two samples. */
function cpuSpent(before: CpuSample | null, after: CpuSample | null): Record<string, number> | null {
  if (!before || !after) return null;
  const spent: Record<string, number> = {};
  for (const name of Object.keys(before.groups)) spent[name] = Math.max(0, after.groups[name]! - before.groups[name]!);
  spent[LOAD_GENERATOR] = after.self - before.self;
  const named = Object.values(spent).reduce((a, b) => a + b, 0);
  spent[REST_OF_MACHINE] = Math.max(0, after.machine - before.machine - named);
  return spent;
}

const THROUGHPUT_SEED = 1;
const LATENCY_SEED = 2;

interface Slice {
  tally: Tally;
  /** Null when a subgraph too busy to answer its metrics left them unknown. */
  roundTrips: number | null;
  /** CPU ticks by process group (see cpuSpent); null when not split or without /proc. */
  cpu: Record<string, number> | null;
}

/** The subgraphs' round trips so far, or null when one is too busy to tell (its metrics share its event loop). */
const roundTripsSoFar = (target: MeasuredTarget) => totalRoundTrips(target.subgraphs).catch(() => null);

async function slice(target: MeasuredTarget, idle: () => Promise<unknown>, run: () => Promise<Tally>): Promise<Slice> {
  const before = await roundTripsSoFar(target);
  const cpuBefore = cpuSample(target.cpu);
  const tally = await run();
  // Requests a client gave up on still run on the servers: wait for them, and charge them to this slice.
  await idle();
  const cpu = cpuSpent(cpuBefore, cpuSample(target.cpu));
  const after = await roundTripsSoFar(target);
  return { tally, roundTrips: before === null || after === null ? null : after - before, cpu };
}

/** Requests a target was sent (those an overloaded target was never sent cost nothing). */
const sentOf = (tally: Tally) => tally.requests - tally.failures['not-sent'];

/** Round trips per request sent; null when a slice's are unknown. */
const perRequest = (slices: Slice[], tally: Tally) => {
  const sent = sentOf(tally);
  if (!sent || slices.some((s) => s.roundTrips === null)) return null;
  return slices.reduce((a, s) => a + s.roundTrips!, 0) / sent;
};

/** Milliseconds of CPU per request sent, by process group (a tick is 10 ms); null when a slice's are unknown. */
export function cpuPerRequest(spent: ReadonlyArray<Record<string, number> | null>, sent: number): Record<string, number> | null {
  if (!sent || spent.length === 0 || spent.some((s) => s === null)) return null;
  const total: Record<string, number> = {};
  for (const slice of spent) for (const [name, ticks] of Object.entries(slice!)) total[name] = (total[name] ?? 0) + ticks;
  return Object.fromEntries(Object.entries(total).map(([name, ticks]) => [name, (ticks * 10) / sent]));
}

/**
 * Measures each target's throughput (autocannon, `connections` connections) then its latency (open
 * loop at `rate` req/s), the targets taking turns in short rounds (A, B, C, A, B, C…) so that what
 * drifts on the machine is shared by all of them.
 */
export async function measureTargets(
  targets: MeasuredTarget[],
  settings: Pick<BenchSettings, 'connections' | 'throughputSeconds' | 'rate' | 'latencySeconds' | 'rounds' | 'timeoutMs'>,
  idle: () => Promise<unknown>,
  log: (line: string) => void,
): Promise<TargetFigures[]> {
  const seconds = (total: number) => Math.max(1, Math.round(total / settings.rounds));
  /** Every target, round after round, each slice with its own continuing generator; the slices by target. */
  const rounds = async (seed: number, run: (target: MeasuredTarget, next: RequestGenerator) => Promise<Tally>, describe: (tally: Tally) => string) => {
    const slices = new Map<string, Slice[]>(targets.map((t) => [t.name, []]));
    const generators = new Map(targets.map((t) => [t.name, t.generator(seed)]));
    for (let round = 1; round <= settings.rounds; round += 1) {
      for (const target of targets) {
        const s = await slice(target, idle, () => run(target, generators.get(target.name)!));
        slices.get(target.name)!.push(s);
        log(`    ${target.name}: round ${round}, ${describe(s.tally)}, ${errorCount(s.tally)} errors`);
      }
    }
    return slices;
  };
  const throughput = await rounds(
    THROUGHPUT_SEED,
    (target, next) => closedLoop({ url: target.url, connections: settings.connections, seconds: seconds(settings.throughputSeconds), timeoutMs: settings.timeoutMs, next }),
    (tally) => `${(tally.ok / tally.seconds).toFixed(1)} req/s at ${settings.connections} connections`,
  );
  const latency = await rounds(
    LATENCY_SEED,
    (target, next) => openLoop({ url: target.url, rate: settings.rate, seconds: seconds(settings.latencySeconds), timeoutMs: settings.timeoutMs, next }),
    (tally) => `p99 ${percentile(tally.latenciesMs, 99)?.toFixed(0)} ms at ${settings.rate} req/s`,
  );
  return targets.map((target) => ({
    target: target.name,
    throughput: throughputFigures(throughput.get(target.name)!),
    latency: latencyFigures(latency.get(target.name)!, settings.rate),
  }));
}

/** What both measurements report: requests, errors and their codes, round trips per request. */
function commonFigures(slices: Slice[]): { tally: Tally } & Figures {
  const tally = mergeTallies(slices.map((s) => s.tally));
  return {
    tally,
    requests: tally.requests,
    errors: errorCount(tally),
    codes: tally.codes,
    roundTripsPerRequest: perRequest(slices, tally),
    cpuMsPerRequest: cpuPerRequest(slices.map((s) => s.cpu), sentOf(tally)),
  };
}

function throughputFigures(slices: Slice[]): ThroughputFigures {
  const { tally, ...figures } = commonFigures(slices);
  return { ...figures, seconds: tally.seconds, reqPerSec: tally.seconds ? tally.ok / tally.seconds : 0 };
}

function latencyFigures(slices: Slice[], rate: number): LatencyFigures {
  const { tally, ...figures } = commonFigures(slices);
  const p = (n: number) => percentile(tally.latenciesMs, n);
  return { ...figures, rate, p50: p(50), p95: p(95), p99: p(99), max: p(100) };
}

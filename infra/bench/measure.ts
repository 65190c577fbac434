import { closedLoop } from './load/closedLoop';
import { openLoop } from './load/openLoop';
import { errorCount, mergeTallies, percentile, type Tally } from './load/stats';
import type { BenchSettings } from './options';
import { totalRoundTrips } from './probes';
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
}

const THROUGHPUT_SEED = 1;
const LATENCY_SEED = 2;

interface Slice {
  tally: Tally;
  /** Null when a subgraph too busy to answer its metrics left them unknown. */
  roundTrips: number | null;
}

/** The subgraphs' round trips so far, or null when one is too busy to tell (its metrics share its event loop). */
const roundTripsSoFar = (target: MeasuredTarget) => totalRoundTrips(target.subgraphs).catch(() => null);

async function slice(target: MeasuredTarget, idle: () => Promise<unknown>, run: () => Promise<Tally>): Promise<Slice> {
  const before = await roundTripsSoFar(target);
  const tally = await run();
  // Requests a client gave up on still run on the servers: wait for them, and charge them to this slice.
  await idle();
  const after = await roundTripsSoFar(target);
  return { tally, roundTrips: before === null || after === null ? null : after - before };
}

/** Round trips per request sent (those an overloaded target was never sent cost nothing); null when a slice's are unknown. */
const perRequest = (slices: Slice[], tally: Tally) => {
  const sent = tally.requests - tally.failures['not-sent'];
  if (!sent || slices.some((s) => s.roundTrips === null)) return null;
  return slices.reduce((a, s) => a + s.roundTrips!, 0) / sent;
};

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
  return { tally, requests: tally.requests, errors: errorCount(tally), codes: tally.codes, roundTripsPerRequest: perRequest(slices, tally) };
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

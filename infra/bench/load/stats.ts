import type { Outcome } from '../request';

/** What one measurement slice (one target, one stretch of time) saw. */
export interface Tally {
  seconds: number;
  /** Responses or failures, each counted once. */
  requests: number;
  ok: number;
  failures: Record<Exclude<Outcome, 'ok'>, number>;
  /** Error codes (GraphQL `extensions.code`, HTTP_<status>, TIMEOUT, …) and how often. */
  codes: Record<string, number>;
  /** Latency of every request in ms (open loop only: from its scheduled send time). */
  latenciesMs: number[];
}

export function emptyTally(): Tally {
  return { seconds: 0, requests: 0, ok: 0, failures: { 'graphql-error': 0, 'http-error': 0, timeout: 0, 'network-error': 0, 'not-sent': 0 }, codes: {}, latenciesMs: [] };
}

export function record(tally: Tally, outcome: Outcome, codes: string[], latencyMs?: number): void {
  tally.requests += 1;
  if (outcome === 'ok') tally.ok += 1;
  else tally.failures[outcome] += 1;
  for (const code of codes) tally.codes[code] = (tally.codes[code] ?? 0) + 1;
  if (latencyMs !== undefined) tally.latenciesMs.push(latencyMs);
}

export function mergeTallies(tallies: Tally[]): Tally {
  const total = emptyTally();
  for (const t of tallies) {
    total.seconds += t.seconds;
    total.requests += t.requests;
    total.ok += t.ok;
    for (const key of Object.keys(total.failures) as (keyof Tally['failures'])[]) total.failures[key] += t.failures[key];
    for (const [code, n] of Object.entries(t.codes)) total.codes[code] = (total.codes[code] ?? 0) + n;
    for (const latency of t.latenciesMs) total.latenciesMs.push(latency);
  }
  return total;
}

export const errorCount = (tally: Tally) => tally.requests - tally.ok;

/** The p-th percentile (nearest rank) of the values, or null when there are none. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

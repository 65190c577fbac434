/** The issue's targets, each checked against a run's figures: PASS or MISS, and by how much. */
export interface TargetCheck {
  target: string;
  measured: number | null;
  limit: number;
  unit: string;
  /** `below`: measured must be under the limit; `atLeast`: at or above; `equal`: the same. */
  rule: 'below' | 'atLeast' | 'equal';
  pass: boolean;
  /** "PASS (37 ms to spare)", "MISS by 420 ms (3.8× the limit)", "MISS: not measured". */
  verdict: string;
}

const fmt = (value: number, unit: string) => `${Number.isInteger(value) ? value : value.toFixed(value >= 10 ? 0 : 2)}${unit === '×' ? '×' : ` ${unit}`}`;

export function check(target: string, measured: number | null | undefined, rule: TargetCheck['rule'], limit: number, unit: string): TargetCheck {
  const value = measured ?? null;
  if (value === null || Number.isNaN(value)) return { target, measured: null, limit, unit, rule, pass: false, verdict: 'MISS: not measured' };
  const pass = rule === 'below' ? value < limit : rule === 'atLeast' ? value >= limit : value === limit;
  const gap = Math.abs(value - limit);
  let verdict: string;
  if (rule === 'equal') verdict = pass ? 'PASS (equal)' : `MISS by ${fmt(gap, unit)} (${fmt(value, unit)} vs ${fmt(limit, unit)})`;
  else if (pass) verdict = rule === 'below' && limit > 0 && value === 0 ? 'PASS' : `PASS (${fmt(gap, unit)} to spare)`;
  else {
    const ratio = limit > 0 && value > 0 ? (rule === 'below' ? value / limit : limit / value) : null;
    verdict = `MISS by ${fmt(gap, unit)}${ratio ? ` (${ratio.toFixed(1)}× ${rule === 'below' ? 'the limit' : 'short'})` : ''}`;
  }
  return { target, measured: value, limit, unit, rule, pass, verdict };
}

/** What the checks read from a run. */
interface TargetInputs {
  /** p99 (ms) of our gateway at the fixed rate, per workload. */
  p99: Partial<Record<string, number | null>>;
  /** Errors of our gateway (both measurements), per workload. */
  errors: Partial<Record<string, number>>;
  /** Our gateway's req/s divided by Hive Gateway's, per read workload, like for like (neither with a response cache). */
  oursVsHive: Partial<Record<string, number | null>>;
  childrenProbe: { many: number | null; few: number | null } | null;
  /** Peak memory (MB) of our gateway and each subgraph. */
  memory: Record<string, number | null>;
  /**
   * Workloads not loaded because one request alone, on an idle stack, outlasted the measurements'
   * timeout: that time (ms), a lower bound of their p99.
   */
  unloaded?: Partial<Record<string, number>>;
}

const P99_LIMITS: Record<string, number> = { dashboard: 150, exploring: 100, search: 200 };
const HIVE_RATIO = 1.2;
const MEMORY_LIMIT_MB = 300;

const NOT_LOADED = 'MISS: not loaded (one request alone outlasts the timeout)';

const notLoaded = (target: string, limit: number, unit: string, rule: TargetCheck['rule']): TargetCheck => ({ target, measured: null, limit, unit, rule, pass: false, verdict: NOT_LOADED });

export function checkTargets(inputs: TargetInputs): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const unloaded = inputs.unloaded ?? {};
  for (const [workload, limit] of Object.entries(P99_LIMITS)) {
    const target = `p99 at 100 req/s, ${workload === 'exploring' ? 'territory page' : workload}`;
    const alone = unloaded[workload];
    if (alone !== undefined) {
      const lowerBound = check(target, alone, 'below', limit, 'ms');
      checks.push({ ...lowerBound, verdict: `${lowerBound.verdict.replace('MISS by', 'MISS by at least')}: one request alone, not loaded` });
    } else if (workload in inputs.p99) checks.push(check(target, inputs.p99[workload], 'below', limit, 'ms'));
  }
  for (const workload of Object.keys(unloaded)) checks.push(notLoaded(`no errors, ${workload}`, 0, 'errors', 'equal'));
  for (const [workload, errors] of Object.entries(inputs.errors)) checks.push(check(`no errors, ${workload}`, errors, 'equal', 0, 'errors'));
  for (const [workload, ratio] of Object.entries(inputs.oursVsHive)) {
    const target = `req/s at 50 connections ≥ ${HIVE_RATIO}× Hive Gateway, both uncached, ${workload}`;
    checks.push(workload in unloaded ? notLoaded(target, HIVE_RATIO, '×', 'atLeast') : check(target, ratio, 'atLeast', HIVE_RATIO, '×'));
  }
  if (inputs.childrenProbe) {
    const { many, few } = inputs.childrenProbe;
    checks.push(check('round trips of a territory page: ~100 children = ~10 children', few === null ? null : many, 'equal', few ?? 0, 'round trips'));
  }
  for (const [name, mb] of Object.entries(inputs.memory)) checks.push(check(`peak memory < ${MEMORY_LIMIT_MB} MB, ${name}`, mb, 'below', MEMORY_LIMIT_MB, 'MB'));
  return checks;
}

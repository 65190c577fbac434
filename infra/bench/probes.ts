import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Where each subgraph the bench started serves /metrics (a port of its own), by the subgraph's base URL. */
const metricsUrls = new Map<string, string>();

export function registerMetricsUrl(subgraphUrl: string, metricsUrl: string | undefined): void {
  if (metricsUrl) metricsUrls.set(subgraphUrl, metricsUrl);
}

/** Database commands a subgraph has sent since it started (its `fabrique_db_round_trips_total`). */
async function roundTripsOf(subgraphUrl: string): Promise<number> {
  const metricsUrl = metricsUrls.get(subgraphUrl);
  if (!metricsUrl) throw new Error(`${subgraphUrl} serves no metrics the bench knows of`);
  const response = await fetch(`${metricsUrl}/metrics`, { signal: AbortSignal.timeout(5_000) });
  const text = await response.text();
  const match = /^fabrique_db_round_trips_total\{[^}]*\} (\d+)/m.exec(text);
  if (!match) throw new Error(`${metricsUrl}/metrics has no fabrique_db_round_trips_total`);
  return Number(match[1]);
}

/** The sum over several subgraphs. */
export async function totalRoundTrips(subgraphUrls: string[]): Promise<number> {
  const counts = await Promise.all(subgraphUrls.map(roundTripsOf));
  return counts.reduce((a, b) => a + b, 0);
}

/** CPU time (clock ticks, 1/100 s) the processes have used, not counting their children; null without /proc. */
export function cpuTicks(pids: number[]): number | null {
  let total = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      if (!existsSync('/proc/self/stat')) return null;
    }
  }
  return total;
}

/**
 * Waits until the servers are idle: requests a timed-out client gave up on still run on the servers
 * (and queue in the database), and the next measurement must not pay for them. Idle means the
 * processes (subgraphs, gateways, database) used under a tenth of a core for `quietMs`; without
 * /proc, that the subgraphs' round-trip counters held still. Gives up after `maxMs`.
 */
export async function waitIdle(pids: number[], subgraphUrls: string[], options: { quietMs?: number; maxMs?: number } = {}): Promise<boolean> {
  const { quietMs = 500, maxMs = 60_000 } = options;
  const deadline = Date.now() + maxMs;
  const useCpu = cpuTicks(pids) !== null;
  const sample = async () => (useCpu ? cpuTicks(pids)! : totalRoundTrips(subgraphUrls));
  // Ticks are 1/100 s: a tenth of a core over `quietMs`.
  const allowed = useCpu ? quietMs / 100 : 0;
  while (Date.now() < deadline) {
    const before = await sample();
    await new Promise((r) => setTimeout(r, quietMs));
    if ((await sample()) - before <= allowed) return true;
  }
  return false;
}

/** Peak resident memory of a process (VmHWM, in MB) from /proc; null where there is no /proc or it has exited. */
export function peakMemoryMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The parent of every running process, from /proc (empty without it). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return out;
  }
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The parent is the second field after the command name (which may hold spaces).
      out.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Exited meanwhile.
    }
  }
  return out;
}

/** The children of every running process, from /proc: read once for several `withDescendants`. */
export function processTree(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents()) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  return children;
}

/** The processes and every process below them (a gateway's workers, a helper its loader started). */
export function withDescendants(pids: number[], children: Map<number, number[]> = processTree()): number[] {
  const out = new Set<number>();
  const visit = (pid: number) => {
    if (out.has(pid)) return;
    out.add(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  pids.forEach(visit);
  return [...out];
}

/** CPU ticks (1/100 s) every core of the machine spent busy (all but idle and I/O wait), from /proc/stat; null without it. */
export function machineBusyTicks(): number | null {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    // user nice system idle iowait irq softirq steal (guest time is already in user).
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
    return user! + nice! + system! + irq! + softirq! + (steal ?? 0);
  } catch {
    return null;
  }
}

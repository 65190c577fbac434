import type { DatasetScale } from './dataset/manifest';

/** How long and how hard each measurement runs: `full` for figures, `quick` for a check under 6 minutes. */
export interface BenchSettings {
  scale: DatasetScale;
  /** Concurrent connections of the throughput measurement. */
  connections: number;
  /** Total seconds of the throughput measurement per workload and target, split in `rounds`. */
  throughputSeconds: number;
  /** Arrival rate (req/s) of the latency measurement. */
  rate: number;
  /** Total seconds of the latency measurement per workload and target, split in `rounds`. */
  latencySeconds: number;
  /** Targets take turns this many times per measurement, so machine drift is shared. */
  rounds: number;
  /**
   * Seconds of load at `connections` each target of a workload gets before its measurements, not counted:
   * without it, the first measured (ours) paid the warm-up (JIT, plan and process caches) in its first round.
   */
  warmUpSeconds: number;
  /** A request not answered within this is a timeout (an error), never a hang. */
  timeoutMs: number;
  /** Longest wait, after each measurement, for the servers to finish what it left them (abandoned requests). */
  settleMs: number;
  /**
   * Longest wait, after the levers, before the like-for-like measurements: a lever's variant (no
   * territory snapshot above all) leaves the database minutes of abandoned scans, and the main gateway,
   * without its read cache, waits on the database like Hive Gateway and the direct targets.
   */
  leversSettleMs: number;
  /** Levers: seconds of each measurement, and which read workloads they run (none: skipped). */
  leverSeconds: number;
  leverWorkloads: WorkloadName[];
  /** Longest wait for a sample request on an idle stack (verification, children probe). */
  verifyTimeoutMs: number;
  /** Sample requests before measuring: on Hive Gateway too, or on ours only. */
  verifyEveryGateway: boolean;
  /** How many times the children probe sends each territory page. */
  probeTries: number;
  /** Requests of each workload the documents-examined probe sends, one at a time (see examined.ts). */
  examinedRequests: number;
}

const SETTINGS: Record<DatasetScale, BenchSettings> = {
  full: {
    scale: 'full',
    connections: 50,
    throughputSeconds: 20,
    rate: 100,
    latencySeconds: 20,
    rounds: 2,
    warmUpSeconds: 5,
    timeoutMs: 10_000,
    settleMs: 60_000,
    leversSettleMs: 120_000,
    leverSeconds: 10,
    leverWorkloads: ['dashboard', 'exploring', 'search', 'directory'],
    verifyTimeoutMs: 180_000,
    verifyEveryGateway: true,
    probeTries: 2,
    examinedRequests: 30,
  },
  quick: {
    scale: 'quick',
    connections: 50,
    // A slice at least as long as the timeout: a request stuck for the whole slice shows as a timeout.
    throughputSeconds: 3,
    rate: 100,
    latencySeconds: 2,
    rounds: 1,
    warmUpSeconds: 1,
    timeoutMs: 3_000,
    settleMs: 1_000,
    leversSettleMs: 30_000,
    // Levers need a gateway (and a subgraph) started per variant: the quick run measures them on the
    // workload the database does not bound only.
    leverSeconds: 3,
    leverWorkloads: ['directory'],
    // On FerretDB v1 a database-bound sample takes seconds: the quick run checks ours, once.
    verifyTimeoutMs: 120_000,
    verifyEveryGateway: false,
    probeTries: 1,
    examinedRequests: 20,
  },
};

export interface BenchOptions {
  settings: BenchSettings;
  workloads: WorkloadName[];
  /** Load the dataset again even when the databases hold it. */
  reload: boolean;
  /** Load every workload, even one whose single request outlasts the timeout (not loaded by default). */
  loadAnyway: boolean;
}

/** The workloads, in the order a run measures them when `--workload` names none. */
export const WORKLOAD_NAMES = ['directory', 'dashboard', 'exploring', 'search', 'publishing'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

const USAGE = `usage: npm run bench [-- --quick] [-- --workload ${WORKLOAD_NAMES.join('|')}] [-- --reload] [-- --load-anyway] [-- --no-levers]`;

/**
 * Reads `--quick`, `--workload X` (repeatable, or comma-separated), `--reload`, `--load-anyway` and
 * `--no-levers` (the levers' variants skipped: at full scale they take most of an hour); throws with the usage otherwise.
 */
export function parseBenchArgs(argv: string[]): BenchOptions {
  let quick = false;
  let reload = false;
  let loadAnyway = false;
  let levers = true;
  const workloads: WorkloadName[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--reload') reload = true;
    else if (arg === '--load-anyway') loadAnyway = true;
    else if (arg === '--no-levers') levers = false;
    else if (arg === '--workload' || arg.startsWith('--workload=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      for (const name of (value ?? '').split(',').filter(Boolean)) {
        if (!(WORKLOAD_NAMES as readonly string[]).includes(name)) throw new Error(`unknown workload "${name}"; ${USAGE}`);
        workloads.push(name as WorkloadName);
      }
      if (!value) throw new Error(`--workload needs a name; ${USAGE}`);
    } else throw new Error(`unknown option "${arg}"; ${USAGE}`);
  }
  const settings = SETTINGS[quick ? 'quick' : 'full'];
  return { settings: levers ? settings : { ...settings, leverSeconds: 0 }, workloads: workloads.length ? [...new Set(workloads)] : [...WORKLOAD_NAMES], reload, loadAnyway };
}

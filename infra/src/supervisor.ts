import type { ManagedProcess } from './stack';

interface SupervisorOptions {
  log: (line: string) => void;
  /** Wait before the first restart; doubled at each crash in a row, up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A process that crashes more than `maxCrashes` times within `windowMs` is left stopped. */
  maxCrashes?: number;
  windowMs?: number;
}

type Supervised = ManagedProcess & { respawn: () => ManagedProcess['child'] };

/**
 * Keeps the platform's processes running under `npm start`: one that exits on its own (a crash, a
 * `kill -9`) is started again after a backoff while the others keep serving (the gateway's /health
 * names a subgraph that is down meanwhile); each restart is logged and counted, and a process that
 * keeps crashing is given up on with a message saying so. Small enough to own: the maintained
 * supervisors (pm2, AGPL, with its own daemon; forever-monitor, unmaintained) bring more than this.
 */
export class Supervisor {
  /** Restarts so far, per process name. */
  readonly restarts: Record<string, number> = {};
  /** Processes given up on, after too many crashes. */
  readonly givenUp = new Set<string>();
  private readonly crashes = new Map<string, number[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;
  private readonly settings: Required<SupervisorOptions>;

  constructor(options: SupervisorOptions) {
    this.settings = { initialBackoffMs: 500, maxBackoffMs: 8_000, maxCrashes: 5, windowMs: 60_000, ...options };
  }

  /** Watches each process that can be respawned (see ManagedProcess.respawn). */
  watch(processes: ManagedProcess[]): void {
    for (const process of processes) if (process.respawn) this.follow(process as Supervised);
  }

  /** No more restarts (before stopping the processes on purpose). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private follow(process: Supervised): void {
    const child = process.child;
    child.once('exit', (code, signal) => {
      if (this.stopped || process.child !== child) return;
      this.crashed(process, code, signal);
    });
  }

  private crashed(process: Supervised, code: number | null, signal: NodeJS.Signals | null): void {
    const { log, windowMs, maxCrashes, initialBackoffMs, maxBackoffMs } = this.settings;
    const now = Date.now();
    const recent = [...(this.crashes.get(process.name) ?? []).filter((at) => now - at < windowMs), now];
    this.crashes.set(process.name, recent);
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    if (recent.length > maxCrashes) {
      this.givenUp.add(process.name);
      log(`✖ ${process.name} crashed ${recent.length} times within ${windowMs / 1000} s (last: ${how}); not restarting it again. The other processes keep running; see its log above, fix the cause and restart the platform.`);
      return;
    }
    const delay = Math.min(initialBackoffMs * 2 ** (recent.length - 1), maxBackoffMs);
    log(`✖ ${process.name} stopped unexpectedly (${how}); restarting it in ${delay / 1000} s (crash ${recent.length} of at most ${maxCrashes} within ${windowMs / 1000} s).`);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      process.child = process.respawn();
      this.restarts[process.name] = (this.restarts[process.name] ?? 0) + 1;
      log(`↻ ${process.name} restarted (restart ${this.restarts[process.name]}, pid ${process.child.pid}).`);
      this.follow(process);
    }, delay);
    this.timers.add(timer);
  }
}

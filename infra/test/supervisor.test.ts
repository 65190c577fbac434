import { spawn } from 'node:child_process';
import type { ManagedProcess } from '../src/stack';
import { Supervisor } from '../src/supervisor';

// Small node processes standing in for the subgraphs and the gateway (the real ones: stack.test.ts).
const IDLE = 'setInterval(() => {}, 1000)';

function standIn(name: string, script = IDLE): ManagedProcess {
  const respawn = () => spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  return { name, url: 'http://127.0.0.1:0', child: respawn(), respawn };
}

const alive = (p: ManagedProcess) => p.child.exitCode === null && p.child.signalCode === null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('the supervisor of npm start', () => {
  const lines: string[] = [];
  let processes: ManagedProcess[] = [];
  let supervisor: Supervisor;

  afterEach(() => {
    supervisor.stop();
    for (const p of processes) p.child.kill('SIGKILL');
    lines.length = 0;
  });

  it('restarts a process killed with SIGKILL, logs and counts it, and leaves the others alone', async () => {
    processes = ['actors', 'conventions', 'knowledge', 'gateway'].map((name) => standIn(name));
    supervisor = new Supervisor({ log: (line) => lines.push(line), initialBackoffMs: 50 });
    supervisor.watch(processes);
    const pids = processes.map((p) => p.child.pid);
    const knowledge = processes[2]!;

    knowledge.child.kill('SIGKILL');
    await until(() => knowledge.child.pid !== pids[2] && alive(knowledge));

    expect(supervisor.restarts).toEqual({ knowledge: 1 });
    expect(processes.map((p) => p.child.pid)).toEqual([pids[0], pids[1], knowledge.child.pid, pids[3]]);
    expect(processes.every(alive)).toBe(true);
    expect(lines[0]).toMatch(/^✖ knowledge stopped unexpectedly \(signal SIGKILL\); restarting it in 0\.05 s/);
    expect(lines[1]).toMatch(/^↻ knowledge restarted \(restart 1, pid \d+\)/);

    // The restarted process is watched too.
    knowledge.child.kill('SIGKILL');
    await until(() => supervisor.restarts.knowledge === 2 && alive(knowledge));
  });

  it('backs off between crashes and gives up on a process that keeps crashing, with a clear message', async () => {
    processes = [standIn('actors', 'process.exit(3)'), standIn('gateway')];
    supervisor = new Supervisor({ log: (line) => lines.push(line), initialBackoffMs: 20, maxCrashes: 3 });
    supervisor.watch(processes);

    await until(() => supervisor.givenUp.has('actors'));
    expect(supervisor.restarts).toEqual({ actors: 3 });
    expect(lines.filter((l) => l.includes('restarting it in')).map((l) => /in ([\d.]+) s/.exec(l)![1])).toEqual(['0.02', '0.04', '0.08']);
    expect(lines.at(-1)).toMatch(/^✖ actors crashed 4 times within 60 s \(last: exit code 3\); not restarting it again\. The other processes keep running/);
    await sleep(200);
    expect(supervisor.restarts.actors).toBe(3);
    expect(alive(processes[1]!)).toBe(true);
  });

  it('restarts nothing once stopped (Ctrl-C stops every process on purpose)', async () => {
    processes = [standIn('actors')];
    supervisor = new Supervisor({ log: (line) => lines.push(line), initialBackoffMs: 20 });
    supervisor.watch(processes);
    supervisor.stop();
    processes[0]!.child.kill('SIGTERM');
    await sleep(200);
    expect(supervisor.restarts).toEqual({});
    expect(lines).toEqual([]);
  });
});

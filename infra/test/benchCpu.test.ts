import { spawn } from 'node:child_process';
import { cpuPerRequest, LOAD_GENERATOR, REST_OF_MACHINE } from '../bench/measure';
import { cpuTicks, machineBusyTicks, withDescendants } from '../bench/probes';
import { cpuTable, type BenchReport, type TargetFigures } from '../bench/report';

// Where the bench charges CPU: a process with those it started, the machine's busy time, ms per request.

/** Spends `ms` of CPU (not of wall time: the machine may be busy), then idles until stopped. */
const BUSY = (ms: number) => `while (process.cpuUsage().user < ${ms * 1000}); setInterval(() => {}, 1000);`;

/** Resolves once `check` holds, polling; fails after `ms`. */
async function eventually(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the bench splits CPU by process', () => {
  const pids: number[] = [];
  afterAll(() => {
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });

  it('counts a process with every process below it, and the machine busy meanwhile', async () => {
    const machineBefore = machineBusyTicks()!;
    // A parent that idles and starts a child that spends 600 ms of CPU: the child's ticks are the parent's tree's.
    const parent = spawn(process.execPath, ['-e', `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(BUSY(600))}], { stdio: 'ignore' }); setInterval(() => {}, 1000);`], { stdio: 'ignore' });
    pids.push(parent.pid!);
    await eventually(() => withDescendants([parent.pid!]).length >= 2);
    const child = withDescendants([parent.pid!]).find((pid) => pid !== parent.pid)!;
    pids.push(child);
    await eventually(() => cpuTicks([child])! >= 55);
    expect(cpuTicks(withDescendants([parent.pid!]))!).toBeGreaterThanOrEqual(cpuTicks([parent.pid!])! + 55);
    expect(machineBusyTicks()! - machineBefore).toBeGreaterThanOrEqual(55);
  });

  it('gives ms of CPU per request sent, by group, and none when a slice was not split', () => {
    const slices = [
      { gateway: 10, subgraphs: 30, [LOAD_GENERATOR]: 5, [REST_OF_MACHINE]: 55 },
      { gateway: 10, subgraphs: 10, [LOAD_GENERATOR]: 5, [REST_OF_MACHINE]: 25 },
    ];
    // 200 ticks of 10 ms over 100 requests.
    expect(cpuPerRequest(slices, 100)).toEqual({ gateway: 2, subgraphs: 4, [LOAD_GENERATOR]: 1, [REST_OF_MACHINE]: 8 });
    expect(cpuPerRequest([slices[0]!, null], 100)).toBeNull();
    expect(cpuPerRequest(slices, 0)).toBeNull();
  });

  it('tables each target with the groups it has, and its total', () => {
    const figures = (target: string, cpu: Record<string, number> | null): TargetFigures => ({
      target,
      throughput: { requests: 100, errors: 0, codes: {}, roundTripsPerRequest: 1, cpuMsPerRequest: cpu, seconds: 1, reqPerSec: 100 },
      latency: { requests: 100, errors: 0, codes: {}, roundTripsPerRequest: 1, rate: 100, p50: 2, p95: 3, p99: 4, max: 5 },
    });
    const report = {
      workloads: [
        {
          name: 'search',
          targets: [
            figures('ours', { gateway: 2, subgraphs: 10, [LOAD_GENERATOR]: 1, [REST_OF_MACHINE]: 30 }),
            figures('direct:knowledge', { subgraphs: 9, [LOAD_GENERATOR]: 1, [REST_OF_MACHINE]: 30 }),
          ],
        },
      ],
    } as unknown as BenchReport;
    const text = cpuTable(report);
    expect(text).toContain('| workload | target | gateway ms/req | subgraphs ms/req | load generator ms/req | rest of the machine ms/req | total ms/req |');
    expect(text).toContain('| search | ours | 2.0 | 10.0 | 1.0 | 30.0 | 43.0 |');
    expect(text).toContain('| search | direct:knowledge | – | 9.0 | 1.0 | 30.0 | 40.0 |');
    expect(cpuTable({ workloads: [{ ...report.workloads[0]!, targets: [figures('ours', null)] }] })).toMatch(/^Not measured/);
  });
});

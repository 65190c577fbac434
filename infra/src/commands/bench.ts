// npm run bench [-- --quick] [-- --workload X] [-- --reload]: see infra/bench/README.md.
import { parseBenchArgs } from '../../bench/options';
import { runBench, type RunHandles } from '../../bench/run';
import { ProcessRegistry } from '../../bench/processes';

/** Gives up on `work` after `ms` (the database may still be busy with what the stopped processes asked). */
function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  return Promise.race([work, new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`gave up after ${ms / 1000} s`)), ms).unref())]);
}

async function main() {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`\n✖ ${(error as Error).message}\n`);
    process.exit(2);
  }
  const handles: RunHandles = { registry: new ProcessRegistry(), afterStop: [] };
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await handles.registry.close();
    // What is not undone in time (the database still busy) is finished by the next run.
    const patience = options.settings.scale === 'quick' ? 15_000 : 60_000;
    for (const undo of handles.afterStop) await withTimeout(undo(), patience).catch((error: Error) => console.error(`✖ clean-up: ${error.message} (the next run finishes it)`));
    await handles.database?.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.log('\nStopping every process the benchmark started...');
      void stop(130);
    });
  }
  try {
    await runBench(options, handles, (line) => console.log(line));
    await stop(0);
  } catch (error) {
    // Once stopping, a step failing because its processes are gone is expected.
    if (!stopping) console.error(`\n✖ ${(error as Error).stack ?? error}\n`);
    await stop(1);
  }
}

void main();

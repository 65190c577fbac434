// npm start: database, demo data, three subgraphs and the gateway; Ctrl-C stops everything.
import { DatabaseStartError } from '../db/ferretdb';
import { provideDatabase, type ProvidedDatabase } from '../db/provide';
import { seedDemo } from '../seed';
import { startServices, stopProcesses, type ManagedProcess } from '../stack';
import { Supervisor } from '../supervisor';
import { buildObservatoire } from '../tasks';

const log = (line: string) => console.log(line);

async function main() {
  let database: ProvidedDatabase | undefined;
  let processes: ManagedProcess[] = [];
  let stopping = false;
  const supervisor = new Supervisor({ log: (line) => console.error(line) });
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    supervisor.stop();
    log('\nStopping...');
    await stopProcesses(processes);
    await database?.stop();
    log('Stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));

  try {
    database = await provideDatabase('demo', log);
    log('Seeding demo data (idempotent)...');
    await seedDemo(database.uri, log);
    // The web app is served by the gateway; the API works without it (the gateway then says how to build it).
    if (!buildObservatoire(log)) console.error("⚠ L'Observatoire did not build (see above): /observatoire/ will say so; the API is unaffected.");
    log('Starting the subgraphs and the gateway...');
    processes = await startServices(database.uri);
  } catch (error) {
    console.error(error instanceof DatabaseStartError ? `\n✖ ${error.message}\n` : `\n✖ ${(error as Error).message}\n`);
    await stop(1);
    return;
  }
  // A crashed process is restarted with backoff while the others keep serving.
  supervisor.watch(processes);
  const gateway = processes.find((p) => p.name === 'gateway')!;
  log('');
  log(`  The platform is up. Playground: ${gateway.url}/playground`);
  log(`  L'Observatoire (web app):     ${gateway.url}/observatoire/`);
  log(`  GraphQL endpoint:             ${gateway.url}/graphql`);
  log(`  Metrics (this machine only):  ${processes.map((p) => `${p.name} ${p.metricsUrl}/metrics`).join(', ')}`);
  log('  Press Ctrl-C to stop.');
  log('');
}

void main();

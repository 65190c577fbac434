import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './tasks';
import { databaseNameOf, SERVICES, type ServiceName } from './seed';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  url: string;
}

const PORTS = { actors: 4001, conventions: 4002, knowledge: 4003, gateway: 4000 } as const;
export type ProcessName = keyof typeof PORTS;

/** Default ports, overridable with ACTORS_PORT, CONVENTIONS_PORT, KNOWLEDGE_PORT, GATEWAY_PORT. */
export function defaultPorts(): Record<ProcessName, number> {
  const port = (name: ProcessName) => Number(process.env[`${name.toUpperCase()}_PORT`] ?? PORTS[name]);
  return { actors: port('actors'), conventions: port('conventions'), knowledge: port('knowledge'), gateway: port('gateway') };
}

export interface StackOptions {
  ports?: Record<ProcessName, number>;
  databaseName?: (service: ServiceName) => string;
  /** Extra environment for every process (e.g. LOG_LEVEL). */
  env?: NodeJS.ProcessEnv;
}

/** Prefixes each line a child writes with its name, so four logs stay readable in one terminal. */
function relay(name: string, child: ChildProcess) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
  }
}

function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  relay(name, child);
  return child;
}

async function waitHealthy(name: string, url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting (see its log above).`);
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become healthy at ${url}/health within ${timeoutMs / 1000} s.`);
}

/** Starts the three subgraphs then the gateway, each as its own process; resolves once all are healthy. */
export async function startServices(mongodbUri: string, options: StackOptions = {}): Promise<ManagedProcess[]> {
  const ports = options.ports ?? defaultPorts();
  const databaseName = options.databaseName ?? databaseNameOf;
  const identitySecret = process.env.IDENTITY_SECRET ?? randomBytes(32).toString('hex');
  const common = { NODE_ENV: process.env.NODE_ENV ?? 'development', ...options.env, MONGODB_URI: mongodbUri, IDENTITY_SECRET: identitySecret };
  const started: ManagedProcess[] = [];
  try {
    for (const service of SERVICES) {
      const port = ports[service];
      const child = startProcess(service, join(ROOT, 'services', service, 'src', 'index.ts'), {
        ...common,
        PORT: String(port),
        MONGODB_DATABASE: databaseName(service),
      });
      started.push({ name: service, child, url: `http://127.0.0.1:${port}` });
    }
    await Promise.all(started.map((p) => waitHealthy(p.name, p.url, p.child)));
    const gatewayPort = ports.gateway;
    const [actors, conventions, knowledge] = started;
    const gateway = startProcess('gateway', join(ROOT, 'gateway', 'src', 'index.ts'), {
      ...common,
      PORT: String(gatewayPort),
      ACTORS_URL: `${actors!.url}/graphql`,
      CONVENTIONS_URL: `${conventions!.url}/graphql`,
      KNOWLEDGE_URL: `${knowledge!.url}/graphql`,
    });
    started.push({ name: 'gateway', child: gateway, url: `http://127.0.0.1:${gatewayPort}` });
    await waitHealthy('gateway', started[3]!.url, gateway);
    return started;
  } catch (error) {
    await stopProcesses(started);
    throw error;
  }
}

/** SIGTERM, then SIGKILL after 10 s for whatever is still running; resolves when all have exited. */
export async function stopProcesses(processes: ManagedProcess[]): Promise<void> {
  await Promise.all(
    processes.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
}

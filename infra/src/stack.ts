import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { env, parseConfig } from '@fabrique/kit';
import { ROOT } from './tasks';
import { databaseNameOf, SERVICES, type ServiceName } from './seed';

export interface ManagedProcess {
  name: string;
  /** The running child; a supervisor replaces it when it restarts the process. */
  child: ChildProcess;
  url: string;
  /** Base URL of its /metrics port, when it serves one. */
  metricsUrl?: string;
  /** Starts the process again, with the very same command and environment (see Supervisor). */
  respawn?: () => ChildProcess;
}

/** Where children's log lines go (each prefixed with its process's name). */
export type LogOutput = (line: string) => void;
const toStdout: LogOutput = (line) => process.stdout.write(`${line}\n`);

const PORTS = { actors: 4001, conventions: 4002, knowledge: 4003, gateway: 4000 } as const;
export type ProcessName = keyof typeof PORTS;

/** Default ports, overridable with ACTORS_PORT, CONVENTIONS_PORT, KNOWLEDGE_PORT, GATEWAY_PORT. */
function defaultPorts(): Record<ProcessName, number> {
  const port = (name: ProcessName) => Number(process.env[`${name.toUpperCase()}_PORT`] ?? PORTS[name]);
  return { actors: port('actors'), conventions: port('conventions'), knowledge: port('knowledge'), gateway: port('gateway') };
}

/**
 * Default /metrics ports of `npm start` (loopback): each process's HTTP port + 5400, so two stacks on other
 * ports do not collide; overridable with ACTORS_METRICS_PORT... GATEWAY_METRICS_PORT.
 */
export function defaultMetricsPorts(): Record<ProcessName, number> {
  const http = defaultPorts();
  const port = (name: ProcessName) => Number(process.env[`${name.toUpperCase()}_METRICS_PORT`] ?? http[name] + 5_400);
  return { actors: port('actors'), conventions: port('conventions'), knowledge: port('knowledge'), gateway: port('gateway') };
}

export interface StackOptions {
  /** Ports of the processes to start; those left out take their default (see defaultPorts). */
  ports?: Partial<Record<ProcessName, number>>;
  /**
   * /metrics ports of the processes. A process whose HTTP port the caller chose and whose metrics
   * port it did not serves no metrics (defaults would collide between stacks); otherwise the default.
   */
  metricsPorts?: Partial<Record<ProcessName, number>>;
  databaseName?: (service: ServiceName) => string;
  /** Extra environment for every process (e.g. LOG_LEVEL). */
  env?: NodeJS.ProcessEnv;
  /** Extra environment for one process only, over `env` (a benchmark turns a setting off in one of them). */
  processEnv?: Partial<Record<ProcessName, NodeJS.ProcessEnv>>;
  /** Subgraphs already running, by base URL: not started again, the gateway calls them there. */
  running?: Partial<Record<ServiceName, string>>;
  /** Secret of the identity header, shared by processes that call each other; default IDENTITY_SECRET, else random. */
  identitySecret?: string;
  /** Shown after each process's name in its log lines, e.g. `gateway no-cache`. */
  label?: string;
  /** Where the children's log lines go; default: this process's stdout. */
  output?: LogOutput;
  /** Told of each process as soon as it is spawned (named with the label), so a caller can stop it even mid-start. */
  onSpawn?: (process: ManagedProcess) => void;
}

/** Prefixes each line a child writes with its name, so four logs stay readable in one terminal. */
function relay(name: string, child: ChildProcess, output: LogOutput) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => output(`[${name}] ${line}`));
  }
}

/** Spawns a command from the repository's root, its log lines relayed to `output` under `name`. */
export function spawnLogged(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, output: LogOutput = toStdout): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  relay(name, child, output);
  return child;
}

/**
 * V8's old-space limit of each service process (MB), `SERVICE_HEAP_MB`. Left to itself V8 sizes the heap
 * from the machine's memory and lets it grow under load long before collecting (a subgraph reached
 * 379 MB serving 50 connections); the services keep far less alive than this.
 */
const stackVariables = {
  heapMb: env.int('SERVICE_HEAP_MB', { description: 'V8 old-space limit (MB) of each service process started.', default: 192, min: 64, max: 16_384 }),
};

function startProcess(name: string, entry: string, environment: NodeJS.ProcessEnv, heapMb: number, output?: LogOutput): ChildProcess {
  return spawnLogged(name, process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', entry], environment, output);
}

/** Resolves once `url` + `path` (`/health`) answers 200; fails if the process exits or the time runs out. */
export async function waitHealthy(name: string, url: string, child: ChildProcess, options: { timeoutMs?: number; path?: string } = {}): Promise<void> {
  const { timeoutMs = 60_000, path = '/health' } = options;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting (see its log).`);
    try {
      const response = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become healthy at ${url}${path} within ${timeoutMs / 1000} s.`);
}

/**
 * Starts the three subgraphs then the gateway, each as its own process; resolves once all are healthy.
 * Subgraphs named in `options.running` are not started: the gateway calls them where they run.
 */
export async function startServices(mongodbUri: string, options: StackOptions = {}): Promise<ManagedProcess[]> {
  const { heapMb } = parseConfig(stackVariables);
  const ports = { ...defaultPorts(), ...options.ports };
  const metricsPortOf = (name: ProcessName) => options.metricsPorts?.[name] ?? (options.ports?.[name] === undefined ? defaultMetricsPorts()[name] : 0);
  const metricsUrlOf = (name: ProcessName) => (metricsPortOf(name) > 0 ? { metricsUrl: `http://127.0.0.1:${metricsPortOf(name)}` } : {});
  const databaseName = options.databaseName ?? databaseNameOf;
  const identitySecret = options.identitySecret ?? process.env.IDENTITY_SECRET ?? randomBytes(32).toString('hex');
  const common = { NODE_ENV: process.env.NODE_ENV ?? 'development', ...options.env, MONGODB_URI: mongodbUri, IDENTITY_SECRET: identitySecret };
  const nameOf = (name: ProcessName) => (options.label ? `${name} ${options.label}` : name);
  const urls: Partial<Record<ServiceName, string>> = { ...options.running };
  // The actors subgraph answers `node` by asking the other two which ids are theirs.
  const subgraphUrl = (name: 'conventions' | 'knowledge') => `${options.running?.[name] ?? `http://127.0.0.1:${ports[name]}`}/graphql`;
  const nodePeersEnv = { CONVENTIONS_URL: subgraphUrl('conventions'), KNOWLEDGE_URL: subgraphUrl('knowledge') };
  const started: ManagedProcess[] = [];
  try {
    for (const service of SERVICES) {
      if (options.running?.[service]) continue;
      const port = ports[service];
      const respawn = () =>
        startProcess(
          nameOf(service),
          join(ROOT, 'services', service, 'src', 'index.ts'),
          { ...common, ...(service === 'actors' ? nodePeersEnv : {}), ...options.processEnv?.[service], PORT: String(port), METRICS_PORT: String(metricsPortOf(service)), MONGODB_DATABASE: databaseName(service) },
          heapMb,
          options.output,
        );
      started.push({ name: service, child: respawn(), url: (urls[service] = `http://127.0.0.1:${port}`), ...metricsUrlOf(service), respawn });
      options.onSpawn?.({ ...started.at(-1)!, name: nameOf(service) });
    }
    await Promise.all(started.map((p) => waitHealthy(nameOf(p.name as ProcessName), p.url, p.child)));
    const gatewayPort = ports.gateway;
    const respawnGateway = () =>
      startProcess(
        nameOf('gateway'),
        join(ROOT, 'gateway', 'src', 'index.ts'),
        {
          ...common,
          ...options.processEnv?.gateway,
          PORT: String(gatewayPort),
          METRICS_PORT: String(metricsPortOf('gateway')),
          ACTORS_URL: `${urls.actors}/graphql`,
          CONVENTIONS_URL: `${urls.conventions}/graphql`,
          KNOWLEDGE_URL: `${urls.knowledge}/graphql`,
        },
        heapMb,
        options.output,
      );
    const gateway = respawnGateway();
    const url = `http://127.0.0.1:${gatewayPort}`;
    started.push({ name: 'gateway', child: gateway, url, ...metricsUrlOf('gateway'), respawn: respawnGateway });
    options.onSpawn?.({ name: nameOf('gateway'), child: gateway, url });
    await waitHealthy(nameOf('gateway'), url, gateway);
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

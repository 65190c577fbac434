import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../src/db/ferretdb';
import { SERVICES, type ServiceName } from '../src/seed';
import { spawnLogged, startServices, stopProcesses, waitHealthy, type LogOutput, type ManagedProcess, type ProcessName, type StackOptions } from '../src/stack';
import { ROOT } from '../src/tasks';
import { LIKE_FOR_LIKE, writeHiveConfig, type HiveSetup } from './comparisons';
import { peakMemoryMb, registerMetricsUrl } from './probes';
import { readSupergraph, rewriteSubgraphUrls } from './supergraph';

const HIVE_BIN = join(ROOT, 'infra', 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');

/** Environment of every bench process: production mode, quiet logs, no territory import to watch for. */
const BENCH_ENV = { NODE_ENV: 'production', LOG_LEVEL: 'warn', TERRITORY_SNAPSHOT_REFRESH_SECONDS: '3600' };

/**
 * Every process of our stack: the subgraphs let a request's database work run as long as the gateway waits
 * (DATABASE_TIMEOUT_MS would otherwise stop it at 8 s, hiding how long a request alone takes).
 */
const ourEnv = (settings: StackSettings) => ({ ...BENCH_ENV, DATABASE_TIMEOUT_MS: String(settings.subgraphTimeoutMs) });

/**
 * Our gateway as measured: no rate limit (the load comes from one address), a bootstrap token for the
 * partners' tokens, and subgraph calls allowed as long as the bench waits for a single request (the
 * verification and the probes time a request alone; under load the client's shorter timeout rules).
 */
const gatewayEnv = (settings: StackSettings) => ({
  RATE_LIMIT_REQUESTS: '0',
  BOOTSTRAP_ADMIN_TOKEN: settings.bootstrapToken,
  SUBGRAPH_TIMEOUT_MS: String(settings.subgraphTimeoutMs),
});

/**
 * Every process the bench started, registered as soon as it is spawned, so that Ctrl-C or a failure
 * stops them all; once closed, a process spawned by a step still under way is stopped at once.
 */
export class ProcessRegistry {
  private readonly processes: ManagedProcess[] = [];
  private closed = false;
  /** Peak memory of processes already stopped (a lever's variant), by name. */
  readonly stoppedPeaks: Record<string, number | null> = {};

  readonly add = (process: ManagedProcess): void => {
    this.processes.push(process);
    if (this.closed) void this.stop([process.child]);
  };

  list(): ManagedProcess[] {
    return [...this.processes];
  }

  pids(): number[] {
    return this.processes.map((p) => p.child.pid).filter((pid): pid is number => pid !== undefined);
  }

  /** The running processes serving these base URLs. */
  pidsServing(urls: readonly string[]): number[] {
    return this.processes.filter((p) => urls.includes(p.url) && p.child.pid !== undefined).map((p) => p.child.pid!);
  }

  /** Peak memory (MB) of each running process, by name. */
  peaks(): Record<string, number | null> {
    return Object.fromEntries(this.processes.map((p) => [p.name, peakMemoryMb(p.child.pid)]));
  }

  /** Stops these processes (by child), or every one. */
  async stop(children?: ChildProcess[]): Promise<void> {
    const list = this.processes.filter((p) => !children || children.includes(p.child));
    for (const p of list) this.stoppedPeaks[p.name] = peakMemoryMb(p.child.pid);
    await stopProcesses(list);
    for (const p of list) this.processes.splice(this.processes.indexOf(p), 1);
  }

  /** Stops every process, and any spawned from now on. */
  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }
}

export interface BenchStack {
  subgraphs: Record<ServiceName, string>;
  ours: string;
  hive: string | null;
}

export interface StackSettings {
  uri: string;
  databaseName: (service: ServiceName) => string;
  identitySecret: string;
  bootstrapToken: string;
  /** Where the children's logs go (a file: the summary stays readable). */
  output: LogOutput;
  /** Folder for the rewritten supergraph Hive serves. */
  workDir: string;
  /** Our gateways' SUBGRAPH_TIMEOUT_MS. */
  subgraphTimeoutMs: number;
}

async function ports(names: ProcessName[]): Promise<Partial<Record<ProcessName, number>>> {
  const out: Partial<Record<ProcessName, number>> = {};
  for (const name of names) out[name] = await freePort();
  return out;
}

/**
 * The three subgraphs and our gateway, each its own process on a free port; `gatewayEnv` on top of the
 * bench's for the gateway (the main gateway runs without its read cache, see comparisons.ts).
 */
export async function startOurStack(settings: StackSettings, registry: ProcessRegistry, extraGatewayEnv: Record<string, string> = {}): Promise<BenchStack> {
  const started = await startServices(settings.uri, {
    ports: await ports(['actors', 'conventions', 'knowledge', 'gateway']),
    metricsPorts: await ports([...SERVICES]),
    databaseName: settings.databaseName,
    env: ourEnv(settings),
    processEnv: { gateway: { ...gatewayEnv(settings), ...extraGatewayEnv } },
    identitySecret: settings.identitySecret,
    output: settings.output,
    onSpawn: registry.add,
  });
  const url = (name: string) => started.find((p) => p.name === name)!.url;
  for (const p of started) registerMetricsUrl(p.url, p.metricsUrl);
  return { subgraphs: { actors: url('actors'), conventions: url('conventions'), knowledge: url('knowledge') }, ours: url('gateway'), hive: null };
}

/**
 * The arguments of `hive-gateway supergraph`: one process like ours (`--fork 1`), without what ours
 * does not do: no WebSockets, no schema polling (the file does not change), no JIT (off by default), no
 * usage reporting (no Hive token given). Its error masking stays on (ours masks in production too).
 * With `configPath`, its config file (response caching); without, none: Hive's defaults.
 */
export function hiveArgs(supergraphFile: string, port: number, configPath?: string): string[] {
  return [
    HIVE_BIN,
    'supergraph',
    supergraphFile,
    ...(configPath ? ['--config-path', configPath] : []),
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--fork',
    '1',
    '--disable-websockets',
    '--polling',
    '24h',
  ];
}

/**
 * Hive Gateway over the same supergraph, its subgraph URLs pointing at the bench's subgraphs (see
 * `hiveArgs`). `setup.responseCaching` turns its own response caching on, through a config file.
 */
export async function startHive(stack: BenchStack, settings: StackSettings, registry: ProcessRegistry, setup: HiveSetup = LIKE_FOR_LIKE.hive): Promise<{ url: string; child: ChildProcess }> {
  const file = join(settings.workDir, 'supergraph-hive.graphql');
  const urls = Object.fromEntries(SERVICES.map((s) => [s, `${stack.subgraphs[s]}/graphql`]));
  writeFileSync(file, rewriteSubgraphUrls(readSupergraph(), urls));
  const port = await freePort();
  const configPath = setup.responseCaching ? writeHiveConfig(settings.workDir, setup.responseCaching) : undefined;
  const name = setup.responseCaching ? 'hive-gateway response-caching' : 'hive-gateway';
  const child = spawnLogged(name, process.execPath, hiveArgs(file, port, configPath), { NODE_ENV: 'production' }, settings.output);
  const hive: ManagedProcess = { name, child, url: `http://127.0.0.1:${port}` };
  registry.add(hive);
  await waitHealthy(name, hive.url, child, { path: '/readiness' });
  return { url: hive.url, child };
}

export interface Variant {
  /** Base URL of the variant's gateway. */
  gateway: string;
  /** Base URLs of the subgraphs it calls (for round trips). */
  subgraphs: string[];
  children: ChildProcess[];
}

/**
 * Our gateway with other settings (and, when `processEnv` names a subgraph, its own copy of that
 * subgraph), calling the bench's running subgraphs for the rest.
 */
export async function startVariant(
  stack: BenchStack,
  settings: StackSettings,
  registry: ProcessRegistry,
  label: string,
  processEnv: StackOptions['processEnv'] = {},
): Promise<Variant> {
  const own = SERVICES.filter((s) => processEnv[s]);
  const running = Object.fromEntries(SERVICES.filter((s) => !own.includes(s)).map((s) => [s, stack.subgraphs[s]]));
  const started = await startServices(settings.uri, {
    ports: await ports(['gateway', ...own]),
    metricsPorts: await ports(own),
    databaseName: settings.databaseName,
    env: ourEnv(settings),
    processEnv: { ...processEnv, gateway: { ...gatewayEnv(settings), ...processEnv.gateway } },
    running,
    identitySecret: settings.identitySecret,
    label,
    output: settings.output,
    onSpawn: registry.add,
  });
  for (const p of started) registerMetricsUrl(p.url, p.metricsUrl);
  const subgraphs = SERVICES.map((s) => (own.includes(s) ? started.find((p) => p.name === s)!.url : stack.subgraphs[s]));
  return { gateway: started.find((p) => p.name === 'gateway')!.url, subgraphs, children: started.map((p) => p.child) };
}

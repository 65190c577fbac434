// The local MongoDB-compatible database: FerretDB v1.24.2 with its SQLite backend, built once from
// the Go module proxy into a cache folder shared by every clone on the machine.
//
// A plain `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds, but the binary panics
// at start ("Invalid build/version/version.txt file content"): the module zip lacks the generated
// version file that FerretDB's own build task writes. So we download the very same module with
// `go mod download`, add that one-line file, and `go build` its cmd/ferretdb.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';

const FERRETDB_VERSION = 'v1.24.2';
const MODULE = 'github.com/FerretDB/FerretDB';

export class DatabaseStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseStartError';
  }
}

function cacheDir(): string {
  return process.env.FABRIQUE_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'fabrique');
}

function ferretdbBinary(): string {
  return join(cacheDir(), `ferretdb-${FERRETDB_VERSION}`, 'bin', 'ferretdb');
}

function works(binary: string): boolean {
  if (!existsSync(binary)) return false;
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes(FERRETDB_VERSION);
}

function go(args: string[], cwd: string, log: (line: string) => void): { ok: boolean; output: string } {
  log(`  go ${args.join(' ')}`);
  const result = spawnSync('go', args, { cwd, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod' } });
  if (result.error) {
    throw new DatabaseStartError(
      'Go is needed to build the local database (FerretDB) once, and `go` was not found.\n' +
        '  Install Go (https://go.dev/dl/ or `apt-get install golang`), or point the platform at an existing\n' +
        '  MongoDB with MONGODB_URI=mongodb://host:27017/ and nothing will be built or started.',
    );
  }
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Returns the path of a working FerretDB binary, building it the first time (a minute or two). */
function ensureFerretdb(log: (line: string) => void = console.log): string {
  const binary = ferretdbBinary();
  if (works(binary)) return binary;
  const home = join(cacheDir(), `ferretdb-${FERRETDB_VERSION}`);
  log(`Building FerretDB ${FERRETDB_VERSION} once into ${home} (from the Go module proxy)...`);
  mkdirSync(home, { recursive: true });
  const download = go(['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], home, log);
  if (!download.ok) {
    throw new DatabaseStartError(`Downloading FerretDB from the Go module proxy failed:\n${download.output}\n  Check GOPROXY and the network, or set MONGODB_URI.`);
  }
  const moduleDir = (JSON.parse(download.output.slice(download.output.indexOf('{'))) as { Dir: string }).Dir;
  const source = join(home, 'src');
  rmSync(source, { recursive: true, force: true });
  cpSync(moduleDir, source, { recursive: true });
  spawnSync('chmod', ['-R', 'u+w', source]);
  writeFileSync(join(source, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  let build = go(['build', '-o', binary, './cmd/ferretdb'], source, log);
  if (!build.ok) {
    log('  build failed; retrying with -ldflags=-checklinkname=0 (needed by some Go versions)');
    build = go(['build', '-ldflags=-checklinkname=0', '-o', binary, './cmd/ferretdb'], source, log);
  }
  if (!build.ok || !works(binary)) {
    throw new DatabaseStartError(`Building FerretDB failed:\n${build.output}\n  Fix the Go toolchain, or set MONGODB_URI to use an existing MongoDB.`);
  }
  chmodSync(binary, 0o755);
  rmSync(source, { recursive: true, force: true });
  log(`FerretDB ${FERRETDB_VERSION} built.`);
  return binary;
}

function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForMongo(uri: string, timeoutMs: number, alive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline && alive()) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
  throw new DatabaseStartError(`The database did not answer at ${uri}: ${(lastError as Error)?.message ?? 'process exited'}`);
}

export interface RunningDatabase {
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts FerretDB (SQLite backend) on 127.0.0.1:<port> with its files in `dataDir`. */
export async function startFerretdb(options: { port: number; dataDir: string; log?: (line: string) => void }): Promise<RunningDatabase> {
  const log = options.log ?? console.log;
  if (await portInUse(options.port)) {
    throw new DatabaseStartError(
      `Port ${options.port} is already in use, so the local database cannot start.\n` +
        `  Stop what listens there (is another \`npm start\` running?), choose another port with FERRETDB_PORT=27018,\n` +
        `  or use that server if it is a MongoDB: MONGODB_URI=mongodb://127.0.0.1:${options.port}/`,
    );
  }
  const binary = ensureFerretdb(log);
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = join(options.dataDir, 'ferretdb.log');
  const out = openSync(logFile, 'a');
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${options.dataDir}/`,
      `--state-dir=${options.dataDir}`,
      `--listen-addr=127.0.0.1:${options.port}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=warn',
      '--log-format=json',
    ],
    { stdio: ['ignore', out, out] },
  );
  let exited = false;
  child.once('exit', () => (exited = true));
  const uri = `mongodb://127.0.0.1:${options.port}/`;
  try {
    await waitForMongo(uri, 30_000, () => !exited);
  } catch {
    child.kill('SIGKILL');
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    throw new DatabaseStartError(`FerretDB did not start on port ${options.port}. Its log (${logFile}) ends with:\n${tail}`);
  }
  return {
    uri,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

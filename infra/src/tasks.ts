import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** Type-checks the whole workspace (strict), the Observatoire (a browser app, its own settings) included; returns the exit code. */
export function typecheck(): number {
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  if (result.status !== 0) return result.status ?? 1;
  return spawnSync(process.execPath, [tsc, '-p', join(OBSERVATOIRE, 'tsconfig.json'), '--noEmit'], { stdio: 'inherit' }).status ?? 1;
}

/** L'Observatoire, the web app the gateway serves at /observatoire/ from its dist/ folder. */
export const OBSERVATOIRE = join(ROOT, 'observatoire');
export const OBSERVATOIRE_DIST = join(OBSERVATOIRE, 'dist');
const BUILD_STAMP = join(OBSERVATOIRE_DIST, '.build-hash');
// What the bundle is made of (src/gql is generated from src/operations and the supergraph).
const INPUTS = ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'scripts', 'src'];
const GENERATED = join(OBSERVATOIRE, 'src', 'gql');

function filesUnder(path: string): string[] {
  if (!existsSync(path) || path === GENERATED) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A hash of every input of the Observatoire's build (and of the supergraph its operations are checked against). */
export function observatoireInputsHash(): string {
  const hash = createHash('sha256');
  for (const file of [...INPUTS.flatMap((name) => filesUnder(join(OBSERVATOIRE, name))), join(ROOT, 'schema', 'supergraph.graphql')]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Builds the Observatoire (codegen, type-check, bundle) when dist/ is missing or older than its sources;
 * quiet and quick (a hash of the sources) when it is up to date. Returns whether the build is there.
 */
export function buildObservatoire(log: (line: string) => void = console.log): boolean {
  const hash = observatoireInputsHash();
  if (existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, 'utf8') === hash) return true;
  log("Building L'Observatoire (web app)...");
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(OBSERVATOIRE, 'scripts', 'build.ts')], { cwd: OBSERVATOIRE, stdio: 'inherit' });
  if (result.status !== 0) return false;
  writeFileSync(BUILD_STAMP, hash);
  return true;
}

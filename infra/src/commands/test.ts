// npm test: type-check, start a throwaway database, run every jest suite, tear everything down.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseStartError } from '../db/ferretdb';
import { provideDatabase } from '../db/provide';
import { buildObservatoire, ROOT, typecheck } from '../tasks';

/** The jest projects named by --selectProjects (all of them when absent). */
function selectedProjects(args: string[]): string[] | null {
  const at = args.findIndex((a) => a === '--selectProjects' || a.startsWith('--selectProjects='));
  if (at < 0) return null;
  if (args[at]!.includes('=')) return args[at]!.split('=')[1]!.split(',');
  const names: string[] = [];
  for (const arg of args.slice(at + 1)) {
    if (arg.startsWith('-')) break;
    names.push(arg);
  }
  return names;
}

function aptInstall(pkg: string): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env }).status === 0;
  if (install()) return true;
  // The package lists may be missing or stale (a fresh container): refresh them once.
  return spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 && install();
}

/**
 * The end-to-end suites drive Debian's Chromium (the playground, in a real browser) and a real Redis (the
 * shared rate limit). Installs them with apt when missing; without Chromium the run stops with the command
 * to type; without Redis its one test is skipped and says so.
 */
function wantsEndToEnd(args: string[]): boolean {
  const projects = selectedProjects(args);
  return !projects || projects.includes('e2e');
}

function provideSystemPackages(args: string[]): boolean {
  if (!wantsEndToEnd(args)) return true;
  const wanted = [
    { binary: '/usr/bin/chromium', pkg: 'chromium', required: true },
    { binary: '/usr/bin/redis-server', pkg: 'redis-server', required: false },
  ].filter((w) => !existsSync(w.binary));
  for (const { binary, pkg, required } of wanted) {
    console.log(`${binary} is missing: installing ${pkg} with apt-get...`);
    if (aptInstall(pkg) && existsSync(binary)) continue;
    const command = `apt-get install -y ${pkg}`;
    if (required) {
      console.error(`\n✖ Could not install ${pkg}: the playground's browser test needs ${binary}. Run \`${command}\` (as root), then npm test again.\n`);
      return false;
    }
    console.warn(`⚠ Could not install ${pkg} (\`${command}\`): the shared rate-limit test will be skipped.`);
  }
  return true;
}

async function main(): Promise<number> {
  // FABRIQUE_SKIP_TYPECHECK=1 is for iterating on one package while others are mid-edit; CI never sets it.
  if (process.env.FABRIQUE_SKIP_TYPECHECK !== '1') {
    console.log('Type-checking the workspace...');
    if (typecheck() !== 0) return 1;
  }
  if (!provideSystemPackages(process.argv.slice(2))) return 1;
  // The browser tests open L'Observatoire as the gateway serves it: built when missing or stale.
  if (wantsEndToEnd(process.argv.slice(2)) && !buildObservatoire()) return 1;
  const database = await provideDatabase('test', (line) => console.log(line));
  const stopDatabase = () => database.stop();
  try {
    const jest = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', join(ROOT, 'infra', 'jest', 'jest.config.js'), ...process.argv.slice(2)],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, MONGODB_URI: database.uri, NODE_ENV: 'test' } },
    );
    const forward = (signal: NodeJS.Signals) => jest.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    return await new Promise<number>((resolve) => jest.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    await stopDatabase();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof DatabaseStartError ? `\n✖ ${error.message}\n` : error);
    process.exit(1);
  });

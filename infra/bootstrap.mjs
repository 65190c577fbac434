#!/usr/bin/env node
// Entry point of `npm start`, `npm test`, `npm run seed|compose|typecheck|bench` on a fresh clone.
// Plain Node with no dependency: it installs what the workspace needs (pnpm through corepack),
// then hands over to the TypeScript command in infra/src/commands/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);
const commands = ['start', 'test', 'seed', 'statistics', 'compose', 'typecheck', 'bench'];

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: mongoose 9 needs Node >= 20.19.`);
  }
}

// corepack reads the pnpm version from package.json's packageManager and fetches it once.
function installDependencies() {
  const env = { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', CI: process.env.CI ?? 'true' };
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  const result = spawnSync('corepack', ['pnpm', 'install', '--prefer-offline', ...frozen], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) fail(`could not run corepack (${result.error.message}). Corepack ships with Node 20; check your Node installation.`);
  const output = `${result.stdout}${result.stderr}`;
  // Stay quiet when everything was already installed.
  if (result.status !== 0 || !output.includes('Already up to date')) process.stdout.write(output);
  if (result.status !== 0) fail('installing dependencies with pnpm failed (see above).');
}

function run() {
  if (!commands.includes(command)) fail(`unknown command "${command}"; expected one of ${commands.join(', ')}.`);
  checkNode();
  installDependencies();
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join(root, 'infra', 'src', 'commands', `${command}.ts`), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  // Ctrl-C reaches the whole process group; a lone SIGTERM to this process is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

run();

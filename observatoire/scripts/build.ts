// The build: typed documents from the operations (codegen), a strict type-check, then the Vite bundle in
// dist/. Run by `npm start` and `npm test` when the sources changed (infra/src/tasks.ts).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(label: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`✖ L'Observatoire: ${label} failed\n${result.stdout}${result.stderr}`);
    process.exit(result.status ?? 1);
  }
}

run('code generation (src/operations against the supergraph)', process.execPath, ['--import', 'tsx', join(root, 'scripts', 'codegen.ts')]);
run('type-check', process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json'), '--noEmit']);
run('bundle (vite build)', bin('vite'), ['build', '--logLevel', 'warn']);

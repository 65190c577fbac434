// npm test: type-check, start a throwaway database, run every jest suite, tear everything down.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseStartError } from '../db/ferretdb';
import { provideDatabase } from '../db/provide';
import { ROOT, typecheck } from '../tasks';

async function main(): Promise<number> {
  // FABRIQUE_SKIP_TYPECHECK=1 is for iterating on one package while others are mid-edit; CI never sets it.
  if (process.env.FABRIQUE_SKIP_TYPECHECK !== '1') {
    console.log('Type-checking the workspace...');
    if (typecheck() !== 0) return 1;
  }
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

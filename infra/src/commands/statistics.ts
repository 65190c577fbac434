// npm run statistics [-- --rebuild]: checks what the services precompute (dashboard counters, search entries
// and marks) against the records (the default), or rebuilds it from the records, in the demo database (the
// local FerretDB, or MONGODB_URI).
import { DatabaseStartError } from '../db/ferretdb';
import { provideDatabase } from '../db/provide';
import { maintainStatistics } from '../statistics';

async function main() {
  const rebuild = process.argv.includes('--rebuild');
  const database = await provideDatabase('demo', console.log);
  try {
    console.log(rebuild ? 'Rebuilding the statistics counters and search index from the records...' : 'Checking the statistics counters and search index against the records...');
    const agree = await maintainStatistics(database.uri, rebuild ? 'rebuild' : 'check', console.log);
    if (!agree) {
      console.log('\nSome counters or search entries differ: run `npm run statistics -- --rebuild` while nothing writes.');
      process.exitCode = 1;
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseStartError ? `\n✖ ${error.message}\n` : error);
  process.exit(1);
});

// npm run seed: seeds the demo data into the database (the local FerretDB, or MONGODB_URI).
import { DatabaseStartError } from '../db/ferretdb';
import { provideDatabase } from '../db/provide';
import { seedDemo } from '../seed';

async function main() {
  const database = await provideDatabase('demo', console.log);
  try {
    console.log('Seeding demo data...');
    await seedDemo(database.uri, console.log);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseStartError ? `\n✖ ${error.message}\n` : error);
  process.exit(1);
});

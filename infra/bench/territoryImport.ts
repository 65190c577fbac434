/**
 * Benchmark: a full import of the reference territories into an empty database, then the same edition
 * again (every record compared, nothing to write; then skipped, as the last import wanted the same
 * records), then a new edition that changes every commune's population (the communes are rebuilt and
 * swapped in). Uses MONGODB_URI when set, otherwise a throwaway FerretDB like `npm test`.
 *
 *   corepack pnpm --filter @fabrique/infra run bench:import
 */
import { randomBytes } from 'node:crypto';
import { createRepositories, importTerritories, loadReferenceData, summarizeImport, type ImportReport, type ReferenceData } from '@fabrique/actors';
import { connectDatabase, ensureIndexes } from '@fabrique/kit';
import { provideDatabase } from '../src/db/provide';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timed(label: string, work: () => Promise<ImportReport>): Promise<void> {
  const started = Date.now();
  const report = await work();
  const { changes: _ids, ...counts } = summarizeImport(report);
  console.log(`${label.padEnd(48)} ${seconds(Date.now() - started).padStart(7)}  ${JSON.stringify(counts)}`);
}

/** The next yearly edition as it usually comes: every commune's population changed. */
const repopulated = (data: ReferenceData): ReferenceData => ({
  ...data,
  edition: `${data.edition}+1`,
  communes: data.communes.map((c) => (c.population === undefined ? c : { ...c, population: c.population + 1 })),
});

async function main() {
  const provided = await provideDatabase('test', (line) => console.log(line));
  const database = await connectDatabase({ uri: provided.uri, name: `bench_actors_import_${randomBytes(4).toString('hex')}` });
  try {
    let started = Date.now();
    const data = loadReferenceData();
    console.log(`Reference data ${data.edition} read in ${seconds(Date.now() - started)}: ${data.communes.length} commune rows, ${data.epci.length} EPCI.`);
    const repositories = createRepositories(database.connection);
    started = Date.now();
    await ensureIndexes(repositories.models);
    console.log(`Indexes created in ${seconds(Date.now() - started)}.`);
    await timed('Full import into an empty database', () => importTerritories(repositories.territories, data));
    await timed('Same edition again, compared (nothing to write)', () => importTerritories(repositories.territories, data, { force: true }));
    await timed('Same edition again (last import identical)', () => importTerritories(repositories.territories, data));
    await timed('New edition, every population changed', () => importTerritories(repositories.territories, repopulated(data)));
  } finally {
    await database.connection.dropDatabase().catch(() => undefined);
    await database.close();
    await provided.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

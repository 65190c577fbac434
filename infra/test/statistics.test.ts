import { randomBytes } from 'node:crypto';
import { connectDatabase } from '@fabrique/kit';
import { dropDatabases, mongodbUri } from '@fabrique/kit/testing';
import { seedDemo, SERVICES, type ServiceName } from '../src/seed';
import { maintainStatistics } from '../src/statistics';

// Territories of one département keep this test quick on FerretDB.
process.env.ACTORS_SEED_DEPARTEMENTS = '63';

describe('npm run statistics: what the services precompute, checked and rebuilt', () => {
  const prefix = `test_statistics_${randomBytes(4).toString('hex')}`;
  const nameOf = (service: ServiceName) => `${prefix}_${service}`;
  const run = async (mode: 'check' | 'rebuild', options = {}) => {
    const lines: string[] = [];
    const agree = await maintainStatistics(mongodbUri(), mode, (line) => lines.push(line), nameOf, options);
    return { agree, lines };
  };
  /** Changes one search entry's keys behind the service's back. */
  async function tamperWithAnEntry() {
    const database = await connectDatabase({ uri: mongodbUri(), name: nameOf('knowledge') });
    try {
      await database.connection.collection('search_entries').updateOne({}, { $set: { terms: ['tampered'] } });
    } finally {
      await database.close();
    }
  }

  beforeAll(() => seedDemo(mongodbUri(), () => undefined, nameOf));
  afterAll(() => dropDatabases(SERVICES.map(nameOf)));

  it('agrees on freshly seeded data, and says what it checked', async () => {
    const { agree, lines } = await run('check');
    expect(agree).toBe(true);
    expect(lines.join('\n')).toMatch(/knowledge: 49 search entries for 49 records, 0 not their record's/);
    expect(lines.join('\n')).toMatch(/conventions: \d+ counters, 0 differ from the records/);
  });

  it('disagrees while a search entry is not its record\'s, until a rebuild', async () => {
    await tamperWithAnEntry();
    const broken = await run('check');
    expect(broken.agree).toBe(false);
    expect(broken.lines.join('\n')).toMatch(/1 not their record's \([\d.]+ s\)\n {4}(EXPERIENCE|RESOURCE):\S+: different\n/);
    // The bench leaves the entries alone (it has just built them).
    expect((await run('check', { searchEntries: false })).agree).toBe(true);
    const rebuilt = await run('rebuild');
    expect(rebuilt.lines.join('\n')).toMatch(/search entries of 49 records, 1 written again from their records, 0 without a record removed/);
    expect((await run('check')).agree).toBe(true);
  });
});

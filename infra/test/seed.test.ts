import { randomBytes } from 'node:crypto';
import { connectDatabase } from '@fabrique/kit';
import { dropDatabases, mongodbUri } from '@fabrique/kit/testing';
import { seedDemo, SERVICES, type ServiceName } from '../src/seed';

// Territories of one département keep this test quick on FerretDB; all of France is tested in actors.
process.env.ACTORS_SEED_DEPARTEMENTS = '63';

describe('seeding the demo data', () => {
  const prefix = `test_seed_${randomBytes(4).toString('hex')}`;
  const nameOf = (service: ServiceName) => `${prefix}_${service}`;

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const service of SERVICES) {
      const database = await connectDatabase({ uri: mongodbUri(), name: nameOf(service) });
      for (const { name } of await database.connection.db!.listCollections().toArray()) {
        result[`${service}.${name}`] = await database.connection.db!.collection(name).countDocuments();
      }
      await database.close();
    }
    return result;
  }

  afterAll(() => dropDatabases(SERVICES.map(nameOf)));

  it('is idempotent: running it twice duplicates nothing', async () => {
    await seedDemo(mongodbUri(), () => undefined, nameOf);
    const first = await counts();
    expect(first['actors.communes']).toBe(463);
    expect(first['conventions.programmes']).toBe(4);
    expect(first['knowledge.experiences']).toBeGreaterThanOrEqual(1);
    await seedDemo(mongodbUri(), () => undefined, nameOf);
    expect(await counts()).toEqual(first);
  });
});

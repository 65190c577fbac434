import { randomBytes } from 'node:crypto';
import { createRepositories as actorsRepositories } from '@fabrique/actors';
import { connectDatabase } from '@fabrique/kit';
import { dropDatabases, mongodbUri } from '@fabrique/kit/testing';
import { seedDemo, SERVICES, territoriesNamedByDemoData, type ServiceName } from '../src/seed';

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

  /** The ids the actors database holds no territory of (read by its own repository). */
  async function missingTerritories(ids: string[]): Promise<string[]> {
    const database = await connectDatabase({ uri: mongodbUri(), name: nameOf('actors') });
    try {
      const found = new Set((await actorsRepositories(database.connection).territories.findByIds(ids)).map((t) => t._id));
      return ids.filter((id) => !found.has(id));
    } finally {
      await database.close();
    }
  }

  afterAll(() => dropDatabases(SERVICES.map(nameOf)));

  it('is idempotent: running it twice duplicates nothing', async () => {
    await seedDemo(mongodbUri(), () => undefined, nameOf);
    const first = await counts();
    // The Puy-de-Dôme's 463 communes, and those outside it that the demo data names (Ungersheim...).
    expect(first['actors.communes']).toBeGreaterThan(463);
    const named = territoriesNamedByDemoData();
    expect(named).toEqual(expect.arrayContaining(['COMMUNE:68343', 'EPCI:200040509', 'COMMUNE:62528']));
    expect(await missingTerritories(named)).toEqual([]);
    expect(first['conventions.programmes']).toBe(4);
    expect(first['knowledge.experiences']).toBeGreaterThanOrEqual(1);
    await seedDemo(mongodbUri(), () => undefined, nameOf);
    expect(await counts()).toEqual(first);
  });
});

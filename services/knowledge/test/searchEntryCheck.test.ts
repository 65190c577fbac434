import { testDatabase } from '@fabrique/kit/testing';
import { checkEntries, rebuildEntries } from '../src/domain/search/entryCheck';
import { searchEntryOf } from '../src/domain/search/entries';
import type { SearchEntryRecord } from '../src/models/search/schema';
import { createRepositories } from '../src/repositories';
import { seedKnowledge } from '../src/seed';

describe('the search entries checked against their records, and set right (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let repositories: ReturnType<typeof createRepositories>;
  const entries = () => db.connection.collection<SearchEntryRecord>('search_entries');

  /** Every entry as each record gives it (the direct computation), and every stored entry. */
  async function directAndStored() {
    const records = [
      ...(await repositories.experiences.model.find().lean().exec()).map((r) => searchEntryOf('EXPERIENCE', r as never)),
      ...(await repositories.resources.model.find().lean().exec()).map((r) => searchEntryOf('RESOURCE', r as never)),
    ];
    const byId = (list: SearchEntryRecord[]) => new Map(list.map((e) => [e._id, e]));
    return { direct: byId(records), stored: byId(await repositories.searchEntries.model.find().lean<SearchEntryRecord[]>().exec()) };
  }

  beforeAll(async () => {
    db = await testDatabase('knowledge');
    await seedKnowledge(db);
    repositories = createRepositories(db.connection);
  });
  afterAll(() => db.drop());

  it('finds the seeded entries to be their records\'', async () => {
    const check = await checkEntries(repositories);
    expect(check.problems).toEqual([]);
    const { direct } = await directAndStored();
    expect([check.records, check.entries]).toEqual([direct.size, direct.size]);
  });

  it('names each entry that is not its record\'s, and a rebuild leaves exactly the direct computation', async () => {
    const [first, second, third, fourth] = (await entries().find({}).sort({ _id: 1 }).limit(4).toArray()).map((e) => e._id);
    await entries().deleteOne({ _id: first! });
    await entries().updateOne({ _id: second! }, { $inc: { version: -1 } });
    await entries().updateOne({ _id: third! }, { $set: { terms: ['tampered'] } });
    await entries().updateOne({ _id: fourth! }, { $inc: { version: 5 } });
    await entries().insertOne({ ...(await entries().findOne({ _id: second! }))!, _id: 'EXPERIENCE:gone', itemId: 'gone' });
    const check = await checkEntries(repositories);
    expect(new Map(check.problems.map((p) => [p.entry, p.problem]))).toEqual(
      new Map([
        [first, 'missing'],
        [second, 'stale'],
        [third, 'different'],
        [fourth, 'ahead'],
        ['EXPERIENCE:gone', 'orphan'],
      ]),
    );

    expect(await rebuildEntries(repositories)).toMatchObject({ written: 4, removed: 1 });
    expect((await checkEntries(repositories)).problems).toEqual([]);
    const { direct, stored } = await directAndStored();
    expect(stored).toEqual(direct);
  });

  it('sets right more entries than one write command carries', async () => {
    const model = (await entries().findOne({}))!;
    await entries().insertMany(Array.from({ length: 100 }, (_, i) => ({ ...model, _id: `RESOURCE:gone-${i}`, type: 'RESOURCE' as const, itemId: `gone-${i}` })));
    const experiences = await repositories.experiences.model.countDocuments().exec();
    await entries().deleteMany({ type: 'EXPERIENCE' });
    expect((await checkEntries(repositories)).problems).toHaveLength(100 + experiences);
    expect(await rebuildEntries(repositories)).toMatchObject({ written: experiences, removed: 100 });
    const { direct, stored } = await directAndStored();
    expect(stored).toEqual(direct);
  });

  it('writes nothing when every entry is its record\'s', async () => {
    const { roundTrips, result } = await db.roundTrips.measure(() => rebuildEntries(repositories));
    expect(result).toMatchObject({ written: 0, removed: 0 });
    // The records and entries of each type read side by side, and nothing written.
    expect(roundTrips).toBe(4);
  });
});

import { Schema } from 'mongoose';
import { assumeListReads, baseRepository, broadConditionsChecked, ensureIndexes, readPage, type Filter, type SortSpec } from '../src';
import { testDatabase } from '../src/testing';

// Broad conditions (a value most records hold, any `$ne`) are checked on what the other conditions select
// where indexes give no order (DocumentDB), and select the same records on every engine.

const BROAD = { status: ['PUBLISHED'], type: ['EXPERIENCE'] };

describe('broad conditions kept out of the index', () => {
  it('asks a broad value, a set holding one and any $ne as a $nor of their negations, top level and within $and', () => {
    expect(broadConditionsChecked({ status: 'PUBLISHED', territoryScope: 'DEPARTEMENT:59', _id: { $ne: 'DEPARTEMENT:59' } }, BROAD)).toEqual({
      $and: [{ territoryScope: 'DEPARTEMENT:59' }, { $nor: [{ status: { $ne: 'PUBLISHED' } }, { _id: 'DEPARTEMENT:59' }] }],
    });
    expect(broadConditionsChecked({ $and: [{ terms: 'velo', status: 'PUBLISHED', type: { $in: ['EXPERIENCE', 'RESOURCE'] } }, { listedAt: { $gte: new Date(0) } }] }, BROAD)).toEqual({
      $and: [{ $and: [{ terms: 'velo' }, { listedAt: { $gte: new Date(0) } }] }, { $nor: [{ status: { $ne: 'PUBLISHED' } }, { type: { $nin: ['EXPERIENCE', 'RESOURCE'] } }] }],
    });
  });

  it('leaves narrow values, other operators and a filter with nothing else to search by as they are', () => {
    const narrow = { status: 'SUBMITTED', type: { $in: ['RESOURCE'] }, programmeId: 'p' };
    expect(broadConditionsChecked(narrow, BROAD)).toBe(narrow);
    // A broad value alone is better read by its index than by the whole collection.
    const alone = { status: 'PUBLISHED', _id: { $ne: 'x' } };
    expect(broadConditionsChecked(alone, BROAD)).toBe(alone);
    const keyset = { status: 'PUBLISHED', $or: [{ at: { $lt: 1 } }] };
    expect(broadConditionsChecked(keyset, BROAD)).toBe(keyset);
    // A $ne is never a condition to search by, whatever the collection.
    expect(broadConditionsChecked({ parents: 'p', _id: { $ne: 'p' } })).toEqual({ $and: [{ parents: 'p' }, { $nor: [{ _id: 'p' }] }] });
  });
});

interface Entry {
  _id: string;
  status: string;
  type: string;
  tags: string[];
  at: Date;
}

const order: SortSpec = [
  ['at', -1, 'date'],
  ['_id', -1, 'string'],
];

describe('broad conditions select the same records on the real database', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let plain: ReturnType<typeof baseRepository<Entry>>;
  let shaped: ReturnType<typeof baseRepository<Entry>>;

  beforeAll(async () => {
    db = await testDatabase('kit');
    const schema = new Schema<Entry>({ _id: String, status: String, type: String, tags: [String], at: Date }, { versionKey: false });
    schema.index({ tags: 1, status: 1, at: -1 });
    const model = db.connection.model<Entry>('BroadEntry', schema);
    await ensureIndexes([model]);
    const statuses = ['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DRAFT', 'ARCHIVED'];
    const entries: Entry[] = Array.from({ length: 60 }, (_, i) => ({
      _id: `e${String(i).padStart(2, '0')}`,
      status: statuses[i % statuses.length]!,
      type: i % 4 === 0 ? 'RESOURCE' : 'EXPERIENCE',
      // Some entries name themselves among their tags: a sub-list excludes a parent itself (`_id $ne`).
      tags: [`t${i % 3}`, ...(i % 7 === 0 ? [`e${String(i).padStart(2, '0')}`] : []), ...(i % 5 === 0 ? [] : ['common'])],
      at: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000),
    }));
    // An entry without status or type: a negation must not let a missing field through.
    entries.push({ _id: 'bare', tags: ['t0', 'common'], at: new Date(Date.UTC(2026, 5, 1)) } as unknown as Entry);
    await model.insertMany(entries);
    plain = baseRepository(model);
    shaped = baseRepository(model, { broad: BROAD });
  });
  afterAll(() => db.drop());

  const filters: Filter[] = [
    { tags: 't0', status: 'PUBLISHED' },
    { tags: 'common', status: 'PUBLISHED', type: { $in: ['EXPERIENCE', 'RESOURCE'] } },
    { tags: 'common', type: 'EXPERIENCE', _id: { $ne: 'e14' } },
    { $and: [{ tags: 't1', status: 'PUBLISHED' }, { at: { $gte: new Date(Date.UTC(2026, 0, 20)) } }] },
    { tags: 't0', _id: { $ne: 'e21' } },
    { tags: 't2', status: 'DRAFT' },
  ];

  it('lists, counts and groups alike with the broad conditions checked as DocumentDB is asked', async () => {
    // The filters as given first (whatever the engine), then as DocumentDB is asked them.
    assumeListReads(db.connection, 'ordered');
    const expected = await Promise.all(
      filters.map(async (f) => ({
        list: (await plain.list(f, readPage({ first: 100 }, order))).map((e) => e._id),
        count: await plain.count(f),
        groups: await plain.countGrouped(f, '$type'),
        keys: (await plain.keysByParents(f, 'status', ['PUBLISHED', 'DRAFT', 'ARCHIVED'], order)).map((e) => e._id),
      })),
    );
    expect(expected.every((e) => e.count > 0)).toBe(true);
    assumeListReads(db.connection, 'unordered');
    for (const [i, f] of filters.entries()) {
      // Every filter but the last (a narrow value) is sent with a $nor.
      expect(JSON.stringify(await shaped.engineFilter(f)).includes('$nor')).toBe(i < filters.length - 1);
      expect((await shaped.list(f, readPage({ first: 100 }, order))).map((e) => e._id)).toEqual(expected[i]!.list);
      expect(await shaped.count(f)).toBe(expected[i]!.count);
      expect(await shaped.countGrouped(f, '$type')).toEqual(expected[i]!.groups);
      expect((await shaped.keysByParents(f, 'status', ['PUBLISHED', 'DRAFT', 'ARCHIVED'], order)).map((e) => e._id)).toEqual(expected[i]!.keys);
    }
    // A narrow value stays a condition of the index; elsewhere than DocumentDB nothing changes.
    expect(await shaped.engineFilter(filters.at(-1)!)).toEqual(filters.at(-1));
    assumeListReads(db.connection, 'ordered');
    expect(await shaped.engineFilter(filters[0]!)).toEqual(filters[0]);
  });
});

import { Schema } from 'mongoose';
import { ensureIndexes, insertMissing, isDuplicateKeyError } from '../src';
import { testDatabase } from '../src/testing';

describe('database helpers (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  beforeAll(async () => {
    db = await testDatabase('kit');
  });
  afterAll(() => db.drop());

  const schema = new Schema({ _id: String, slug: String, n: Number, note: { type: String, default: null }, tags: [String] }, { versionKey: false });
  schema.index({ slug: 1 }, { unique: true });

  it('counts round trips per scope, concurrent scopes apart', async () => {
    const Thing = db.connection.model('Thing', schema);
    await ensureIndexes([Thing]);
    const [a, b] = await Promise.all([
      db.roundTrips.measure(async () => {
        await Thing.find({}).lean().exec();
        await Thing.find({}).lean().exec();
      }),
      db.roundTrips.measure(async () => {
        await Thing.countDocuments({}).exec();
      }),
    ]);
    expect(a.roundTrips).toBe(2);
    expect(b.roundTrips).toBe(1);
  });

  it('reads a large result in one reply: round trips do not grow with the number of documents', async () => {
    const Row = db.connection.model('Row', new Schema({ _id: String, n: Number }, { versionKey: false }));
    await Row.insertMany(Array.from({ length: 350 }, (_, n) => ({ _id: `row-${n}`, n })));
    const found = await db.roundTrips.measure(() => Row.find({ n: { $gte: 0 } }).lean().exec());
    const aggregated = await db.roundTrips.measure(() => Row.aggregate([{ $match: { n: { $gte: 0 } } }]).exec());
    expect([found.result.length, found.roundTrips]).toEqual([350, 1]);
    expect([aggregated.result.length, aggregated.roundTrips]).toEqual([350, 1]);
    // A query that sets its own batch size keeps it.
    expect((await db.roundTrips.measure(() => Row.find({}).batchSize(100).lean().exec())).roundTrips).toBe(4);
  });

  it('enforces unique indexes, seen as duplicate-key errors', async () => {
    const Thing = db.connection.model('Thing', schema);
    await Thing.create({ _id: 'a', slug: 'same' });
    const error = await Thing.create({ _id: 'b', slug: 'same' }).catch((e: unknown) => e);
    expect(isDuplicateKeyError(error)).toBe(true);
  });

  it('insertMissing adds what is missing and never overwrites', async () => {
    const Thing = db.connection.model('Thing', schema);
    await insertMissing(Thing, [{ _id: 'm1', slug: 'm1', n: 1 }]);
    await Thing.updateOne({ _id: 'm1' }, { $set: { n: 42 } }).exec();
    await insertMissing(Thing, [
      { _id: 'm1', slug: 'm1', n: 1 },
      { _id: 'm2', slug: 'm2', n: 2 },
    ]);
    const rows = await Thing.find({ _id: { $in: ['m1', 'm2'] } }).sort({ _id: 1 }).lean().exec();
    expect(rows.map((r) => r.n)).toEqual([42, 2]);
    // null and empty arrays survive (an upsert with $setOnInsert loses them on FerretDB v1).
    expect(rows[1]).toMatchObject({ note: null, tags: [] });
  });
});

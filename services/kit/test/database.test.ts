import type { mongo } from 'mongoose';
import { Schema } from 'mongoose';
import { assumeListReads, connectDatabase, DEFAULT_DATABASE_TIMEOUT_MS, mayBeCut, ONE_REPLY_BATCH_SIZE, oneReplyChecked, SINGLE_BATCH_SAFE_BYTES, ensureIndexes, indexOnlyOn, insertMissing, isDuplicateKeyError, listReadsOf, type ListReads } from '../src';
import { mongodbUri, testDatabase } from '../src/testing';

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

  it('creates an index declared for one kind of engine on that kind only, beside the schema\'s own', async () => {
    const engine = await listReadsOf(db.connection);
    const place = new Schema({ _id: String, region: String, when: Date }, { versionKey: false });
    place.index({ region: 1 });
    indexOnlyOn('unordered', place, { fields: { region: 1, when: -1 } });
    // FerretDB v1 has no partial index: an index with options is checked where DocumentDB runs.
    if (engine === 'unordered') indexOnlyOn('unordered', place, { fields: { when: -1 }, options: { name: 'recent', partialFilterExpression: { region: 'north' } } });
    const indexed = async (name: string, reads: ListReads) => {
      assumeListReads(db.connection, reads);
      const model = db.connection.model(name, place);
      await ensureIndexes([model]);
      return (await model.collection.indexes()).map((index) => ({ key: index.key, ...(index.partialFilterExpression ? { name: index.name, partial: index.partialFilterExpression } : {}) }));
    };
    try {
      const own = [{ key: { _id: 1 } }, { key: { region: 1 } }];
      expect(await indexed('PlaceOrdered', 'ordered')).toEqual(own);
      expect(await indexed('PlaceScans', 'scans')).toEqual(own);
      const partial = engine === 'unordered' ? [{ key: { when: -1 }, name: 'recent', partial: { region: 'north' } }] : [];
      expect(await indexed('PlaceUnordered', 'unordered')).toEqual([...own, { key: { region: 1, when: -1 } }, ...partial]);
    } finally {
      assumeListReads(db.connection, engine);
    }
  });

  it('asks a sorted or limited find and an aggregation as a single batch where DocumentDB runs (no cursor kept on its connection), the same rows', async () => {
    const engine = await listReadsOf(db.connection);
    const Row = db.connection.model('BatchRow', new Schema({ _id: String, n: Number, odd: Boolean }, { versionKey: false }));
    await Row.insertMany(Array.from({ length: 40 }, (_, n) => ({ _id: `batch-${String(n).padStart(2, '0')}`, n, odd: n % 2 === 1 })));
    const sent: Array<Record<string, any>> = [];
    const record = (event: { commandName: string; command: Record<string, any> }) => {
      if (event.commandName === 'find' || event.commandName === 'aggregate') sent.push(event.command);
    };
    const reads = () =>
      Promise.all([
        Row.find({ n: { $gte: 5 } }).sort({ n: -1 }).limit(10).lean().exec(),
        Row.find({ odd: true }).sort({ n: 1 }).lean().exec(),
        Row.find({ odd: true }).lean().exec(),
        Row.aggregate([{ $group: { _id: '$odd', count: { $sum: 1 } } }, { $sort: { _id: 1 } }]).exec(),
        Row.find({}).sort({ n: 1 }).batchSize(7).lean().exec(),
        (async () => {
          const rows: unknown[] = [];
          for await (const row of Row.find({}).sort({ n: -1 }).lean().cursor({ batchSize: 9 })) rows.push(row);
          return rows;
        })(),
      ]);
    const client = db.connection.getClient();
    client.on('commandStarted', record);
    try {
      assumeListReads(db.connection, 'ordered');
      const plain = await reads();
      const plainCommands = sent.splice(0);
      assumeListReads(db.connection, 'unordered');
      const single = await reads();
      expect(single).toEqual(plain);
      expect(plain[0]!.map((r) => r.n)).toEqual([39, 38, 37, 36, 35, 34, 33, 32, 31, 30]);
      expect(plain[3]).toEqual([{ _id: false, count: 20 }, { _id: true, count: 20 }]);
      expect(plain[4]).toHaveLength(40);
      expect(plain[5]).toHaveLength(40);
      const singleBatch = (command: Record<string, any>) => Boolean(command.singleBatch ?? command.cursor?.singleBatch);
      const which = (c: Record<string, any>) => (c.aggregate ? 'aggregation' : c.batchSize === 7 ? 'own batch size' : c.batchSize === 9 ? 'cursor' : c.limit ? 'limited' : c.sort ? 'sorted' : 'plain');
      const asked = (commands: Array<Record<string, any>>) => Object.fromEntries(commands.filter((c) => c.find || c.aggregate).map((c) => [which(c), singleBatch(c)]));
      expect(asked(plainCommands)).toEqual({ limited: false, sorted: false, plain: false, aggregation: false, 'own batch size': false, cursor: false });
      // The sorted or limited finds and the aggregation; not the find that neither sorts nor limits, nor those with their own batch size (a maintenance cursor: then getMore).
      expect(asked(sent)).toEqual({ limited: true, sorted: true, plain: false, aggregation: true, 'own batch size': false, cursor: false });
    } finally {
      client.off('commandStarted', record);
      assumeListReads(db.connection, engine);
    }
  });

  it('fails a single batch as full as the batch size rather than returning it cut', () => {
    expect(() => oneReplyChecked(Array(ONE_REPLY_BATCH_SIZE - 1).fill({}))).not.toThrow();
    expect(() => oneReplyChecked(Array(ONE_REPLY_BATCH_SIZE).fill({}))).toThrow(/in one reply/);
  });

  it('tells a single batch that may have been cut at 16 MB: short of its limit, its records near the reply\'s size', () => {
    const third = { body: 'x'.repeat(SINGLE_BATCH_SAFE_BYTES / 3) };
    expect(mayBeCut([], 10)).toBe(false);
    expect(mayBeCut([third, third])).toBe(false);
    expect(mayBeCut([third, third, third])).toBe(true);
    expect(mayBeCut([third, third, third], 4)).toBe(true);
    // Every row asked is there.
    expect(mayBeCut([third, third, third], 3)).toBe(false);
  });

  it('reads again through a cursor a single batch cut at 16 MB: every record, in order', async () => {
    const engine = await listReadsOf(db.connection);
    const Big = db.connection.model('BigRow', new Schema({ _id: String, n: Number, body: String }, { versionKey: false }));
    // 40 records of 800 KB (UTF-8): 32 MB, twice what one reply holds (DocumentDB answered 20 of them as a single batch).
    const body = 'é'.repeat(400_000);
    for (let n = 0; n < 40; n += 10) await Big.insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: `big-${String(n + i).padStart(2, '0')}`, n: n + i, body })));
    const newestFirst = Array.from({ length: 40 }, (_, i) => 39 - i);
    assumeListReads(db.connection, 'unordered');
    try {
      const limited = await Big.find({ n: { $gte: 0 } }, { n: 1, body: 1 }).sort({ n: -1 }).limit(101).lean().exec();
      expect(limited.map((r) => r.n)).toEqual(newestFirst);
      expect(limited.every((r) => r.body === body)).toBe(true);
      const hydrated = await Big.find({ n: { $gte: 0 } }).sort({ n: -1 }).exec();
      expect(hydrated.map((r) => r.n)).toEqual(newestFirst);
      const aggregated = await Big.aggregate<{ n: number }>([{ $match: { n: { $gte: 0 } } }, { $sort: { n: -1 } }]).exec();
      expect(aggregated.map((r) => r.n)).toEqual(newestFirst);
      // A page that reached its limit is what it asked for.
      expect((await Big.find({}).sort({ n: -1 }).limit(3).lean().exec()).map((r) => r.n)).toEqual([39, 38, 37]);
    } finally {
      assumeListReads(db.connection, engine);
      await Big.deleteMany({}).exec();
    }
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

describe('server-side time limit of a request’s database commands (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  const sent: Array<{ name: string; maxTimeMS: unknown }> = [];
  const record = (event: mongo.CommandStartedEvent) => {
    if (['find', 'aggregate', 'update', 'delete', 'findAndModify', 'count'].includes(event.commandName)) {
      sent.push({ name: event.commandName, maxTimeMS: event.command.maxTimeMS });
    }
  };
  beforeAll(async () => {
    db = await testDatabase('kit');
    db.connection.getClient().on('commandStarted', record);
  });
  afterAll(() => db.drop());
  beforeEach(() => sent.splice(0));

  const itemSchema = new Schema({ _id: String, n: Number }, { versionKey: false });
  const Item = () => db.connection.model('Item', itemSchema);
  const everyKindOfCommand = async () => {
    const model = Item();
    await model.find({ n: { $gte: 0 } }).lean().exec();
    await model.findOne({ _id: 'i1' }).lean().exec();
    await model.countDocuments({ n: 1 }).exec();
    await model.aggregate([{ $match: { n: 1 } }]).exec();
    await model.updateOne({ _id: 'i1' }, { $set: { n: 2 } }).exec();
    await model.findOneAndUpdate({ _id: 'i1' }, { $set: { n: 3 } }).lean().exec();
    await model.deleteMany({ _id: 'none' }).exec();
  };

  it('attaches maxTimeMS (DATABASE_TIMEOUT_MS, 8 s by default) to every command a request starts', async () => {
    await Item().create({ _id: 'i1', n: 1 });
    sent.splice(0);
    await db.roundTrips.measure(everyKindOfCommand);
    expect(sent.map((c) => c.name)).toEqual(['find', 'find', 'aggregate', 'aggregate', 'update', 'findAndModify', 'delete']);
    expect(sent.every((c) => c.maxTimeMS === DEFAULT_DATABASE_TIMEOUT_MS)).toBe(true);
    expect(DEFAULT_DATABASE_TIMEOUT_MS).toBeLessThan(10_000);
  });

  it('keeps a limit a query sets itself, and leaves start-up and background work unlimited', async () => {
    await db.roundTrips.measure(() => Item().find({}).maxTimeMS(1_234).lean().exec());
    await everyKindOfCommand();
    expect(sent[0]).toEqual({ name: 'find', maxTimeMS: 1_234 });
    expect(sent.slice(1).every((c) => c.maxTimeMS === undefined)).toBe(true);
  });

  it('uses the limit it is given', async () => {
    const other = await connectDatabase({ uri: mongodbUri(), name: db.name, timeoutMs: 2_500 });
    const limits: unknown[] = [];
    other.connection.getClient().on('commandStarted', (event) => event.commandName === 'find' && limits.push(event.command.maxTimeMS));
    await other.roundTrips.measure(() => other.connection.model('Item', new Schema({ _id: String })).find({}).lean().exec());
    await other.close();
    expect(limits).toEqual([2_500]);
  });

  it('is honoured by the server: a find over its limit stops with MaxTimeMSExpired', async () => {
    const Bulk = db.connection.model('Bulk', new Schema({ _id: String, text: String }, { versionKey: false }));
    await Bulk.insertMany(Array.from({ length: 3_000 }, (_, n) => ({ _id: `b${n}`, text: `ligne ${n} `.repeat(20) })));
    // 1 ms against a scan of 3,000 documents with a regular expression each: the server gives up.
    const error = await db.roundTrips
      .measure(() => Bulk.find({ text: { $regex: 'z+$' } }).maxTimeMS(1).lean().exec())
      .catch((e: { code?: number; codeName?: string }) => e);
    expect(error).toMatchObject({ code: 50, codeName: 'MaxTimeMSExpired' });
  });

  it('does not replay a read after a broken connection', () => {
    expect(db.connection.getClient().options.retryReads).toBe(false);
  });
});

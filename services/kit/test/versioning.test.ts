import { Schema, type Model } from 'mongoose';
import { createRevisionModel, ensureIndexes, errorCode, isDuplicateKeyError, versionStore, type Versioned } from '../src';
import { testDatabase } from '../src/testing';

interface Note extends Versioned {
  text: string;
  updatedAt: Date;
}

describe('versioned updates (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let store: ReturnType<typeof versionStore<Note>>;
  let notes: Model<Note>;

  beforeAll(async () => {
    db = await testDatabase('kit');
    notes = db.connection.model<Note>('Note', new Schema<Note>({ _id: String, version: Number, text: String, updatedAt: Date }, { versionKey: false }));
    const revisions = createRevisionModel(db.connection);
    await ensureIndexes([notes, revisions]);
    store = versionStore<Note>(notes, revisions, 'Note');
  });
  afterAll(() => db.drop());

  it('moves a record version by version and keeps every revision', async () => {
    await store.create({ _id: 'n1', version: 1, text: 'first', updatedAt: new Date() }, 'alice');
    await store.update('n1', 1, (n) => ({ ...n, text: 'second' }), 'bob');
    const history = await store.history('n1');
    expect(history.map((r) => [r.version, r.snapshot.text, r.author])).toEqual([
      [2, 'second', 'bob'],
      [1, 'first', 'alice'],
    ]);
    expect(history[0]!.changedFields).toEqual(['text']);
  });

  it('refuses an edit of an outdated version with CONFLICT and the current version', async () => {
    const error = await store.update('n1', 1, (n) => ({ ...n, text: 'stale' }), 'carol').catch((e: unknown) => e);
    expect(errorCode(error)).toBe('CONFLICT');
    expect((error as { extensions: { currentVersion: number } }).extensions.currentVersion).toBe(2);
    expect((await notes.findById('n1').lean().exec())!.text).toBe('second');
  });

  it('lets exactly one of 50 simultaneous editors of the same version win', async () => {
    await store.create({ _id: 'n2', version: 1, text: 'start', updatedAt: new Date() }, null);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => store.update('n2', 1, (n) => ({ ...n, text: `writer ${i}` }), `writer-${i}`)),
    );
    const winners = results.filter((r) => r.status === 'fulfilled') as Array<PromiseFulfilledResult<Note>>;
    const losers = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(winners).toHaveLength(1);
    expect(losers.map((l) => errorCode(l.reason))).toEqual(Array(49).fill('CONFLICT'));
    const stored = await notes.findById('n2').lean().exec();
    expect(stored).toMatchObject({ version: 2, text: winners[0]!.value.text });
    expect((await store.history('n2')).map((r) => r.version)).toEqual([2, 1]);
  });

  it('rolls forward a write that died between its claim and its update', async () => {
    await store.create({ _id: 'n3', version: 1, text: 'before', updatedAt: new Date() }, null);
    const revisions = createRevisionModel(db.connection);
    // A writer claimed version 2 a minute ago and never updated the record.
    await revisions.create({
      _id: 'notes/n3@2',
      collectionName: 'notes',
      entityId: 'n3',
      version: 2,
      snapshot: { _id: 'n3', version: 2, text: 'claimed', updatedAt: new Date() },
      changedFields: ['text'],
      author: 'ghost',
      at: new Date(Date.now() - 60_000),
      note: null,
    });
    const error = await store.update('n3', 1, (n) => ({ ...n, text: 'late' }), 'dave').catch((e: unknown) => e);
    expect(errorCode(error)).toBe('CONFLICT');
    expect((await notes.findById('n3').lean().exec())).toMatchObject({ version: 2, text: 'claimed' });
    await expect(store.update('n3', 2, (n) => ({ ...n, text: 'after' }), 'dave')).resolves.toMatchObject({ version: 3 });
  });
});

describe('a version whose write the database refuses (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  beforeAll(async () => {
    db = await testDatabase('kit');
  });
  afterAll(() => db.drop());

  it('is given back: no revision, and the next edit of that version succeeds', async () => {
    interface Tag extends Versioned {
      slug: string;
    }
    const schema = new Schema<Tag>({ _id: String, version: Number, slug: String }, { versionKey: false });
    schema.index({ slug: 1 }, { unique: true });
    const tags = db.connection.model<Tag>('Tag', schema);
    const revisions = createRevisionModel(db.connection);
    await ensureIndexes([tags, revisions]);
    const store = versionStore<Tag>(tags, revisions, 'Tag');
    await store.create({ _id: 't1', version: 1, slug: 'one' }, null);
    await store.create({ _id: 't2', version: 1, slug: 'two' }, null);
    const refusedCreate = await store.create({ _id: 't3', version: 1, slug: 'one' }, null).catch((e: unknown) => e);
    expect(isDuplicateKeyError(refusedCreate)).toBe(true);
    expect(refusedCreate).toMatchObject({ name: 'DuplicateKeyError', collection: 'Tag', field: 'slug', record: { _id: 't3' } });
    const refusedUpdate = await store.update('t2', 1, (t) => ({ ...t, slug: 'one' }), 'eve').catch((e: unknown) => e);
    expect(isDuplicateKeyError(refusedUpdate)).toBe(true);
    expect((await store.history('t2')).map((r) => r.version)).toEqual([1]);
    expect(await store.history('t3')).toEqual([]);
    await expect(store.update('t2', 1, (t) => ({ ...t, slug: 'deux' }), 'eve')).resolves.toMatchObject({ version: 2, slug: 'deux' });
  });
});

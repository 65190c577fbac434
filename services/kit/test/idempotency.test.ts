import { Schema, type Model } from 'mongoose';
import {
  BadUserInputError,
  createIdempotencyStore,
  createRevisionModel,
  ensureIndexes,
  errorCode,
  IN_FLIGHT_MS,
  versionStore,
  type Identity,
  type IdempotencyStore,
  type Versioned,
} from '../src';
import { testDatabase } from '../src/testing';

interface Note extends Versioned {
  text: string;
}

const alice: Identity = { role: 'STAFF', subject: 'alice' };
const bob: Identity = { role: 'STAFF', subject: 'bob' };

describe('idempotent creates (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let notes: Model<Note>;
  let store: ReturnType<typeof versionStore<Note>>;
  let claims: IdempotencyStore;

  beforeAll(async () => {
    db = await testDatabase('kit');
    notes = db.connection.model<Note>('IdemNote', new Schema<Note>({ _id: String, version: Number, text: String }, { versionKey: false }));
    const revisions = createRevisionModel(db.connection);
    claims = createIdempotencyStore(db.connection);
    await ensureIndexes([notes, revisions, claims.model]);
    store = versionStore<Note>(notes, revisions, 'Note');
  });
  afterAll(() => db.drop());

  /** A create as a mutation would run it: validation, then the versioned write. */
  const createNote = (input: { text: string }, key: string | null, identity: Identity = alice) =>
    claims.run<Note>({
      operation: 'createNote',
      key,
      input,
      identity,
      create: async (id) => {
        if (input.text === '') throw new BadUserInputError('input.text', 'text is required.');
        return store.create({ _id: id, version: 1, text: input.text }, identity.subject ?? null);
      },
      find: (id) => store.resume(id),
    });
  const count = (text: string) => notes.countDocuments({ text }).exec();

  it('creates every time without a key', async () => {
    const [a, b] = [await createNote({ text: 'no key' }, null), await createNote({ text: 'no key' }, null)];
    expect(a._id).not.toBe(b._id);
    expect(await count('no key')).toBe(2);
  });

  it('answers a retry with the same key and input with the first record, written once', async () => {
    const first = await createNote({ text: 'same' }, 'k-same');
    const retry = await claims.run<Note>({
      operation: 'createNote', key: 'k-same', input: { text: 'same', ignored: null }, identity: alice,
      create: () => Promise.reject(new Error('must not create again')), find: (id) => store.resume(id),
    });
    expect(retry._id).toBe(first._id);
    expect(await count('same')).toBe(1);
    expect(await claims.model.findOne({ key: 'k-same' }).lean().exec()).toMatchObject({ recordId: first._id, completedAt: expect.any(Date) });
  });

  it('refuses the same key with another input (CONFLICT) and writes nothing', async () => {
    await createNote({ text: 'original' }, 'k-other');
    const error = await createNote({ text: 'changed' }, 'k-other').catch((e: unknown) => e);
    expect(errorCode(error)).toBe('CONFLICT');
    expect((error as Error).message).toMatch(/idempotencyKey "k-other" was already used with another input/);
    expect(await count('changed')).toBe(0);
  });

  it('binds a key to one mutation', async () => {
    await createNote({ text: 'bound' }, 'k-op');
    const error = await claims.run({ operation: 'createOther', key: 'k-op', input: { text: 'bound' }, identity: alice, create: async () => 1, find: async () => null }).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('CONFLICT');
    expect((error as Error).message).toMatch(/for createNote/);
  });

  it('keeps callers apart: the same key of two callers makes two records', async () => {
    const [a, b] = [await createNote({ text: 'two callers' }, 'k-shared', alice), await createNote({ text: 'two callers' }, 'k-shared', bob)];
    expect(a._id).not.toBe(b._id);
    expect(await count('two callers')).toBe(2);
    // And bob's other input does not conflict with alice's key.
    expect((await createNote({ text: 'bob only' }, 'k-alice-only', bob))._id).toBeDefined();
    expect((await createNote({ text: 'alice only' }, 'k-alice-only', alice))._id).toBeDefined();
  });

  it('gives the key back when the input is refused, so a corrected request may use it', async () => {
    expect(errorCode(await createNote({ text: '' }, 'k-fix').catch((e: unknown) => e))).toBe('BAD_USER_INPUT');
    expect(await claims.model.countDocuments({ key: 'k-fix' }).exec()).toBe(0);
    expect((await createNote({ text: 'fixed' }, 'k-fix')).text).toBe('fixed');
  });

  it('refuses an empty or over-long key before writing anything', async () => {
    for (const key of ['', 'x'.repeat(201)]) {
      const error = await createNote({ text: 'bad key' }, key).catch((e: unknown) => e);
      expect(errorCode(error)).toBe('BAD_USER_INPUT');
      expect((error as { extensions: { field: string } }).extensions.field).toBe('idempotencyKey');
    }
    expect(await count('bad key')).toBe(0);
  });

  it('repairs a crash between the record write and the claim completion', async () => {
    const first = await createNote({ text: 'crash after record' }, 'k-crash-1');
    await claims.model.updateOne({ key: 'k-crash-1' }, { $set: { completedAt: null } }).exec();
    const retry = await createNote({ text: 'crash after record' }, 'k-crash-1');
    expect(retry._id).toBe(first._id);
    expect(await count('crash after record')).toBe(1);
    expect((await claims.model.findOne({ key: 'k-crash-1' }).lean().exec())!.completedAt).toBeInstanceOf(Date);
  });

  /** The half state a create leaves when it dies after claiming its key (and, optionally, its revision 1). */
  async function diedAfterClaim(key: string, text: string, withRevision: boolean): Promise<string> {
    const first = await createNote({ text }, key);
    await notes.deleteOne({ _id: first._id }).exec();
    if (!withRevision) await createRevisionModel(db.connection).deleteMany({ entityId: first._id }).exec();
    const past = new Date(Date.now() - IN_FLIGHT_MS - 1000);
    await claims.model.updateOne({ key }, { $set: { claimedAt: past, completedAt: null } }).exec();
    return first._id;
  }

  it('finishes a create that died after its revision 1 and before its record, with the claimed id', async () => {
    const id = await diedAfterClaim('k-crash-2', 'crash before record', true);
    const retry = await createNote({ text: 'crash before record' }, 'k-crash-2');
    expect(retry._id).toBe(id);
    expect(await count('crash before record')).toBe(1);
    expect((await store.history(id)).map((r) => r.version)).toEqual([1]);
  });

  it('finishes a create that died right after claiming its key', async () => {
    const id = await diedAfterClaim('k-crash-3', 'crash after claim', false);
    expect((await createNote({ text: 'crash after claim' }, 'k-crash-3'))._id).toBe(id);
    expect(await count('crash after claim')).toBe(1);
  });

  it('makes one record of ten simultaneous attempts with the same key, all answering its id', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => createNote({ text: 'ten at once' }, 'k-ten')));
    expect(new Set(answers.map((a) => a._id)).size).toBe(1);
    expect(await count('ten at once')).toBe(1);
  });

  it('finishes a half-written create once when ten retries take it over at once', async () => {
    const id = await diedAfterClaim('k-ten-crash', 'ten take over', true);
    const answers = await Promise.all(Array.from({ length: 10 }, () => createNote({ text: 'ten take over' }, 'k-ten-crash')));
    expect(answers.map((a) => a._id)).toEqual(Array(10).fill(id));
    expect(await count('ten take over')).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    const first = await createNote({ text: 'old key' }, 'k-old');
    const past = new Date(Date.now() - 25 * 3600_000);
    await claims.model.updateOne({ key: 'k-old' }, { $set: { claimedAt: past, expiresAt: new Date(past.getTime() + 24 * 3600_000) } }).exec();
    const later = await createNote({ text: 'new content' }, 'k-old');
    expect(later._id).not.toBe(first._id);
    expect(await count('old key')).toBe(1);
  });

  it('lets a create decide what a retry answers (a secret shown once)', async () => {
    const run = () =>
      claims.run<{ id: string; secret: string | null }>({
        operation: 'issue', key: 'k-secret', input: {}, identity: alice,
        create: async (id) => ({ id: (await store.create({ _id: id, version: 1, text: 'secret' }, null))._id, secret: 's3cret' }),
        find: async (id) => ((await store.resume(id)) ? { id, secret: null } : null),
        replay: (issued) => ({ ...issued, secret: null }),
      });
    const first = await run();
    expect(first.secret).toBe('s3cret');
    expect(await run()).toEqual({ id: first.id, secret: null });
  });
});

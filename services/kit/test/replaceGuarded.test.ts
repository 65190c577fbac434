import { Schema } from 'mongoose';
import { assumeListReads, listReadsOf, replaceGuarded, type RecordGuard } from '../src';
import { testDatabase } from '../src/testing';

interface Entry {
  _id: string;
  version: number;
  text: string;
}

const upTo = (version: number): RecordGuard<Entry> => ({ filter: { version: { $lte: version } }, holds: (current) => current.version <= version });

describe('a guarded replace, as one guarded write or read by _id then written by _id (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  const model = () => db.connection.model<Entry>('Entry');
  const text = async (id: string) => (await model().findById(id).lean().exec())?.text ?? null;

  beforeAll(async () => {
    db = await testDatabase('kit');
    db.connection.model<Entry>('Entry', new Schema<Entry>({ _id: String, version: Number, text: String }, { versionKey: false }));
    await listReadsOf(db.connection);
  });
  afterAll(() => db.drop());

  for (const engine of ['scans', 'unordered'] as const) {
    it(`writes only while the guard holds, inserts a missing record only when asked (${engine})`, async () => {
      assumeListReads(db.connection, engine);
      const id = `e-${engine}`;
      expect(await replaceGuarded(model(), id, upTo(1), { _id: id, version: 1, text: 'no upsert' })).toBe(false);
      expect(await text(id)).toBeNull();
      expect(await replaceGuarded(model(), id, upTo(2), { _id: id, version: 2, text: 'second' }, true)).toBe(true);
      expect(await replaceGuarded(model(), id, upTo(3), { _id: id, version: 3, text: 'third' }, true)).toBe(true);
      // An older version never overwrites a newer one (with upsert, the engine may refuse it as a duplicate key instead).
      const older = await replaceGuarded(model(), id, upTo(2), { _id: id, version: 2, text: 'late' }).catch(() => false);
      expect(older).toBe(false);
      expect(await text(id)).toBe('third');
      // Where every query but `{ _id }` scans (FerretDB v1), a read by `_id` and a write by `_id`; else one guarded write.
      const { roundTrips } = await db.roundTrips.measure(() => replaceGuarded(model(), id, upTo(4), { _id: id, version: 4, text: 'fourth' }));
      expect(roundTrips).toBe(engine === 'scans' ? 2 : 1);
      expect(await text(id)).toBe('fourth');
    });
  }
});

import { assumeListReads, listReadsOf } from '@fabrique/kit';
import { testDatabase } from '@fabrique/kit/testing';
import { createSearchEntryRepository } from '../src/models/search/repository';

/** The corpus size of search's idf, read the way each engine answers cheaply. */
describe('the search corpus size (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  beforeAll(async () => {
    db = await testDatabase('knowledge');
  });
  afterAll(() => db.drop());

  const commandsOf = async (read: () => Promise<number>) => {
    const commands: string[] = [];
    const listen = (event: { commandName: string }) => commands.push(event.commandName);
    db.connection.getClient().on('commandStarted', listen);
    try {
      return { size: await read(), commands };
    } finally {
      db.connection.getClient().off('commandStarted', listen);
    }
  };

  it('counts the entries, 0 before the collection exists, once a minute per process', async () => {
    const engine = await listReadsOf(db.connection);
    expect(await createSearchEntryRepository(db.connection).estimatedSize()).toBe(0);
    await db.connection.collection('search_entries').insertMany(Array.from({ length: 7 }, (_, i) => ({ _id: `EXPERIENCE:${i}` as never })));
    const entries = createSearchEntryRepository(db.connection);
    const first = await commandsOf(() => entries.estimatedSize());
    expect(first.size).toBe(7);
    // FerretDB v1 decodes every entry for a `count`: it is asked for its own count ($collStats) instead.
    expect(first.commands).toEqual([engine === 'scans' ? 'aggregate' : 'count']);
    expect((await commandsOf(() => entries.estimatedSize())).commands).toEqual([]);
  });

  it('gives the same size whichever way it is read', async () => {
    const engine = await listReadsOf(db.connection);
    const other = engine === 'scans' ? 'ordered' : 'scans';
    const byEngine = await createSearchEntryRepository(db.connection).estimatedSize();
    assumeListReads(db.connection, other);
    try {
      expect(await createSearchEntryRepository(db.connection).estimatedSize()).toBe(byEngine);
    } finally {
      assumeListReads(db.connection, engine);
    }
  });
});

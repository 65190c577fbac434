import { Schema } from 'mongoose';
import { assumeListReads, baseRepository, ensureIndexes, listReadsOf, readPage, subLists, WINDOWED_ABOVE, windowStart, type MonthCounts, type SortSpec } from '../src';
import { testDatabase } from '../src/testing';

interface Item {
  _id: string;
  parents: string[];
  at: Date;
}

const DAY = 86_400_000;
const order: SortSpec = [
  ['at', -1, 'date'],
  ['_id', -1, 'string'],
];

describe('one parent read newest first within windows where indexes give no order (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let repository: ReturnType<typeof baseRepository<Item>>;
  const now = Date.now();

  beforeAll(async () => {
    db = await testDatabase('kit');
    const model = db.connection.model<Item>('Item', new Schema<Item>({ _id: String, parents: [String], at: Date }, { versionKey: false }));
    await ensureIndexes([model]);
    repository = baseRepository(model);
    const items: Item[] = [];
    // `recent`: one item a day over the last 300 days, so a 32-day window fills a page.
    for (let i = 0; i < 300; i++) items.push({ _id: `recent-${String(i).padStart(3, '0')}`, parents: ['recent', 'both'], at: new Date(now - i * DAY - 1_000) });
    // `old`: 250 items of two and three years ago, none in any window: the whole list is read in the end.
    for (let i = 0; i < 250; i++) items.push({ _id: `old-${String(i).padStart(3, '0')}`, parents: ['old', 'both'], at: new Date(now - (730 + i * 2) * DAY) });
    // `small`: under the threshold, read whole at once.
    for (let i = 0; i < 20; i++) items.push({ _id: `small-${i}`, parents: ['small'], at: new Date(now - i * 40 * DAY) });
    await model.insertMany(items);
    // The windows pay on an engine whose indexes give no order (DocumentDB): read as there.
    assumeListReads(db.connection, 'unordered');
  });
  afterAll(() => db.drop());

  const spec = { field: 'parents', array: true, filter: {} };
  /** Sub-lists whose totals come from a "counter": the true count, as a maintained counter would give it. */
  const lists = () => subLists(repository, order, (_spec, parent) => repository.count({ parents: parent, _id: { $ne: parent } }));
  /** The same page asked of the whole list, no window. */
  const plain = (parent: string, first: number, after?: string) => repository.list({ parents: parent, _id: { $ne: parent } }, readPage({ first, after }, order));

  /** The first `pages` pages of each parent's list, each as the whole list gives it. */
  async function expectPlainPages(sub: () => ReturnType<typeof lists>, parents: readonly string[], first: number, pages: number) {
    for (const parent of parents) {
      let after: string | undefined;
      for (let pageNumber = 0; pageNumber < pages; pageNumber++) {
        const page = await sub().connection(parent, spec, { first, after });
        const expected = await plain(parent, first, after);
        expect(page.edges.map((e) => e.node._id)).toEqual(expected.slice(0, first).map((r) => r._id));
        expect(page.pageInfo.hasNextPage).toBe(expected.length > first);
        after = page.pageInfo.endCursor ?? undefined;
      }
    }
  }

  it('gives the pages the whole list gives, first and after a cursor', async () => {
    expect(WINDOWED_ABOVE).toBeLessThan(250);
    await expectPlainPages(lists, ['recent', 'old', 'both', 'small'], 40, 3);
    // The last page of `recent` (items 200 to 299: older than the 256-day window's first items).
    const second = await lists().connection('recent', spec, { first: 100, after: (await lists().connection('recent', spec, { first: 100 })).pageInfo.endCursor });
    const deep = await lists().connection('recent', spec, { first: 100, after: second.pageInfo.endCursor });
    expect(deep.edges.map((e) => e.node._id)).toEqual((await plain('recent', 100, second.pageInfo.endCursor!)).map((r) => r._id));
    expect(deep.edges).toHaveLength(100);
    expect(deep.pageInfo.hasNextPage).toBe(false);
    expect(await deep.totalCount()).toBe(300);
  });

  it('reads a recent page within the first window, an old one after the two windows, a small list at once', async () => {
    const measure = async (parent: string) => {
      const sub = lists();
      return (await db.roundTrips.measure(async () => (await sub.connection(parent, spec, { first: 5 })).totalCount())).roundTrips;
    };
    // The count, then the page within 32 days; the total is the count already read.
    expect(await measure('recent')).toBe(2);
    // The count, the two windows (empty), then the whole list.
    expect(await measure('old')).toBe(4);
    expect(await measure('small')).toBe(2);
    // Where indexes give order, or every query scans (FerretDB v1), one query is best: no windows.
    for (const engine of ['ordered', 'scans'] as const) {
      assumeListReads(db.connection, engine);
      expect(await measure('old')).toBe(2);
    }
    assumeListReads(db.connection, 'unordered');
  });

  describe('from the months maintained counters give', () => {
    /** What a `month` counter of each parent holds: its items by month of `at` (UTC). */
    async function monthsOf(parent: string): Promise<MonthCounts> {
      const byMonth = new Map<string, number>();
      for (const item of await repository.model.find({ parents: parent }).lean().exec()) {
        const key = item.at.toISOString().slice(0, 7);
        byMonth.set(key, (byMonth.get(key) ?? 0) + 1);
      }
      return [...byMonth].map(([key, count]) => ({ key, count }));
    }
    const dated = () => subLists(repository, order, (_spec, parent) => repository.count({ parents: parent, _id: { $ne: parent } }), (_spec, parent) => monthsOf(parent));

    it('gives the pages the whole list gives, first and after a cursor', async () => {
      await expectPlainPages(dated, ['recent', 'old', 'both'], 70, 4);
    });

    it('reads a page in one query, old or recent; a list whose months say too little, whole', async () => {
      const measure = async (parent: string, sub = dated()) => (await db.roundTrips.measure(async () => (await sub.connection(parent, spec, { first: 5 })).totalCount())).roundTrips;
      // The count and the months (side by side: the test's own queries), then the page from its month.
      expect(await measure('recent')).toBe(3);
      expect(await measure('old')).toBe(3);
      // Months that disagree with the list (a month too recent): the window, then the whole list.
      const wrong = () => subLists(repository, order, (_spec, parent) => repository.count({ parents: parent, _id: { $ne: parent } }), () => Promise.resolve([{ key: '2999-01', count: 500 }]));
      const page = await wrong().connection('old', spec, { first: 5 });
      expect(page.edges.map((e) => e.node._id)).toEqual((await plain('old', 5)).slice(0, 5).map((r) => r._id));
      expect(await measure('old', wrong())).toBe(3);
      // Where indexes give order, or every query scans, the months are not asked: the count and the list.
      assumeListReads(db.connection, 'scans');
      try {
        expect(await measure('old')).toBe(2);
      } finally {
        assumeListReads(db.connection, 'unordered');
      }
    });

    it('starts the window at the month holding the page, counting none of the cursor\'s month', () => {
      const months = [
        { key: '2026-03', count: 4 },
        { key: '2026-05', count: 3 },
        { key: '2026-04', count: 2 },
        { key: '2025-12', count: 10 },
      ];
      // 3 in May, 5 with April, 9 with March: a page of 4 and its next row from April, of 5 from March.
      expect(windowStart(months, 4)).toEqual(new Date('2026-04-01T00:00:00.000Z'));
      expect(windowStart(months, 5)).toEqual(new Date('2026-03-01T00:00:00.000Z'));
      expect(windowStart(months, 2)).toEqual(new Date('2026-05-01T00:00:00.000Z'));
      // After a cursor in April: March (4) and December (10) count, April does not.
      expect(windowStart(months, 4, new Date('2026-04-20T10:00:00.000Z'))).toEqual(new Date('2025-12-01T00:00:00.000Z'));
      expect(windowStart(months, 3, new Date('2026-04-20T10:00:00.000Z'))).toEqual(new Date('2026-03-01T00:00:00.000Z'));
      // Fewer than the page and its next row: no window.
      expect(windowStart(months, 19)).toBeNull();
      expect(windowStart([], 0)).toBeNull();
    });
  });

  it('knows the engine it runs on', async () => {
    const probe = await testDatabase('kit');
    try {
      const info = await probe.connection.db!.admin().command({ buildInfo: 1 });
      const expected = String(info.ferretdbVersion ?? '').startsWith('v1') ? 'scans' : info.ferretdb ? 'unordered' : 'ordered';
      expect(await listReadsOf(probe.connection)).toBe(expected);
    } finally {
      await probe.drop();
    }
  });
});

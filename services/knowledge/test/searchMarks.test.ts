import { assumeListReads, ensureIndexes } from '@fabrique/kit';
import { testDatabase } from '@fabrique/kit/testing';
import { newestOf, wordCandidates, type CandidateFilter } from '../src/domain/search/candidates';
import { searchKnowledge, WORD_CANDIDATE_LIMIT } from '../src/domain/search/search';
import { MARK_DEPTHS, markId } from '../src/models/search/marks';
import { buildSearchIndex, packStats } from '../src/domain/text/searchIndex';
import { PUBLISHED_SEARCH_INDEX, type SearchEntryRecord } from '../src/models/search/schema';
import { createRepositories } from '../src/repositories';

const DAY = 86_400_000;
const TYPES = ['EXPERIENCE', 'RESOURCE'] as const;
const FROM = Date.UTC(2025, 11, 31);
/** `commun`'s marks: the dates of its 101st, 201st, 401st and 1,001st newest entries (one a day). */
const TRUE_DATES = [100, 200, 400, 1_000].map((age) => new Date(FROM - age * DAY));

/** The term statistics of every entry (search reads these, never the text). */
const STATS = packStats(buildSearchIndex({ title: 'commun', summary: 'rare', body: '' }).termStats);

/** An entry holding `terms`, `age` days before the end of 2025. */
function entry(n: number, terms: string[], age: number, more: Partial<SearchEntryRecord> = {}): SearchEntryRecord {
  const type = TYPES[n % 2]!;
  return {
    _id: `${type}:item-${n}`,
    type,
    itemId: `item-${n}`,
    version: 1,
    status: 'PUBLISHED',
    listedAt: new Date(FROM - age * DAY),
    themeScope: n % 5 === 0 ? ['fifth'] : n % 50 === 1 ? ['fiftieth'] : [],
    territoryScope: [],
    programmeId: null,
    terms,
    stats: STATS,
    format: 2,
    ...more,
  };
}

describe('a word\'s candidates within its marks where indexes give no order (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let repositories: ReturnType<typeof createRepositories>;
  const asked = (extra: Record<string, unknown> = {}, types: readonly string[] = TYPES): CandidateFilter => {
    const base = { status: 'PUBLISHED', type: { $in: [...types] } };
    return { base, filter: { ...base, ...extra }, types };
  };
  /** The list as one plain query gives it: what the marks must never change. */
  const plain = (filter: CandidateFilter, keys: string[], limit = WORD_CANDIDATE_LIMIT + 1) => repositories.searchEntries.candidates(filter.filter, keys, limit);
  const ids = (rows: Array<{ _id: string }>) => rows.map((r) => r._id);
  async function listed(filter: CandidateFilter, keys: string[], limit = WORD_CANDIDATE_LIMIT + 1) {
    let rows: Awaited<ReturnType<typeof wordCandidates>> = [];
    const { roundTrips } = await db.roundTrips.measure(async () => {
      rows = await wordCandidates(repositories, filter, keys, limit);
    });
    return { rows, roundTrips };
  }
  /** The list through its marks, checked to be the plain list. */
  async function listedAsPlain(filter: CandidateFilter, keys: string[]) {
    const list = await listed(filter, keys);
    expect(ids(list.rows)).toEqual(ids(await plain(filter, keys)));
    return list;
  }
  const marks = () => repositories.searchMarks.model.find().sort({ _id: 1 }).lean().exec();

  beforeAll(async () => {
    db = await testDatabase('knowledge');
    repositories = createRepositories(db.connection);
    await ensureIndexes(repositories.models);
    // `commun`: 1,200 entries, one a day; every fifth holds the theme `fifth`, one in fifty `fiftieth`. `rar` (the stem of rare): 30.
    const entries = Array.from({ length: 1_200 }, (_, n) => entry(n, n < 30 ? ['commun', 'rar', '^commun'] : ['commun'], n));
    await repositories.searchEntries.insertMissing(entries);
    await repositories.searchEntries.listReads();
    assumeListReads(db.connection, 'unordered');
  });
  afterAll(() => db.drop());
  beforeEach(() => repositories.searchMarks.forget());

  it('reads a common word whole once and marks it, then within its first mark: the same list', async () => {
    const first = await listedAsPlain(asked(), ['commun']);
    // The marks (none yet), the whole list and the key's newest dates side by side, then the mark written.
    expect(first.roundTrips).toBe(4);
    const [mark] = await marks();
    expect(mark!._id).toBe(markId(TYPES, 'commun'));
    // The 101st, 201st, 401st and 1,001st newest of 1,200 (one a day from the end of 2025); too few for the 2,001st.
    expect(mark!.dates).toEqual(TRUE_DATES);
    expect(mark!.depths).toEqual([...MARK_DEPTHS]);
    expect(MARK_DEPTHS.slice(0, 5)).toEqual([101, 201, 401, 1_001, 2_001]);

    const again = await listed(asked(), ['commun']);
    expect(ids(again.rows)).toEqual(ids(first.rows));
    // The marks are this process's for a minute: the window alone.
    expect(again.roundTrips).toBe(1);
    repositories.searchMarks.forget();
    expect((await listed(asked(), ['commun'])).roundTrips).toBe(2);
  });

  it('asks a filtered list from its 1,001st mark, then whole, while the filter leaves it short', async () => {
    await listed(asked(), ['commun']);
    // One in five: about 20, 40 and 80 in the first windows (not tried under a filter of unknown share), 200 in the 1,001st's.
    const fifth = asked({ themeScope: 'fifth' });
    const wide = await listedAsPlain(fifth, ['commun']);
    expect(wide.rows).toHaveLength(WORD_CANDIDATE_LIMIT + 1);
    expect(wide.roundTrips).toBe(1);
    // One in fifty (24 in all): the 1,001st's window, then the whole list.
    const fiftieth = asked({ themeScope: 'fiftieth' });
    const whole = await listedAsPlain(fiftieth, ['commun']);
    expect(whole.rows).toHaveLength(24);
    expect(whole.roundTrips).toBe(2);
  });

  it('asks a filtered list only within the windows its filter\'s share could fill', async () => {
    await listed(asked(), ['commun']);
    // One in five, and its share known: the 1,001st's window holds about 200 of them, as the share promises
    // (the 401st's, about 80, is not asked).
    const fifth = { ...asked({ themeScope: 'fifth' }), share: 0.2 };
    const wide = await listedAsPlain(fifth, ['commun']);
    expect(wide.roundTrips).toBe(1);
    // One in fifty: about 20 in that window, not asked; the 10,001st's would do, but `commun` has none: its marks, then the whole list.
    const fiftieth = { ...asked({ themeScope: 'fiftieth' }), share: 0.02 };
    repositories.searchMarks.forget();
    const whole = await listedAsPlain(fiftieth, ['commun']);
    expect(whole.roundTrips).toBe(2);
    // A share so small that no window could hold the list: the list alone, no mark read.
    repositories.searchMarks.forget();
    const rare = { ...fiftieth, share: 0.005 };
    const alone = await listedAsPlain(rare, ['commun']);
    expect(alone.roundTrips).toBe(1);
  });

  it('reads every list, filtered or not, and every key\'s newest dates by the published entries\' index: the same lists', async () => {
    const sent: Array<Record<string, any>> = [];
    const record = (event: { commandName: string; command: Record<string, any> }) => {
      if (event.commandName === 'find' && event.command.find === 'search_entries') sent.push(event.command);
    };
    const client = db.connection.getClient();
    client.on('commandStarted', record);
    try {
      repositories.searchMarks.forget();
      const fifth = { ...asked({ themeScope: 'fifth' }), share: 0.2 };
      for (const [filter, keys] of [[fifth, ['commun']], [fifth, ['rar']], [asked(), ['commun']], [asked(), ['rar']]] as const) {
        sent.length = 0;
        const list = await listedAsPlain(filter, [...keys]);
        const own = sent.slice(0, list.roundTrips).filter((command) => command.filter);
        expect(own.length).toBeGreaterThan(0);
        for (const command of own) {
          expect(command.hint).toBe(PUBLISHED_SEARCH_INDEX.options.name);
          // The status an equality (the index's partial filter), the type set checked apart.
          expect(command.filter.status).toBe('PUBLISHED');
          expect(command.filter.type).toBeUndefined();
        }
      }
    } finally {
      client.off('commandStarted', record);
    }
  });

  it('reads a key\'s newest dates for its marks in one query, as many as the deepest mark', async () => {
    const base = asked().base;
    const common = await db.roundTrips.measure(() => newestOf(repositories.searchEntries, base, 'commun'));
    expect([common.result.length, common.roundTrips]).toEqual([1_200, 1]);
    const rare = await db.roundTrips.measure(() => newestOf(repositories.searchEntries, base, 'rar'));
    expect([rare.result.length, rare.roundTrips]).toEqual([30, 1]);
    expect(rare.result).toEqual([...rare.result].sort((a, b) => b.getTime() - a.getTime()));
  });

  it('widens an unfiltered list to the first mark deep enough for what the window held', async () => {
    await listed(asked(), ['commun']);
    const id = markId(TYPES, 'commun');
    // A mark whose first date is too recent (postings withdrawn since, say): the first window holds 11 of
    // 101, so the 201st's and 401st's windows would not fill either; the 1,001st's does.
    await repositories.searchMarks.save(id, [new Date(FROM - 10 * DAY), ...TRUE_DATES.slice(1)], null);
    const widened = await listedAsPlain(asked(), ['commun']);
    expect(widened.roundTrips).toBe(2);
    await repositories.searchMarks.save(id, TRUE_DATES, null);
  });

  it('skips the windows a filtered list\'s last window showed too small', async () => {
    await listed(asked(), ['commun']);
    // One in five, said to be every entry: the 101st's window holds about 20, so the list needs a window of
    // about 500 postings; the 201st's and 401st's are skipped, the 1,001st's fills it.
    const fifth = { ...asked({ themeScope: 'fifth' }), share: 1 };
    const list = await listedAsPlain(fifth, ['commun']);
    expect(list.roundTrips).toBe(2);
    // A window holding nothing of the filter: the list is read whole next.
    const none = { ...asked({ themeScope: 'nowhere' }), share: 1 };
    const empty = await listed(none, ['commun']);
    expect(empty.rows).toEqual([]);
    expect(empty.roundTrips).toBe(2);
  });

  it('reads a mark of other depths again, as no mark', async () => {
    const id = markId(TYPES, 'commun');
    // Written before MARK_DEPTHS changed: the 101st and 1,001st dates, without its depths.
    await repositories.searchMarks.model.replaceOne({ _id: id }, { _id: id, dates: [TRUE_DATES[0], TRUE_DATES[3]], markedAt: new Date() }, { upsert: true }).exec();
    const list = await listedAsPlain(asked(), ['commun']);
    // The marks, the whole list and the key's newest dates side by side, then the mark written again.
    expect(list.roundTrips).toBe(4);
    expect((await marks()).find((m) => m._id === id)).toMatchObject({ dates: TRUE_DATES, depths: [...MARK_DEPTHS] });
  });

  it('marks each asked set of types apart, and a word of several keys by its latest mark', async () => {
    await listed(asked(), ['commun']);
    const experiences = asked({}, ['EXPERIENCE']);
    await listedAsPlain(experiences, ['commun']);
    expect((await marks()).map((m) => m._id)).toEqual([markId(TYPES, 'commun'), markId(['EXPERIENCE'], 'commun')]);
    const union = await listedAsPlain(asked(), ['rar', 'commun']);
    // `commun`'s mark bounds the window; `rar` (30 entries) had none and is read for one.
    expect(union.roundTrips).toBe(3);
    // Two words' lists side by side read their marks in one query: that read, `commun`'s window, `rar`'s list and its dates.
    repositories.searchMarks.forget();
    const sideBySide = await db.roundTrips.measure(() => Promise.all([wordCandidates(repositories, asked(), ['commun'], 101), wordCandidates(repositories, asked(), ['rar'], 101)]));
    expect(sideBySide.roundTrips).toBe(4);
  });

  it('stores no mark for a rare key and reads it whole, once for its newest dates', async () => {
    const rare = await listedAsPlain(asked(), ['rar']);
    expect(rare.rows).toHaveLength(30);
    expect(rare.roundTrips).toBe(3);
    expect((await marks()).map((m) => m._id)).not.toContain(markId(TYPES, 'rar'));
    // A word nobody holds adds no document either.
    await listed(asked(), ['zzzz']);
    expect((await marks()).map((m) => m._id)).not.toContain(markId(TYPES, 'zzzz'));
    // This process remembers it is rare: the list alone.
    expect((await listed(asked(), ['rar'])).roundTrips).toBe(1);
  });

  it('gives the plain list whatever a stale mark says', async () => {
    const id = markId(TYPES, 'commun');
    // A mark in the future: every window is empty, the whole list is read.
    await repositories.searchMarks.save(id, [new Date(FROM + 10 * DAY)], null);
    await listedAsPlain(asked(), ['commun']);
    // A mark far in the past: the window holds everything, the page is still the newest.
    await repositories.searchMarks.save(id, [new Date(0)], null);
    await listedAsPlain(asked(), ['commun']);
    // A true mark, then the 60 newest withdrawn: the first window holds 41 of 101, so the next asked is the
    // first of at least 249 postings, the 401st's, which fills the list.
    await repositories.searchMarks.save(id, TRUE_DATES, null);
    const entries = db.connection.collection('search_entries');
    const newest = (await entries.find({ terms: 'commun' }).sort({ listedAt: -1 }).limit(60).toArray()).map((e) => e._id);
    await entries.updateMany({ _id: { $in: newest } }, { $set: { status: 'DRAFT' } });
    try {
      const after = await listedAsPlain(asked(), ['commun']);
      expect(ids(after.rows)).not.toContain(newest[0]);
      expect(after.roundTrips).toBe(2);
    } finally {
      await entries.updateMany({ _id: { $in: newest } }, { $set: { status: 'PUBLISHED' } });
    }
  });

  it('reads a mark again once it is older than an hour', async () => {
    const id = markId(TYPES, 'commun');
    await repositories.searchMarks.save(id, [new Date(0)], null);
    await db.connection.collection('search_marks').updateOne({ _id: id as never }, { $set: { markedAt: new Date(Date.now() - 2 * 3_600_000) } });
    repositories.searchMarks.forget();
    const stale = await listedAsPlain(asked(), ['commun']);
    // The marks, the window, then the key's newest dates and the new mark written.
    expect(stale.roundTrips).toBe(4);
    expect((await marks()).find((m) => m._id === id)!.dates).toEqual(TRUE_DATES);
  });

  it('ranks the same hits as one query per list', async () => {
    await db.connection.collection('search_marks').deleteMany({});
    const search = () => searchKnowledge({ query: 'commun rare', first: 20 }, { repositories });
    const windowed = await search();
    await search();
    assumeListReads(db.connection, 'scans');
    try {
      const plainSearch = await search();
      expect(windowed.hits.map((h) => h.id)).toEqual(plainSearch.hits.map((h) => h.id));
      expect(windowed.total).toBe(plainSearch.total);
      // Where every query scans, or indexes give order, no mark is read.
      expect((await db.roundTrips.measure(() => wordCandidates(repositories, asked(), ['commun'], 101))).roundTrips).toBe(1);
    } finally {
      assumeListReads(db.connection, 'unordered');
    }
  });
});

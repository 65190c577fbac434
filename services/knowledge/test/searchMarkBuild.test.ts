import { assumeListReads, ensureIndexes, WRITE_BATCH } from '@fabrique/kit';
import { testDatabase } from '@fabrique/kit/testing';
import { wordCandidates, type CandidateFilter } from '../src/domain/search/candidates';
import { checkMarks, MARKED_TYPE_SETS, rebuildMarks } from '../src/domain/search/markBuild';
import { WORD_CANDIDATE_LIMIT } from '../src/domain/search/search';
import { buildSearchIndex, packStats } from '../src/domain/text/searchIndex';
import { MARK_DEPTHS, markId } from '../src/models/search/marks';
import type { SearchEntryRecord } from '../src/models/search/schema';
import { createRepositories } from '../src/repositories';

const DAY = 86_400_000;
const FROM = Date.UTC(2025, 11, 31);
const STATS = packStats(buildSearchIndex({ title: 'commun', summary: '', body: '' }).termStats);
/** Every key the entries below hold. */
const KEYS = ['commun', '^commun', 'moyen', 'rar'];

/**
 * 1,300 entries: a resource in three, the others experiences; two a day (equal dates side by side); one
 * in eleven a draft (never counted). `commun` in all, its title term in one in two, `moyen` in six of
 * seven, `rar` in the first 50.
 */
function entry(n: number): SearchEntryRecord {
  const type = n % 3 === 0 ? 'RESOURCE' : 'EXPERIENCE';
  const terms = ['commun', ...(n % 2 ? ['^commun'] : []), ...(n % 7 ? ['moyen'] : []), ...(n < 50 ? ['rar'] : [])];
  return {
    _id: `${type}:item-${n}`,
    type,
    itemId: `item-${n}`,
    version: 1,
    status: n % 11 === 0 ? 'DRAFT' : 'PUBLISHED',
    listedAt: new Date(FROM - Math.floor(n / 2) * DAY),
    themeScope: [],
    territoryScope: [],
    programmeId: null,
    terms,
    stats: STATS,
    format: 2,
  };
}

describe('the search marks rebuilt from the entries (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let repositories: ReturnType<typeof createRepositories>;
  const stored = async () => new Map((await repositories.searchMarks.all()).map((m) => [m._id, m.dates]));

  /** The marks as a search writes them, one key at a time: its newest dates read by one query, kept at each depth. */
  async function direct(more: readonly string[] = []): Promise<Map<string, Date[]>> {
    const marks = new Map<string, Date[]>();
    for (const types of MARKED_TYPE_SETS) {
      for (const key of [...KEYS, ...more]) {
        const base = { status: 'PUBLISHED', type: { $in: [...types] } };
        const newest = await repositories.searchEntries.newestDates(base, key, MARK_DEPTHS.at(-1)!);
        const dates = MARK_DEPTHS.filter((depth) => newest.length >= depth).map((depth) => newest[depth - 1]!);
        if (dates.length > 0) marks.set(markId(types, key), dates);
      }
    }
    return marks;
  }

  beforeAll(async () => {
    db = await testDatabase('knowledge');
    repositories = createRepositories(db.connection);
    await ensureIndexes(repositories.models);
    await repositories.searchEntries.insertMissing(Array.from({ length: 1_300 }, (_, n) => entry(n)));
    await repositories.searchEntries.listReads();
    assumeListReads(db.connection, 'unordered');
  });
  afterAll(() => db.drop());
  beforeEach(() => repositories.searchMarks.forget());

  it('stores the marks a search would write for every common key and set of types, and only those', async () => {
    const expected = await direct();
    // The data gives marks at every depth it reaches (1,181 published, 393 resources: 101st to 1,001st, and
    // 101st and 201st), per set of types, and none for `rar` (50 postings).
    expect(MARK_DEPTHS.slice(0, 4)).toEqual([101, 201, 401, 1_001]);
    expect(expected.get(markId(['EXPERIENCE', 'RESOURCE'], 'commun'))).toHaveLength(4);
    expect(expected.get(markId(['RESOURCE'], 'commun'))).toHaveLength(2);
    expect([...expected.keys()].some((id) => id.endsWith('|rar'))).toBe(false);
    expect(await rebuildMarks(repositories)).toEqual({ used: true, marks: expected.size });
    expect(await stored()).toEqual(expected);
  });

  it('reports stale, no longer common and unmarked keys, and a rebuild sets them right', async () => {
    await rebuildMarks(repositories);
    expect(await checkMarks(repositories)).toEqual({ used: true, stored: (await direct()).size, stale: [], unmarked: 0 });
    const both = markId(['EXPERIENCE', 'RESOURCE'], 'moyen');
    await repositories.searchMarks.save(both, [new Date(0)], null);
    await repositories.searchMarks.save(markId(['EXPERIENCE'], 'rar'), [new Date(FROM)], null);
    await repositories.searchMarks.model.deleteOne({ _id: markId(['RESOURCE'], 'commun') }).exec();
    const check = await checkMarks(repositories);
    const moyen = (await direct()).get(both)!;
    expect(check.stale).toEqual([
      { mark: both, stored: [new Date(0)], expected: moyen },
      { mark: markId(['EXPERIENCE'], 'rar'), stored: [new Date(FROM)], expected: [] },
    ]);
    expect(check.unmarked).toBe(1);
    // A mark of the right dates at other depths (written before MARK_DEPTHS changed) is stale too.
    const commun = markId(['EXPERIENCE', 'RESOURCE'], 'commun');
    await repositories.searchMarks.model.updateOne({ _id: commun }, { $unset: { depths: 1 } }).exec();
    expect((await checkMarks(repositories)).stale.map((m) => m.mark)).toEqual([both, commun, markId(['EXPERIENCE'], 'rar')].sort());
    await rebuildMarks(repositories);
    expect(await stored()).toEqual(await direct());
    expect((await checkMarks(repositories)).stale).toEqual([]);
  });

  it('follows the entries: a key grown common is marked, drafts withdrawn from its count', async () => {
    const entries = db.connection.collection<SearchEntryRecord>('search_entries');
    const newest = (await entries.find({ terms: 'rar', status: 'PUBLISHED' }).toArray()).map((e) => e._id);
    const grown = Array.from({ length: 120 }, (_, n) => ({ ...entry(2_000 + n), terms: ['rar'], status: 'PUBLISHED' as const }));
    await repositories.searchEntries.insertMissing(grown);
    await entries.updateMany({ _id: { $in: newest.slice(0, 5) } }, { $set: { status: 'DRAFT' } });
    try {
      await rebuildMarks(repositories);
      expect(await stored()).toEqual(await direct());
      expect((await stored()).get(markId(['EXPERIENCE', 'RESOURCE'], 'rar'))).toHaveLength(1);
    } finally {
      await entries.deleteMany({ _id: { $in: grown.map((e) => e._id) } });
      await entries.updateMany({ _id: { $in: newest.slice(0, 5) } }, { $set: { status: 'PUBLISHED' } });
      await rebuildMarks(repositories);
    }
  });

  it('spares a search after the rebuild reading a common word whole: the marks, then one window', async () => {
    await rebuildMarks(repositories);
    const base = { status: 'PUBLISHED', type: { $in: ['EXPERIENCE', 'RESOURCE'] } };
    const asked: CandidateFilter = { base, filter: base, types: ['EXPERIENCE', 'RESOURCE'] };
    let rows: Awaited<ReturnType<typeof wordCandidates>> = [];
    const { roundTrips } = await db.roundTrips.measure(async () => {
      rows = await wordCandidates(repositories, asked, ['commun'], WORD_CANDIDATE_LIMIT + 1);
    });
    expect(roundTrips).toBe(2);
    const plain = await repositories.searchEntries.candidates(base, ['commun'], WORD_CANDIDATE_LIMIT + 1);
    expect(rows.map((r) => r._id)).toEqual(plain.map((r) => r._id));
  });

  it('writes and removes more marks than one write command carries', async () => {
    // 101 entries holding the same 150 words: 150 more common keys (of both types together).
    const words = Array.from({ length: 150 }, (_, i) => `mot${i}`);
    const many = Array.from({ length: 101 }, (_, n) => ({ ...entry(3_000 + n), status: 'PUBLISHED' as const, terms: words }));
    await repositories.searchEntries.insertMissing(many);
    try {
      const { marks } = await rebuildMarks(repositories);
      expect(marks).toBeGreaterThan(WRITE_BATCH);
      const all = await stored();
      expect([...all.keys()].filter((id) => id.includes('|mot'))).toHaveLength(words.length);
      // Read directly for a few of them (each key a query).
      for (const [id, mark] of await direct(['mot0', 'mot77', 'mot149'])) expect([id, all.get(id)]).toEqual([id, mark]);
    } finally {
      await repositories.searchEntries.model.deleteMany({ _id: { $in: many.map((e) => e._id) } }).exec();
    }
    await rebuildMarks(repositories);
    expect([...(await stored()).keys()].filter((id) => id.includes('|mot'))).toEqual([]);
  });

  it('keeps no mark on an engine whose lists need none', async () => {
    await rebuildMarks(repositories);
    assumeListReads(db.connection, 'scans');
    try {
      expect(await checkMarks(repositories)).toEqual({ used: false, stored: (await direct()).size, stale: [], unmarked: 0 });
      expect(await rebuildMarks(repositories)).toEqual({ used: false, marks: 0 });
      expect(await repositories.searchMarks.all()).toEqual([]);
    } finally {
      assumeListReads(db.connection, 'unordered');
    }
  });
});

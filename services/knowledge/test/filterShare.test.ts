import { assumeListReads, listReadsOf } from '@fabrique/kit';
import { testDatabase } from '@fabrique/kit/testing';
import { filterScopes, searchKnowledge } from '../src/domain/search/search';
import { filterShare, filterSizes, indexFor, recentFilterSizes, type FilterScopes } from '../src/domain/search/candidates';
import type { SearchMarkRecord } from '../src/models/search/marks';
import { KNOWLEDGE_TYPES, SEARCH_INDEXES } from '../src/models/search/schema';
import { statisticsScope } from '../src/models/statistics/counters';
import { createRepositories } from '../src/repositories';
import { seedKnowledge } from '../src/seed';

describe('the share of the entries a search\'s filters keep, from the maintained counters (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let repositories: ReturnType<typeof createRepositories>;
  beforeAll(async () => {
    db = await testDatabase('knowledge');
    await seedKnowledge(db);
    repositories = createRepositories(db.connection);
  });
  afterAll(() => db.drop());

  const share = async (types: readonly string[], filters: FilterScopes) => filterShare(await filterSizes(repositories, types, filters));
  const territoryScope = (id: string) => ({ index: 'territoryScope' as const, scopes: [statisticsScope('territory', id)] });
  const programmeId = (id: string) => ({ index: 'programmeId' as const, scopes: [statisticsScope('programme', id)] });
  const themeScope = (...ids: string[]) => ({ index: 'themeScope' as const, scopes: ids.map((id) => statisticsScope('theme', id)) });

  /** The share counted directly on the search entries. */
  async function direct(types: readonly string[], filter: Record<string, unknown>) {
    const base = { status: 'PUBLISHED', type: { $in: [...types] } };
    return (await repositories.searchEntries.count({ ...base, ...filter })) / (await repositories.searchEntries.count(base));
  }

  it('equals the share counted on the entries for one filter, of each kind and set of types', async () => {
    const entry = (await repositories.searchEntries.model.findOne({ status: 'PUBLISHED', programmeId: { $ne: null }, 'territoryScope.0': { $exists: true }, 'themeScope.0': { $exists: true } }).lean().exec())!;
    const territory = entry.territoryScope[0]!;
    const theme = entry.themeScope[0]!;
    for (const types of [KNOWLEDGE_TYPES, ['EXPERIENCE']]) {
      expect(await share(types, [territoryScope(territory)])).toBeCloseTo(await direct(types, { territoryScope: territory }), 10);
      expect(await share(types, [programmeId(entry.programmeId!)])).toBeCloseTo(await direct(types, { programmeId: entry.programmeId }), 10);
      expect(await share(types, [themeScope(theme)])).toBeCloseTo(await direct(types, { themeScope: theme }), 10);
    }
  });

  it('gives each filter\'s entries as counted on the entries, with the index it leads', async () => {
    const entry = (await repositories.searchEntries.model.findOne({ status: 'PUBLISHED', programmeId: { $ne: null }, 'territoryScope.0': { $exists: true } }).lean().exec())!;
    const base = { status: 'PUBLISHED', type: { $in: [...KNOWLEDGE_TYPES] } };
    const count = (filter: Record<string, unknown>) => repositories.searchEntries.count({ ...base, ...filter });
    expect(await filterSizes(repositories, KNOWLEDGE_TYPES, [territoryScope(entry.territoryScope[0]!), programmeId(entry.programmeId!), themeScope('energie', 'mobilite')])).toEqual({
      all: await count({}),
      sizes: [
        { index: 'territoryScope', entries: await count({ territoryScope: entry.territoryScope[0] }) },
        { index: 'programmeId', entries: await count({ programmeId: entry.programmeId }) },
        // Several themes are summed (an item of both counts twice: an upper bound, as the index reads it).
        { index: 'themeScope', entries: (await count({ themeScope: 'energie' })) + (await count({ themeScope: 'mobilite' })) },
      ],
    });
  });

  it('reads a filtered list by the filter holding fewest entries when it holds fewer than the word\'s postings', () => {
    const mark = (postings?: number): SearchMarkRecord => ({ _id: 'x', dates: [], markedAt: new Date(), ...(postings === undefined ? {} : { postings }) });
    const sizes = [{ index: 'themeScope' as const, entries: 13_000 }, { index: 'territoryScope' as const, entries: 1_000 }];
    expect(indexFor({ sizes }, [mark(53_000)])).toBe('territoryScope');
    expect(indexFor({ sizes }, [mark(900)])).toBe('terms');
    // A word's keys are read together: their postings summed.
    expect(indexFor({ sizes }, [mark(600), mark(600)])).toBe('territoryScope');
    expect(indexFor({ sizes: [sizes[0]!] }, [mark(3_000)])).toBe('terms');
    // A key not marked yet (or marked before its postings were kept), or no sizes: the engine chooses.
    expect(indexFor({ sizes }, [mark(53_000), null])).toBeUndefined();
    expect(indexFor({ sizes }, [mark()])).toBeUndefined();
    expect(indexFor({}, [mark(53_000)])).toBeUndefined();
  });

  it('leaves a filtered search\'s hits as one query per list gives them, where lists are asked within windows', async () => {
    const engine = await listReadsOf(db.connection);
    const search = () => searchKnowledge({ query: 'énergie transition', filter: { territory: 'DEPARTEMENT:63', themes: ['energie'] }, first: 20 }, { repositories });
    // The indexes the lists name (`hint`), once the words' marks give their postings.
    const hints: unknown[] = [];
    const sent = (event: { commandName: string; command: Record<string, unknown> }) => {
      if (event.commandName === 'find' && event.command.find === 'search_entries' && event.command.hint) hints.push(event.command.hint);
    };
    const client = db.connection.getClient();
    assumeListReads(db.connection, 'unordered');
    client.on('commandStarted', sent);
    try {
      const windowed = await search();
      expect(hints).toEqual([]);
      const hinted = await search();
      assumeListReads(db.connection, 'scans');
      const plain = await search();
      for (const result of [windowed, hinted]) {
        expect(result.hits.map((h) => h.id)).toEqual(plain.hits.map((h) => h.id));
        expect(result.total).toBe(plain.total);
      }
      expect(plain.total).toBeGreaterThan(0);
      // Each list names one of the collection's indexes (which one: searchMarks.test.ts).
      expect(hints.length).toBeGreaterThan(0);
      for (const hint of hints) expect(Object.values(SEARCH_INDEXES)).toContainEqual(hint);
    } finally {
      client.off('commandStarted', sent);
      assumeListReads(db.connection, engine);
    }
  });

  it('reads the filter sizes once a minute per process, per set of types and filters', async () => {
    const territory = territoryScope('DEPARTEMENT:63');
    const first = await db.roundTrips.measure(() => recentFilterSizes(repositories, KNOWLEDGE_TYPES, [territory]));
    expect(first.result).toEqual(await filterSizes(repositories, KNOWLEDGE_TYPES, [territory]));
    expect(first.roundTrips).toBeGreaterThan(0);
    expect((await db.roundTrips.measure(() => recentFilterSizes(repositories, [...KNOWLEDGE_TYPES].reverse(), [territory]))).roundTrips).toBe(0);
    expect((await db.roundTrips.measure(() => recentFilterSizes(repositories, ['EXPERIENCE'], [territory]))).roundTrips).toBeGreaterThan(0);
    // Another database's repositories keep their own.
    const other = await testDatabase('knowledge');
    try {
      expect((await recentFilterSizes(createRepositories(other.connection), KNOWLEDGE_TYPES, [territory])).all).toBe(0);
    } finally {
      await other.drop();
    }
  });

  it('names each theme of a search\'s filter once, however often it is given', () => {
    expect(filterScopes({ themes: ['energie', 'mobilite', 'energie', 'energie'], territory: 'DEPARTEMENT:63' })).toEqual([themeScope('energie', 'mobilite'), territoryScope('DEPARTEMENT:63')]);
  });

  it('multiplies the shares of several filters, and gives none when nothing is published of the types', async () => {
    const territory = 'DEPARTEMENT:63';
    const one = (await share(KNOWLEDGE_TYPES, [territoryScope(territory)]))!;
    const programme = (await repositories.searchEntries.model.findOne({ programmeId: { $ne: null } }).lean().exec())!.programmeId!;
    const other = (await share(KNOWLEDGE_TYPES, [programmeId(programme)]))!;
    expect(one).toBeGreaterThan(0);
    expect(await share(KNOWLEDGE_TYPES, [territoryScope(territory), programmeId(programme)])).toBeCloseTo(one * other, 10);
    expect(await share(['NOTHING'], [territoryScope(territory)])).toBeUndefined();
  });
});

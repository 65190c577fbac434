import { assumeListReads, listReadsOf } from '@fabrique/kit';
import { testDatabase } from '@fabrique/kit/testing';
import { filterScopes, searchKnowledge } from '../src/domain/search/search';
import { filterShare, filterSizes, recentFilterSizes, type FilterScopes } from '../src/domain/search/candidates';
import { KNOWLEDGE_TYPES, PUBLISHED_SEARCH_INDEX, SEARCH_INDEXES } from '../src/models/search/schema';
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
  const territoryScope = (id: string) => [statisticsScope('territory', id)];
  const programmeId = (id: string) => [statisticsScope('programme', id)];
  const themeScope = (...ids: string[]) => ids.map((id) => statisticsScope('theme', id));

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

  it('gives each filter\'s entries as counted on the entries', async () => {
    const entry = (await repositories.searchEntries.model.findOne({ status: 'PUBLISHED', programmeId: { $ne: null }, 'territoryScope.0': { $exists: true } }).lean().exec())!;
    const base = { status: 'PUBLISHED', type: { $in: [...KNOWLEDGE_TYPES] } };
    const count = (filter: Record<string, unknown>) => repositories.searchEntries.count({ ...base, ...filter });
    expect(await filterSizes(repositories, KNOWLEDGE_TYPES, [territoryScope(entry.territoryScope[0]!), programmeId(entry.programmeId!), themeScope('energie', 'mobilite')])).toEqual({
      all: await count({}),
      sizes: [
        await count({ territoryScope: entry.territoryScope[0] }),
        await count({ programmeId: entry.programmeId }),
        // Several themes are summed (an item of both counts twice: an upper bound).
        (await count({ themeScope: 'energie' })) + (await count({ themeScope: 'mobilite' })),
      ],
    });
  });

  it('leaves a filtered search\'s hits as one query per list gives them, where lists are asked within windows', async () => {
    const engine = await listReadsOf(db.connection);
    const search = () => searchKnowledge({ query: 'énergie transition', filter: { territory: 'DEPARTEMENT:63', themes: ['energie'] }, first: 20 }, { repositories });
    // The index each list of candidates (the finds reading their statistics) names (`hint`), by engine.
    const hints: Record<string, unknown[]> = { unordered: [], scans: [] };
    let engineNow: 'unordered' | 'scans' = 'unordered';
    const sent = (event: { commandName: string; command: Record<string, any> }) => {
      if (event.commandName === 'find' && event.command.find === 'search_entries' && event.command.projection?.stats) hints[engineNow]!.push(event.command.hint ?? null);
    };
    const client = db.connection.getClient();
    assumeListReads(db.connection, 'unordered');
    client.on('commandStarted', sent);
    try {
      // The words' marks unknown, then known (within windows).
      const unmarked = await search();
      const windowed = await search();
      assumeListReads(db.connection, 'scans');
      engineNow = 'scans';
      const plain = await search();
      for (const result of [unmarked, windowed]) {
        expect(result.hits.map((h) => h.id)).toEqual(plain.hits.map((h) => h.id));
        expect(result.total).toBe(plain.total);
      }
      expect(plain.total).toBeGreaterThan(0);
      // Each list names the published entries' index of the word and the filters (only DocumentDB has it); no list names one on the other engines.
      expect(hints.unordered!.length).toBeGreaterThanOrEqual(4);
      expect(hints.unordered).toEqual(Array(hints.unordered!.length).fill(PUBLISHED_SEARCH_INDEX.options.name));
      expect(hints.scans!.length).toBeGreaterThanOrEqual(2);
      expect(hints.scans).toEqual(Array(hints.scans!.length).fill(null));
    } finally {
      client.off('commandStarted', sent);
      assumeListReads(db.connection, engine);
    }
  });

  it('gives the search entries the indexes their lists read on this engine: MongoDB its ordered ones, DocumentDB the published entries\' index, FerretDB v1 none', async () => {
    const engine = await listReadsOf(db.connection);
    const indexes = await repositories.searchEntries.model.collection.indexes();
    const keys = indexes.map((index) => index.key);
    expect(keys).toContainEqual({ _id: 1 });
    const expected = { ordered: Object.values(SEARCH_INDEXES), unordered: [PUBLISHED_SEARCH_INDEX.fields], scans: [] }[engine];
    expect(keys.filter((key) => JSON.stringify(key) !== '{"_id":1}')).toEqual(expected);
    if (engine === 'unordered') expect(indexes.find((index) => index.name === PUBLISHED_SEARCH_INDEX.options.name)?.partialFilterExpression).toEqual({ status: 'PUBLISHED' });
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

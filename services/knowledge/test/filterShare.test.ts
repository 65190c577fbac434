import { assumeListReads, listReadsOf } from '@fabrique/kit';
import { testDatabase } from '@fabrique/kit/testing';
import { filterScopes, searchKnowledge } from '../src/domain/search/search';
import { filterShare } from '../src/domain/search/candidates';
import { KNOWLEDGE_TYPES } from '../src/models/search/schema';
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
      expect(await filterShare(repositories, types, [[statisticsScope('territory', territory)]])).toBeCloseTo(await direct(types, { territoryScope: territory }), 10);
      expect(await filterShare(repositories, types, [[statisticsScope('programme', entry.programmeId!)]])).toBeCloseTo(await direct(types, { programmeId: entry.programmeId }), 10);
      expect(await filterShare(repositories, types, [[statisticsScope('theme', theme)]])).toBeCloseTo(await direct(types, { themeScope: theme }), 10);
    }
  });

  it('leaves a filtered search\'s hits as one query per list gives them, where lists are asked within windows', async () => {
    const engine = await listReadsOf(db.connection);
    const search = () => searchKnowledge({ query: 'énergie transition', filter: { territory: 'DEPARTEMENT:63', themes: ['energie'] }, first: 20 }, { repositories });
    assumeListReads(db.connection, 'unordered');
    try {
      const windowed = await search();
      assumeListReads(db.connection, 'scans');
      const plain = await search();
      expect(windowed.hits.map((h) => h.id)).toEqual(plain.hits.map((h) => h.id));
      expect(windowed.total).toBe(plain.total);
      expect(plain.total).toBeGreaterThan(0);
    } finally {
      assumeListReads(db.connection, engine);
    }
  });

  it('names each theme of a search\'s filter once, however often it is given', () => {
    expect(filterScopes({ themes: ['energie', 'mobilite', 'energie', 'energie'], territory: 'DEPARTEMENT:63' })).toEqual([
      [statisticsScope('theme', 'energie'), statisticsScope('theme', 'mobilite')],
      [statisticsScope('territory', 'DEPARTEMENT:63')],
    ]);
  });

  it('multiplies the shares of several filters, and gives none when nothing is published of the types', async () => {
    const territory = 'DEPARTEMENT:63';
    const one = (await filterShare(repositories, KNOWLEDGE_TYPES, [[statisticsScope('territory', territory)]]))!;
    const programme = (await repositories.searchEntries.model.findOne({ programmeId: { $ne: null } }).lean().exec())!.programmeId!;
    const other = (await filterShare(repositories, KNOWLEDGE_TYPES, [[statisticsScope('programme', programme)]]))!;
    expect(one).toBeGreaterThan(0);
    expect(await filterShare(repositories, KNOWLEDGE_TYPES, [[statisticsScope('territory', territory)], [statisticsScope('programme', programme)]])).toBeCloseTo(one * other, 10);
    expect(await filterShare(repositories, ['NOTHING'], [[statisticsScope('territory', territory)]])).toBeUndefined();
  });
});

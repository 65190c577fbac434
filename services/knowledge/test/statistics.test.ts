import { errorCodes } from '@fabrique/kit/testing';
import { checkKnowledgeStatistics, rebuildKnowledgeStatistics } from '../src/seed';
import { experienceRecord } from '../src/seed/build';
import { demoExperiences } from '../src/seed/experiences';
import { demoResources } from '../src/seed/resources';
import { as, CREATE, LIVRADOIS, newExperience, step, useKnowledge } from './support';

const STATS = `query($filter: KnowledgeStatisticsFilter, $level: TerritoryLevel) { knowledgeStatistics(filter: $filter) {
  experienceCount resourceCount
  experiencesByTheme { theme { id } count }
  experiencesByTerritory(level: $level) { territory { id } count }
  publishedPerMonth { month count }
  topPublishers(first: 3) { publisher { __typename id } publishedExperiences }
  resourcesByKind { kind count }
} }`;

/** What the seed's published experiences add up to, computed here independently of the aggregations. */
const published = demoExperiences.map(experienceRecord).filter((e) => e.status === 'PUBLISHED');
function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
const asMap = (rows: Array<{ count: number }>, keyOf: (row: any) => string) => new Map(rows.map((r) => [keyOf(r), r.count]));

describe('dashboard statistics (published content only)', () => {
  const { knowledge, api } = useKnowledge();

  it('counts published experiences per theme, région, month and publisher', async () => {
    const stats = (await api.ok(STATS)).knowledgeStatistics;
    expect(stats.experienceCount).toBe(published.length);
    expect(stats.resourceCount).toBe(demoResources.filter((r) => !r.status).length);
    expect(asMap(stats.experiencesByTheme, (r) => r.theme.id)).toEqual(tally(published.flatMap((e) => e.themeScope)));
    const regions = tally(published.flatMap((e) => e.territoryScope.filter((t) => t.startsWith('REGION:'))));
    expect(asMap(stats.experiencesByTerritory, (r) => r.territory.id)).toEqual(regions);
    expect(stats.experiencesByTerritory[0].count).toBe(Math.max(...regions.values()));
    expect(stats.publishedPerMonth).toEqual([...tally(published.map((e) => e.publishedMonth!))].sort().map(([month, count]) => ({ month, count })));
    const publishers = [...tally(published.map((e) => e.publisherId)).values()].sort((a, b) => b - a);
    expect(stats.topPublishers.map((p: { publishedExperiences: number }) => p.publishedExperiences)).toEqual(publishers.slice(0, 3));
    const organisations = (await api.ok('{ knowledgeStatistics { topPublishers(first: 100, filter: { kind: ORGANISATION }) { publisher { __typename } } } }')).knowledgeStatistics;
    expect(new Set(organisations.topPublishers.map((p: { publisher: { __typename: string } }) => p.publisher.__typename))).toEqual(new Set(['Organisation']));
    const territories = (await api.ok('{ knowledgeStatistics { topPublishers(filter: { kind: TERRITORY }) { publisher { id } publishedExperiences } } }')).knowledgeStatistics;
    expect(territories.topPublishers[0]).toEqual({ publisher: { id: 'DEPARTEMENT:63' }, publishedExperiences: published.filter((e) => e.publisherId === 'DEPARTEMENT:63').length });
    expect(stats.resourcesByKind.reduce((n: number, k: { count: number }) => n + k.count, 0)).toBe(stats.resourceCount);
  });

  it('filters by territory, theme and months', async () => {
    const inPuyDeDome = published.filter((e) => e.territoryScope.includes('DEPARTEMENT:63'));
    const stats = (await api.ok(STATS, { filter: { territory: 'DEPARTEMENT:63' }, level: 'DEPARTEMENT' })).knowledgeStatistics;
    expect(stats.experienceCount).toBe(inPuyDeDome.length);
    expect(stats.experiencesByTerritory[0]).toEqual({ territory: { id: 'DEPARTEMENT:63' }, count: inPuyDeDome.length });
    const energy = (await api.ok(STATS, { filter: { theme: 'energie' } })).knowledgeStatistics;
    expect(energy.experienceCount).toBe(published.filter((e) => e.themeScope.includes('energie')).length);
    const year = (await api.ok(STATS, { filter: { fromMonth: '2024-01', toMonth: '2024-12' } })).knowledgeStatistics;
    expect(year.experienceCount).toBe(published.filter((e) => e.publishedMonth!.startsWith('2024')).length);
    // An empty theme filters nothing, whether the counters or the aggregation answer.
    expect((await api.ok(STATS, { filter: { theme: '' } })).knowledgeStatistics).toEqual((await api.ok(STATS)).knowledgeStatistics);
    expect((await api.ok(STATS, { filter: { theme: '', fromMonth: '1900-01' } })).knowledgeStatistics).toEqual((await api.ok(STATS)).knowledgeStatistics);
    const bad = await api.send(STATS, { filter: { fromMonth: '2024-13' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.fromMonth' });
  });

  it('counts an experience once published, never as a draft', async () => {
    const before = (await api.ok(STATS)).knowledgeStatistics.experienceCount;
    const { id } = (await api.ok(CREATE, { input: newExperience() }, as.livradois)).createExperience;
    expect((await api.ok(STATS)).knowledgeStatistics.experienceCount).toBe(before);
    await api.ok(step('submitExperience'), { id, v: 1 }, as.livradois);
    await api.ok(step('publishExperience'), { id, v: 2 }, as.staff);
    const after = (await api.ok(STATS)).knowledgeStatistics;
    expect(after.experienceCount).toBe(before + 1);
    const month = new Date().toISOString().slice(0, 7);
    expect(after.publishedPerMonth.at(-1)).toMatchObject({ month });
    expect(errorCodes(await api.send('{ knowledgeStatistics { topPublishers(first: 1000) { publishedExperiences } } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('maintained statistics agree with the direct computation', () => {
  const { knowledge, api } = useKnowledge();
  const programme = published.find((e) => e.programmeId)!.programmeId!;
  // A month filter makes every figure an aggregation over the experiences themselves (domain/statistics.ts).
  const directly = (filter: Record<string, unknown>) => ({ ...filter, fromMonth: '1900-01' });
  const scopes = [{}, { territory: 'DEPARTEMENT:63' }, { territory: 'REGION:84' }, { theme: 'energie' }, { programme }];

  /** A territory's and a publisher's published experiences: the total of one parent alone comes from its counter, of several from one count. */
  async function expectSubListTotals() {
    const territories = ['DEPARTEMENT:63', 'REGION:84', 'COMMUNE:63430'];
    const direct = async (filter: Record<string, unknown>) => knowledge().database.connection.collection('experiences').countDocuments({ status: 'PUBLISHED', ...filter });
    const totals = (ids: string[], typename = 'Territory') =>
      api.ok(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { experiences(first: 1) { totalCount } } } }`, { r: ids.map((id) => ({ __typename: typename, id })) });
    for (const id of territories) expect((await totals([id]))._entities[0].experiences.totalCount).toBe(await direct({ territoryScope: id }));
    const together = (await totals(territories))._entities.map((e: { experiences: { totalCount: number } }) => e.experiences.totalCount);
    expect(together).toEqual(await Promise.all(territories.map((id) => direct({ territoryScope: id }))));
    expect((await totals([LIVRADOIS], 'Organisation'))._entities[0].experiences.totalCount).toBe(await direct({ publisherId: LIVRADOIS }));
    // A publisher's resources: the same from their own counter.
    const { publisherId: publisher } = (await knowledge().database.connection.collection('resources').findOne({ status: 'PUBLISHED' }))!;
    const resources = await api.ok(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { resources(first: 1) { totalCount } } } }`, { r: [{ __typename: 'Organisation', id: publisher }] });
    const published = await knowledge().database.connection.collection('resources').countDocuments({ status: 'PUBLISHED', publisherId: publisher });
    expect(published).toBeGreaterThan(0);
    expect(resources._entities[0].resources.totalCount).toBe(published);
  }

  async function expectAgreement() {
    await expectSubListTotals();
    for (const filter of scopes) {
      const [maintained, direct] = await Promise.all([api.ok(STATS, { filter, level: 'COMMUNE' }), api.ok(STATS, { filter: directly(filter), level: 'COMMUNE' })]);
      expect(maintained.knowledgeStatistics).toEqual(direct.knowledgeStatistics);
    }
  }

  it('after concurrent publications, archivings and republications', async () => {
    await expectAgreement();
    const inputs = [
      newExperience({ title: 'Chaufferie à Ambert' }),
      newExperience({ title: 'Réseau de chaleur', territoryIds: ['COMMUNE:63003', 'COMMUNE:63430'] }),
      newExperience({ title: 'Mobilité partagée', themeIds: ['mobilite'], programmeId: programme }),
      newExperience({ title: 'Eau potable', themeIds: ['eau', 'energie'], territoryIds: ['DEPARTEMENT:63'] }),
      newExperience({ title: 'Forêt', territoryIds: ['COMMUNE:63113'], programmeId: programme }),
      newExperience({ title: 'Compost', themeIds: ['dechets-economie-circulaire'] }),
    ];
    const created = await Promise.all(inputs.map(async (input) => (await api.ok(CREATE, { input }, as.livradois)).createExperience.id as string));
    await Promise.all(created.map((id) => api.ok(step('submitExperience'), { id, v: 1 }, as.livradois)));
    await Promise.all(created.map((id) => api.ok(step('publishExperience'), { id, v: 2 }, as.staff)));
    await expectAgreement();
    await Promise.all(created.slice(0, 3).map((id) => api.ok(`mutation($id: ID!, $v: Int!) { archiveExperience(input: { id: $id, expectedVersion: $v, comment: "Doublon" }) { version } }`, { id, v: 3 }, as.staff)));
    await Promise.all([api.ok(step('publishExperience'), { id: created[0], v: 4 }, as.staff), api.ok(step('publishExperience'), { id: created[2], v: 4 }, as.staff)]);
    await expectAgreement();
    // Two moderators publishing the same version: one wins, counted once.
    const results = await Promise.all([1, 2].map(() => api.send(step('publishExperience'), { id: created[1], v: 4 }, as.staff)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    await expectAgreement();
    const check = await checkKnowledgeStatistics(knowledge().database);
    expect(check.differences).toEqual([]);
    expect(check.counters).toBeGreaterThan(100);
  });

  it('rebuilds to the same figures', async () => {
    const before = await api.ok(STATS, { filter: { territory: 'DEPARTEMENT:63' }, level: 'DEPARTEMENT' });
    expect(await rebuildKnowledgeStatistics(knowledge().database)).toBeGreaterThan(100);
    expect(await api.ok(STATS, { filter: { territory: 'DEPARTEMENT:63' }, level: 'DEPARTEMENT' })).toEqual(before);
    await expectAgreement();
  });
});

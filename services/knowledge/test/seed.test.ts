import { stableId } from '@fabrique/kit';
import { checkKnowledgeStatistics, rebuildKnowledgeStatistics, seedKnowledge } from '../src/seed';
import { demoExperiences } from '../src/seed/experiences';
import { as, client, startKnowledge, type Knowledge } from './support';

const MASTERPLAN = stableId('experience', 'puy-de-dome-masterplan-conduite-du-changement');

describe('the demo seed', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await startKnowledge({ seed: false });
    // The foundation's seed wrote this experience in an older shape (no search index, no listedAt).
    await knowledge.database.connection.collection('experiences').insertOne({
      _id: MASTERPLAN as never, title: 'Ancien', summary: '', body: '', language: 'fr', status: 'PUBLISHED', territoryIds: ['DEPARTEMENT:63'],
      territoryScope: ['DEPARTEMENT:63', 'REGION:84'], publisherId: 'DEPARTEMENT:63', conventionId: null, publishedAt: new Date('2022-06-15'), version: 1,
      createdAt: new Date('2022-06-15'), updatedAt: new Date('2022-06-15'),
    });
  });
  afterAll(() => knowledge.stop());

  it('writes at least 30 published experiences, several in the Puy-de-Dôme, spread over themes and régions', async () => {
    const report = await seedKnowledge(knowledge.database);
    expect(report.upgraded).toBe(1);
    const experiences = knowledge.database.connection.collection('experiences');
    const published = await experiences.find({ status: 'PUBLISHED' }).toArray();
    expect(published.length).toBeGreaterThanOrEqual(30);
    expect(published.filter((e) => e.territoryScope.includes('DEPARTEMENT:63')).length).toBeGreaterThanOrEqual(5);
    expect(new Set(published.flatMap((e) => e.territoryScope.filter((t: string) => t.startsWith('REGION:')))).size).toBeGreaterThanOrEqual(8);
    expect(new Set(published.flatMap((e) => e.themeIds)).size).toBeGreaterThanOrEqual(12);
    expect(await experiences.countDocuments({ status: { $in: ['DRAFT', 'SUBMITTED'] } })).toBeGreaterThanOrEqual(3);
    expect((await experiences.findOne({ _id: MASTERPLAN as never }))!.title).toMatch(/matrice départementale/);
  });

  it('is idempotent and never overwrites what was edited since', async () => {
    const api = client(knowledge);
    await api.ok(`mutation($id: ID!) { updateExperience(input: { id: $id, expectedVersion: 1, changes: { title: "Titre corrigé" } }) { version } }`, { id: MASTERPLAN }, as.staff);
    const report = await seedKnowledge(knowledge.database);
    expect(report.upgraded).toBe(0);
    expect(report.statisticsRebuilt).toBe(false);
    const experiences = knowledge.database.connection.collection('experiences');
    expect(await experiences.countDocuments()).toBe(demoExperiences.length);
    expect(await experiences.findOne({ _id: MASTERPLAN as never })).toMatchObject({ title: 'Titre corrigé', version: 2 });
    const history = await api.ok(`query($id: ID!) { experience(id: $id) { revisions { edges { node { version note } } } } }`, { id: MASTERPLAN }, as.staff);
    expect(history.experience.revisions.edges.map((e: { node: unknown }) => e.node)).toEqual([{ version: 2, note: 'edited' }, { version: 1, note: 'seeded' }]);
  });

  it('counts the demo records it adds to a database whose counters were already built', async () => {
    const experiences = knowledge.database.connection.collection('experiences');
    const removed = await experiences.findOne({ status: 'PUBLISHED', _id: { $ne: MASTERPLAN as never } });
    await experiences.deleteOne({ _id: removed!._id });
    await rebuildKnowledgeStatistics(knowledge.database);
    const report = await seedKnowledge(knowledge.database);
    expect(report.statisticsRebuilt).toBe(true);
    expect(await experiences.countDocuments({ _id: removed!._id })).toBe(1);
    expect((await checkKnowledgeStatistics(knowledge.database)).differences).toEqual([]);
  });

  it('brings learning journeys written before they were versioned to their version 1, which changes then name', async () => {
    const journeys = knowledge.database.connection.collection('learning_journeys');
    const journey = stableId('learning-journey', 'puy-de-dome-2027');
    await journeys.updateOne({ _id: journey as never }, { $unset: { version: '' } });
    await seedKnowledge(knowledge.database);
    expect(await journeys.findOne({ _id: journey as never })).toMatchObject({ version: 1 });
    const UPDATE = 'mutation($id: ID!) { updateLearningJourney(input: { id: $id, expectedVersion: 1, changes: { capacity: 14 } }) { version capacity } }';
    expect((await client(knowledge).ok(UPDATE, { id: journey }, as.staff)).updateLearningJourney).toEqual({ version: 2, capacity: 14 });
  });
});

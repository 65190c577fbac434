import { randomBytes } from 'node:crypto';
import { createRepositories as actorsRepositories } from '@fabrique/actors';
import { createRepositories as conventionsRepositories, demoProgrammes } from '@fabrique/conventions';
import { connectDatabase, type AnyModel, type Database } from '@fabrique/kit';
import { dropDatabases, mongodbUri } from '@fabrique/kit/testing';
import { createRepositories as knowledgeRepositories, searchKnowledge, demoThemes } from '@fabrique/knowledge';
import { DATASET_DATE, loadDataset, type DatasetManifest } from '../bench/dataset';
import { generateConventions } from '../bench/dataset/conventions';
import { generateExperience } from '../bench/dataset/experiences';
import { randomFor } from '../bench/dataset/random';
import { territoryPool } from '../bench/dataset/territories';
import { SERVICES, territoriesNamedByDemoData, type ServiceName } from '../src/seed';

// A tiny dataset on the territories of one département keeps this test quick on FerretDB.
const COUNTS = { organisations: 30, conventions: 12, cohorts: 3, applications: 60, experiences: 150 };

describe('the benchmark dataset loader', () => {
  const prefix = `test_bench_${randomBytes(4).toString('hex')}`;
  const nameOf = (service: ServiceName) => `${prefix}_${service}`;
  const lines: string[] = [];
  const databases = {} as Record<ServiceName, Database>;
  let manifest: DatasetManifest;

  beforeAll(async () => {
    manifest = await loadDataset({ uri: mongodbUri(), databaseName: nameOf, scale: 'quick', counts: COUNTS, departements: ['63'], log: (line) => lines.push(line) });
    for (const service of SERVICES) databases[service] = await connectDatabase({ uri: mongodbUri(), name: nameOf(service) });
  }, 120_000);

  afterAll(async () => {
    for (const service of SERVICES) await databases[service]?.close();
    await dropDatabases(SERVICES.map(nameOf));
  });

  it('writes the asked counts on top of the demo data, and logs each step', async () => {
    const actors = actorsRepositories(databases.actors.connection);
    const conventions = conventionsRepositories(databases.conventions.connection);
    const knowledge = knowledgeRepositories(databases.knowledge.connection);
    // The communes of the Puy-de-Dôme, and the places elsewhere the demo data names (Ungersheim...).
    expect(await actors.territories.count({ level: 'COMMUNE', within: 'DEPARTEMENT:63' })).toBe(463);
    expect(await actors.territories.count({ level: 'COMMUNE' })).toBe(463 + territoriesNamedByDemoData().filter((id) => id.startsWith('COMMUNE:') && !id.startsWith('COMMUNE:63')).length);
    expect(await actors.organisations.model.countDocuments({ description: /bancs d’essai/ }).exec()).toBe(COUNTS.organisations);
    expect(await actors.revisions.countDocuments({ collectionName: 'organisations', author: 'bench-staff' }).exec()).toBe(COUNTS.organisations);
    expect(await conventions.conventions.model.countDocuments({}).exec()).toBe(COUNTS.conventions + 3); // and the demo's three
    expect(await conventions.cohorts.model.countDocuments({}).exec()).toBe(COUNTS.cohorts + 1);
    expect(await conventions.applications.model.countDocuments({ motivation: /bancs d’essai/ }).exec()).toBe(manifest.counts.applications);
    expect(manifest.counts.applications).toBe(COUNTS.applications);
    expect(await knowledge.experiences.model.countDocuments({ createdBy: /^bench-/ }).exec()).toBe(COUNTS.experiences);
    expect(await knowledge.searchEntries.model.countDocuments({ _id: /^EXPERIENCE:/ }).exec()).toBe(await knowledge.experiences.model.countDocuments({}).exec());
    const published = await knowledge.experiences.model.countDocuments({ status: 'PUBLISHED', createdBy: /^bench-/ }).exec();
    expect(published / COUNTS.experiences).toBeGreaterThan(0.7);
    for (const step of ['demo', 'organisations', 'conventions', 'engagement', 'experiences', 'indexes', 'statistics']) {
      expect(manifest.seconds[step]).toBeGreaterThanOrEqual(0);
      expect(lines.some((line) => line.includes(`${step}:`))).toBe(true);
    }
    // Every declared index is back after the load (it ran without them).
    const indexes = await databases.knowledge.connection.db!.collection('experiences').indexes();
    expect(indexes.length).toBe(1 + Object.keys(knowledge.experiences.model.schema.indexes()).length);
  });

  it('leaves the dashboard counters of conventions and applications equal to the loaded records (rebuilt after the bulk load)', async () => {
    const { conventions, applications, statistics } = conventionsRepositories(databases.conventions.connection);
    const byStatus = async (model: AnyModel, key: (r: { status: string; programmeId?: string }) => string) => {
      const counts = new Map<string, number>();
      for (const r of (await model.find({}, { status: 1, programmeId: 1 }).lean().exec()) as Array<{ status: string; programmeId?: string }>) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
      return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
    };
    expect(await statistics.read('conventionStatus', '*')).toEqual(await byStatus(conventions.model, (r) => r.status));
    expect(await statistics.read('applications', '*')).toEqual(await byStatus(applications.model, (r) => `${r.programmeId}:${r.status}`));
  });

  it("returns samples that exist: territories, probes, partners, programmes, themes, conventions", async () => {
    const actors = actorsRepositories(databases.actors.connection);
    const { regions, departements, epcis, communes } = manifest.territories;
    const ids = [...regions, ...departements, ...epcis, ...communes, manifest.childrenProbe.many.id, manifest.childrenProbe.few.id];
    expect(communes.length).toBeGreaterThan(3);
    expect(new Set((await actors.territories.findByIds(ids)).map((t) => t._id))).toEqual(new Set(ids));
    // A tiny dataset has few territories whose children have items: the two may be close in size here.
    expect(manifest.childrenProbe.many.children).toBeGreaterThanOrEqual(manifest.childrenProbe.few.children);
    expect(await actors.territories.count({ level: 'COMMUNE', within: manifest.childrenProbe.few.id })).toBe(manifest.childrenProbe.few.children);
    const knowledge = knowledgeRepositories(databases.knowledge.connection);
    expect(manifest.partnerOrganisations.length).toBeGreaterThan(0);
    expect(await actors.organisations.model.countDocuments({ _id: { $in: manifest.partnerOrganisations } }).exec()).toBe(manifest.partnerOrganisations.length);
    const publishers = await knowledge.experiences.model.distinct('publisherId', { status: 'PUBLISHED' }).exec();
    for (const partner of manifest.partnerOrganisations) expect(publishers).toContain(partner);
    const conventions = conventionsRepositories(databases.conventions.connection);
    expect(await conventions.programmes.model.countDocuments({ _id: { $in: manifest.programmes.map((p) => p.id) } }).exec()).toBe(4);
    expect(await conventions.conventions.model.countDocuments({ _id: { $in: manifest.conventions } }).exec()).toBe(manifest.conventions.length);
    expect(await knowledge.themes.model.countDocuments({ _id: { $in: manifest.themes } }).exec()).toBe(manifest.themes.length);
    expect(manifest.searchTerms.length).toBeGreaterThan(3);
  });

  it('makes generated experiences findable by the search of the knowledge service, for a manifest term', async () => {
    const repositories = knowledgeRepositories(databases.knowledge.connection);
    const result = await searchKnowledge({ query: 'habitants', first: 5 }, { repositories });
    expect(result.total).toBeGreaterThan(5);
    const [hit] = result.hits;
    const [found] = await repositories.experiences.findByIds([hit!.id]);
    expect(found!.status).toBe('PUBLISHED');
    expect(found!.createdBy).toMatch(/^bench-/);
    // A rarer term finds fewer items, with and without accents.
    const accented = await searchKnowledge({ query: manifest.searchTerms.find((t) => t === 'méthanisation') ?? manifest.searchTerms.at(-1)!, first: 5 }, { repositories });
    const folded = await searchKnowledge({ query: 'methanisation' }, { repositories });
    expect(accented.total).toBeLessThan(result.total);
    expect(folded.total).toBe(await searchKnowledge({ query: 'méthanisation' }, { repositories }).then((r) => r.total));
  });

  it('keeps every version of an experience as the version store does, listable by the knowledge service', async () => {
    const repositories = knowledgeRepositories(databases.knowledge.connection);
    const [published] = await repositories.experiences.model.find({ status: 'PUBLISHED', createdBy: /^bench-/ }).sort({ version: -1 }).limit(1).lean().exec();
    const history = await repositories.experiences.history(published!._id);
    expect(history.map((r) => r.version)).toEqual(Array.from({ length: published!.version }, (_, i) => published!.version - i));
    expect(history[0]!.snapshot).toEqual(published);
    expect(history.at(-1)!.note).toMatch(/^(created|imported)$/);
    expect(history.some((r) => r.note === 'publish' && r.changedFields.includes('status'))).toBe(true);
    const listed = await repositories.revisionQueries.ofRecords('experiences', [published!._id]);
    expect(listed.length).toBe(published!.version);
    const total = await repositories.revisions.countDocuments({ collectionName: 'experiences', author: /^bench-/ }).exec();
    expect(total).toBeGreaterThanOrEqual(COUNTS.experiences);
    // The service's next edit finds the right version to claim (no stalled revision ahead of the record).
    expect(await repositories.experiences.revision(published!._id, published!.version + 1)).toBeNull();
  });

  it('enrols accepted applications within their cohort’s capacity, each holding its own seat', async () => {
    const { applications, claims, cohorts } = conventionsRepositories(databases.conventions.connection);
    const accepted = await applications.model.find({ status: 'ACCEPTED', cohortId: { $ne: null }, motivation: /bancs d’essai/ }).lean().exec();
    expect(accepted.length).toBeGreaterThan(0);
    for (const cohort of await cohorts.model.find({ _id: { $in: [...new Set(accepted.map((a) => a.cohortId!))] } }).lean().exec()) {
      const enrolled = accepted.filter((a) => a.cohortId === cohort._id);
      const seats = await claims.inScope(cohort._id);
      expect(seats.map((s) => s.number)).toEqual(Array.from({ length: cohort.capacity }, (_, i) => i + 1));
      expect(enrolled.length).toBeLessThanOrEqual(cohort.capacity);
      for (const application of enrolled) {
        const seat = seats.find((s) => s._id === application.seatId);
        expect(seat?.holderId).toBe(application._id);
        expect(application.history.at(-1)!.to).toBe('ACCEPTED');
      }
      expect(seats.filter((s) => s.holderId).length).toBe(enrolled.length);
    }
    // Each application holds its territory's slot for its target.
    const [one] = accepted;
    expect((await claims.findById(`apply:${one!.targetId}:${one!.territoryId}`))?.holderId).toBe(one!._id);
  });
});

describe('the benchmark dataset generators', () => {
  it('are deterministic: the same seed gives the same records', () => {
    const territories = territoryPool(['15']);
    const context = {
      territories, themes: new Map(demoThemes.map((t) => [t._id, t])), publishers: ['64b000000000000000000001'], programmes: [],
      conventionsByTerritory: new Map<string, string[]>(), now: DATASET_DATE, collection: 'experiences',
    };
    const twice = () => {
      const random = randomFor('experiences');
      return Array.from({ length: 20 }, (_, i) => generateExperience(i, context, random));
    };
    expect(twice()).toEqual(twice());
    const conventions = () => generateConventions(5, { territories, organisations: [], programmes: demoProgrammes, random: randomFor('conventions'), now: DATASET_DATE, collection: 'conventions' });
    expect(conventions()).toEqual(conventions());
  });
});

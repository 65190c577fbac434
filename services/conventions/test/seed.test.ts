import { stableId, territoryHierarchy } from '@fabrique/kit';
import { seedConventions } from '../src/seed';
import type { ApplicationRecord } from '../src/models/applications/schema';
import type { ClaimRecord } from '../src/models/claims/schema';
import type { ConventionRecord } from '../src/models/conventions/schema';
import { STATISTICS_DEFINITIONS } from '../src/models/statistics/repository';
import { as, dataOf, SUBMIT, useConventions } from './support';

const COLLECTIONS = ['programmes', 'conventions', 'cohorts', 'claims', 'applications', 'diagnostics'];

describe('demo seed (real database)', () => {
  const t = useConventions();
  const db = () => t.subgraph.database.connection;
  const counts = async () => Promise.all(COLLECTIONS.map((c) => db().collection(c).countDocuments()));

  it('keeps the stable ids others refer to', async () => {
    const ids = (await db().collection<ConventionRecord>('conventions').find({}).toArray()).map((c) => c._id);
    expect(ids).toContain(stableId('convention', 'puy-de-dome-2021'));
    const programmes = await db().collection('programmes').find({}).toArray();
    expect(programmes.map((p) => p._id).sort()).toEqual(['INITIATION_DAY', 'SHORT_DIAGNOSTIC', 'PILOT_COHORT', 'EXPERIMENTAL_SUPPORT'].map((k) => stableId('programme', k)).sort());
  });

  it('refers to real territories only', async () => {
    const conventions = await db().collection<ConventionRecord>('conventions').find({}).toArray();
    const applications = await db().collection<ApplicationRecord>('applications').find({}).toArray();
    const territories = [...conventions.flatMap((c) => c.partyIds.filter((id) => id.includes(':'))), ...applications.map((a) => a.territoryId)];
    expect(territories.length).toBeGreaterThan(15);
    expect(territories.filter((id) => !territoryHierarchy().has(id))).toEqual([]);
  });

  it('writes seats and application slots consistent with the applications', async () => {
    const applications = await db().collection<ApplicationRecord>('applications').find({}).toArray();
    const claims = new Map((await db().collection<ClaimRecord>('claims').find({}).toArray()).map((c) => [c._id, c]));
    for (const a of applications) {
      expect(claims.get(`apply:${a.targetId}:${a.territoryId}`)?.holderId).toBe(a._id);
      if (a.seatId) expect(claims.get(a.seatId)?.holderId).toBe(a._id);
    }
    expect(applications.filter((a) => a.status === 'ACCEPTED' && a.cohortId).every((a) => a.seatId)).toBe(true);
    // The slot stops a seeded territory from applying twice.
    const res = await t.call(SUBMIT, { input: { territoryId: 'COMMUNE:68343', programme: 'EXPERIMENTAL_SUPPORT', motivation: 'Encore.' } }, as.member('COMMUNE:68343'));
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('is idempotent and never overwrites what was changed since', async () => {
    const before = await counts();
    const id = stableId('convention', 'puy-de-dome-2021');
    const renamed = `mutation($id: ID!) { updateConvention(input: { id: $id, expectedVersion: 1, changes: { title: "Renommée" } }) { version } }`;
    expect(dataOf(await t.call(renamed, { id }, as.staff())).updateConvention.version).toBe(2);
    await seedConventions(t.subgraph.database);
    await seedConventions(t.subgraph.database);
    expect(await counts()).toEqual(before);
    expect(await db().collection<ConventionRecord>('conventions').findOne({ _id: id })).toMatchObject({ title: 'Renommée', version: 2 });
  });

  it("builds the dashboard's counters on a database from before them, and counts demo records it adds", async () => {
    const statistics = `{ conventionStatistics { conventionsByStatus { status count } applicationsByProgramme { status count } } }`;
    const before = dataOf(await t.call(statistics)).conventionStatistics;
    for (const name of ['statistic_figures', 'statistic_changes', 'statistic_folds', 'statistic_builds']) await db().collection(name).deleteMany({});
    expect(dataOf(await t.call(statistics)).conventionStatistics.conventionsByStatus.every((s: { count: number }) => s.count === 0)).toBe(true);
    await seedConventions(t.subgraph.database);
    expect(dataOf(await t.call(statistics)).conventionStatistics).toEqual(before);
    // A demo application missing from a database with counters is inserted, and counted.
    const [demo] = await db().collection<ApplicationRecord>('applications').find({ status: 'SUBMITTED' }).limit(1).toArray();
    await db().collection<ApplicationRecord>('applications').deleteOne({ _id: demo!._id });
    await seedConventions(t.subgraph.database);
    expect(dataOf(await t.call(statistics)).conventionStatistics).toEqual(before);
  });

  it('rebuilds counters built for older figures', async () => {
    const statistics = `{ conventionStatistics { conventionsByStatus { status count } conventionsByRegion { count } } }`;
    const before = dataOf(await t.call(statistics)).conventionStatistics;
    // Counters as a previous version of the service built them: a figure it did not keep is missing.
    await db().collection('statistic_figures').deleteMany({ _id: { $regex: '^conventionRegion' } } as never);
    await db().collection('statistic_builds').updateOne({ _id: 'counters' } as never, { $set: { definitions: STATISTICS_DEFINITIONS - 1 } });
    expect(dataOf(await t.call(statistics)).conventionStatistics).not.toEqual(before);
    await seedConventions(t.subgraph.database);
    expect(dataOf(await t.call(statistics)).conventionStatistics).toEqual(before);
    expect(await db().collection('statistic_builds').findOne({ _id: 'counters' } as never)).toMatchObject({ definitions: STATISTICS_DEFINITIONS });
  });

  it('completes a convention written by the first version of the service, keeping what it holds', async () => {
    const id = stableId('convention', 'puy-de-dome-2021');
    const conventions = db().collection<Record<string, unknown>>('conventions');
    await conventions.deleteOne({ _id: id } as never);
    // The record as the foundation's seed wrote it.
    await conventions.insertOne({
      _id: id,
      title: 'Ancien titre',
      summary: null,
      status: 'ACTIVE',
      signedOn: '2021-02-01',
      parties: [{ actorId: 'DEPARTEMENT:63', role: 'Territoire partenaire' }],
      territoryScope: ['DEPARTEMENT:63', 'REGION:84'],
      organisationIds: [],
      commitments: [{ number: 1, title: 'Un espace de réflexion collective', description: 'Créer un espace.' }],
      version: 3,
      createdAt: new Date('2021-02-01T00:00:00Z'),
      updatedAt: new Date('2021-02-01T00:00:00Z'),
    } as never);
    await seedConventions(t.subgraph.database);
    const read = `query($id: ID!) { convention(id: $id) { title version signatories { name } statusHistory { to } commitments { number milestones { title } progress { overall } } } }`;
    const convention = dataOf(await t.call(read, { id })).convention;
    expect(convention).toMatchObject({ title: 'Ancien titre', version: 3 });
    expect(convention.signatories.map((s: { name: string }) => s.name)).toEqual(['Jean-Yves Gouttebel', 'Pierre Calame']);
    expect(convention.statusHistory.map((h: { to: string }) => h.to)).toEqual(['IN_PREPARATION', 'SIGNED', 'ACTIVE']);
    expect(convention.commitments[0].milestones.length).toBe(3);
    expect(dataOf(await t.call(`{ conventions(filter: { party: "DEPARTEMENT:63" }) { totalCount } }`)).conventions.totalCount).toBe(1);
  });
});

import { PILOT_COHORT_ID } from '../src/seed/engagement';
import { PUY_DE_DOME_CONVENTION_ID } from '../src/seed/conventions';
import { connectDatabase, demoOrganisationId, ROUND_TRIPS_HEADER, type Database } from '@fabrique/kit';
import { errorCodes, graphql, mongodbUri, TEST_IDENTITY_SECRET } from '@fabrique/kit/testing';
import { checkConventionStatistics, rebuildConventionStatistics } from '../src/seed';
import { createRepositories, type Repositories } from '../src/repositories';
import { createConventionsServer } from '../src/server';
import { APPLICATION_STATUSES, type ApplicationRecord } from '../src/models/applications/schema';
import { CONVENTION_STATUSES, type ConventionRecord } from '../src/models/conventions/schema';
import type { CohortRecord } from '../src/models/cohorts/schema';
import type { ProgrammeRecord } from '../src/models/programmes/schema';
import { FIGURES, scopeOf } from '../src/models/statistics/repository';
import { ACT, as, client, cohortInput, cohortWithApplications, communes, conventionInput, CREATE_COHORT, dataOf, errorOf, step, SUBMIT, useConventions, type TestSubgraph } from './support';

const STATISTICS = `query($territory: ID) { conventionStatistics(filter: { territory: $territory }) {
  conventionsByStatus { status count }
  conventionsByRegion { region { id } count }
  applicationsByProgramme { programme { kind } status count }
  cohortFill(filter: { programme: PILOT_COHORT }) { cohort { id name } capacity enrolled offered seatsLeft fillRate }
  conventionProgress { totalCount edges { node { convention { id } progress commitments { number title progress lateMilestones } } } }
} }`;

describe('dashboard statistics (real database, seeded data)', () => {
  const t = useConventions();
  const statistics = async (territory: string | null, headers: Record<string, string> = as.anonymous()) =>
    dataOf(await t.call(STATISTICS, { territory }, headers)).conventionStatistics;

  it('counts conventions by status (every status listed) and by région', async () => {
    const stats = await statistics(null);
    expect(stats.conventionsByStatus).toEqual([
      { status: 'IN_PREPARATION', count: 2 },
      { status: 'SIGNED', count: 0 },
      { status: 'ACTIVE', count: 1 },
      { status: 'ENDED', count: 0 },
      { status: 'TERMINATED', count: 0 },
    ]);
    // Auvergne-Rhône-Alpes: the Puy-de-Dôme and the Crestois (Drôme); Occitanie: the Gers.
    expect(stats.conventionsByRegion).toEqual([
      { region: { id: 'REGION:84' }, count: 2 },
      { region: { id: 'REGION:76' }, count: 1 },
    ]);
    const inAra = await statistics('REGION:84');
    expect(inAra.conventionsByStatus.find((s: { status: string }) => s.status === 'IN_PREPARATION').count).toBe(1);
    expect(inAra.conventionsByRegion).toEqual([{ region: { id: 'REGION:84' }, count: 2 }]);
  });

  it('counts applications per programme and status: public nationally, within a territory only what the caller may see', async () => {
    const national = (await statistics(null)).applicationsByProgramme;
    expect(national).toEqual([
      { programme: { kind: 'SHORT_DIAGNOSTIC' }, status: 'SUBMITTED', count: 1 },
      { programme: { kind: 'SHORT_DIAGNOSTIC' }, status: 'ACCEPTED', count: 1 },
      { programme: { kind: 'PILOT_COHORT' }, status: 'WAITLISTED', count: 1 },
      { programme: { kind: 'PILOT_COHORT' }, status: 'ACCEPTED', count: 10 },
      { programme: { kind: 'EXPERIMENTAL_SUPPORT' }, status: 'SUBMITTED', count: 1 },
      { programme: { kind: 'EXPERIMENTAL_SUPPORT' }, status: 'SHORTLISTED', count: 1 },
    ]);
    // In the Puy-de-Dôme: Thiers Dore et Montagne (pilot cohort), Dômes Sancy Artense, Chavanon Combrailles et Volcans.
    expect((await statistics('DEPARTEMENT:63', as.staff())).applicationsByProgramme.map((g: { count: number }) => g.count).reduce((a: number, b: number) => a + b)).toBe(3);
    expect((await statistics('DEPARTEMENT:63', as.anonymous())).applicationsByProgramme).toEqual([]);
    expect((await statistics('DEPARTEMENT:63', as.member('EPCI:200069169'))).applicationsByProgramme).toEqual([
      { programme: { kind: 'EXPERIMENTAL_SUPPORT' }, status: 'SHORTLISTED', count: 1 },
    ]);
  });

  it("gives each cohort's fill rate and each convention's commitment progress", async () => {
    const stats = await statistics(null);
    expect(stats.cohortFill).toEqual([
      { cohort: { id: PILOT_COHORT_ID, name: 'Promotion pilote nationale 2021-2022' }, capacity: 10, enrolled: 10, offered: 0, seatsLeft: 0, fillRate: 1 },
    ]);
    // Signed and active conventions by default: the Puy-de-Dôme's.
    expect(stats.conventionProgress.totalCount).toBe(1);
    const progress = stats.conventionProgress.edges[0].node;
    expect(progress.convention.id).toBe(PUY_DE_DOME_CONVENTION_ID);
    expect(progress.commitments.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4]);
    expect(progress.commitments[0]).toMatchObject({ progress: 0.6833, lateMilestones: 1 });
    expect(progress.progress).toBeCloseTo(progress.commitments.reduce((sum: number, c: { progress: number }) => sum + c.progress, 0) / 4, 3);
    const preparing = dataOf(await t.call('{ conventionStatistics { conventionProgress(filter: { statuses: [IN_PREPARATION] }) { totalCount edges { node { progress } } } } }'));
    expect(preparing.conventionStatistics.conventionProgress).toEqual({ totalCount: 2, edges: [{ node: { progress: null } }, { node: { progress: null } }] });
    // A filter without statuses keeps the default ones.
    expect(dataOf(await t.call('{ conventionStatistics { conventionProgress(filter: {}) { totalCount } } }')).conventionStatistics.conventionProgress.totalCount).toBe(1);
  });

  it('refuses a bad scope or page size', async () => {
    expect(errorOf(await t.call(STATISTICS, { territory: 'Auvergne' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.territory' });
    expect(errorOf(await t.call('{ conventionStatistics { cohortFill(first: 500) { capacity } } }')).extensions.field).toBe('first');
  });

  it('still takes the deprecated territory argument (v1) with the same figures, and refuses it beside filter', async () => {
    const byStatus = 'conventionsByStatus { status count } conventionsByRegion { region { id } count }';
    const viaFilter = dataOf(await t.call(`{ conventionStatistics(filter: { territory: "REGION:84" }) { ${byStatus} } }`)).conventionStatistics;
    const viaArgument = dataOf(await t.call(`{ conventionStatistics(territory: "REGION:84") { ${byStatus} } }`)).conventionStatistics;
    expect(viaArgument).toEqual(viaFilter);
    expect(viaFilter.conventionsByRegion).toEqual([{ region: { id: 'REGION:84' }, count: 2 }]);
    const both = errorOf(await t.call(`{ conventionStatistics(territory: "REGION:84", filter: { territory: "REGION:76" }) { ${byStatus} } }`));
    expect(both.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.territory' });
  });
});

const COUNTS = `query($territory: ID) { conventionStatistics(filter: { territory: $territory }) {
  conventionsByStatus { status count }
  conventionsByRegion { region { id } count }
  applicationsByProgramme { programme { id } status count }
} }`;
const CREATE_CONVENTION = `mutation($input: CreateConventionInput!) { createConvention(input: $input) { id version } }`;
const MOVE_CONVENTION = `mutation($input: ChangeConventionStatusInput!) { changeConventionStatus(input: $input) { id version status } }`;
const UPDATE_CONVENTION = `mutation($input: UpdateConventionInput!) { updateConvention(input: $input) { id version } }`;

/**
 * List totals by programme and/or territory: `all` (the territory alone, or nothing), `<KIND>` (the
 * programme, within the territory if any) and `<KIND>_signed` (with a status: still a query).
 */
const PROGRAMME_TOTALS = (kinds: readonly string[]) => `query($territory: ID) {
  all: conventions(filter: { territory: $territory }, first: 0) { totalCount }
  ${kinds.map((kind) => `${kind}: conventions(filter: { programme: ${kind}, territory: $territory }, first: 0) { totalCount }
  ${kind}_signed: conventions(filter: { programme: ${kind}, territory: $territory, statuses: [SIGNED] }, first: 0) { totalCount }`).join('\n  ')}
}`;
/** Cohort totals: of every programme (`all`), of each programme through `cohorts(filter:)` (`<KIND>`) and `Programme.cohorts` (`programmes`). */
const COHORT_TOTALS = (kinds: readonly string[]) => `{
  all: cohorts(first: 0) { totalCount }
  ${kinds.map((kind) => `${kind}: cohorts(filter: { programme: ${kind} }, first: 0) { totalCount } ${kind}_programme: programme(kind: ${kind}) { cohorts(first: 0) { totalCount } }`).join('\n  ')}
}`;
/** A response's `totalCount`s by alias. */
const totalsOf = (data: Record<string, { totalCount?: number; cohorts?: { totalCount: number } }>) =>
  Object.fromEntries(Object.entries(data).map(([alias, value]) => [alias, value.totalCount ?? value.cohorts!.totalCount]));

type Tally = Map<string, number>;
const tally = <R>(records: readonly R[], keys: (record: R) => string[]): Tally => {
  const counts: Tally = new Map();
  for (const record of records) for (const key of keys(record)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/**
 * The three counted figures computed directly from the records (a find and a tally, nothing of the
 * counters), in the order and shape the API gives them. `visibleTo` keeps the applications of one territory.
 */
async function direct(repositories: Repositories, territory: string | null, visibleTo?: string) {
  const inScope = <R extends { territoryScope: string[] }>(records: R[]) => records.filter((r) => !territory || r.territoryScope.includes(territory));
  const conventions = inScope(await repositories.conventions.model.find({}).lean<ConventionRecord[]>().exec());
  const applications = inScope(await repositories.applications.model.find({}).lean<ApplicationRecord[]>().exec()).filter((a) => !visibleTo || a.territoryId === visibleTo);
  const programmes = new Map((await repositories.programmes.model.find({}).lean<ProgrammeRecord[]>().exec()).map((p) => [p._id, p]));
  const byStatus = tally(conventions, (c) => [c.status]);
  const byRegion = tally(conventions, (c) => c.territoryScope.filter((id) => id.startsWith('REGION:')));
  const byProgramme = tally(applications, (a) => [`${a.programmeId} ${a.status}`]);
  return {
    conventionsByStatus: CONVENTION_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    conventionsByRegion: [...byRegion].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([id, count]) => ({ region: { id }, count })),
    applicationsByProgramme: [...byProgramme]
      .map(([key, count]) => ({ programme: programmes.get(key.split(' ')[0]!)!, status: key.split(' ')[1] as ApplicationRecord['status'], count }))
      .sort((a, b) => a.programme.rank - b.programme.rank || APPLICATION_STATUSES.indexOf(a.status) - APPLICATION_STATUSES.indexOf(b.status))
      .map(({ programme, status, count }) => ({ programme: { id: programme._id }, status, count })),
  };
}

describe('dashboard counts kept as conventions and applications are written (two instances, one database)', () => {
  const t = useConventions();
  let other: Database;
  let second: TestSubgraph['server'];
  let repositories: Repositories;
  /** A client per instance: writes alternate between them. */
  let calls: Array<ReturnType<typeof client>>;
  const territories = ['REGION:84', 'DEPARTEMENT:63', 'COMMUNE:63113', 'REGION:32', 'DEPARTEMENT:62', 'REGION:76'];

  beforeAll(async () => {
    other = await connectDatabase({ uri: mongodbUri(), name: t.subgraph.database.name });
    second = await createConventionsServer({ database: other, identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'test' });
    const url = `${await second.listen(0)}/graphql`;
    calls = [t.call, (query, variables = {}, headers = {}) => graphql(url, query, variables, headers)];
    repositories = createRepositories(t.subgraph.database.connection);
  });
  afterAll(async () => {
    await second.stop();
    await other.close();
  });

  const by = (i: number) => calls[i % 2]!;
  /** Every counted figure, nationally and in each test territory, as staff see them, equals the direct computation. */
  /** A territory's conventions: one territory's total comes from its counters, several territories' from one count. */
  async function expectTerritoryTotals() {
    const ids = territories.filter((t): t is string => t !== null);
    const totals = async (of: string[]) =>
      (dataOf(await calls[0]!(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Territory { conventions(first: 1) { totalCount } } } }`, { r: of.map((id) => ({ __typename: 'Territory', id })) }))._entities as Array<{ conventions: { totalCount: number } }>).map((e) => e.conventions.totalCount);
    const expected = await Promise.all(ids.map((id) => repositories.conventions.count({ territoryScope: id, _id: { $ne: id } })));
    for (const [i, id] of ids.entries()) expect({ id, total: (await totals([id]))[0] }).toEqual({ id, total: expected[i] });
    expect(await totals(ids)).toEqual(expected);
  }

  /**
   * Conventions by programme (the figure, in every scope), and the totals of lists filtered by programme
   * and/or territory (from the counters) or with a status too (a query), on both instances, equal direct
   * counts; likewise cohorts by programme.
   */
  async function expectProgrammeTotals() {
    const programmes = await repositories.programmes.model.find({}).lean<ProgrammeRecord[]>().exec();
    const conventions = await repositories.conventions.model.find({}).lean<ConventionRecord[]>().exec();
    const kinds = programmes.map((p) => p.kind);
    for (const territory of [null, ...territories]) {
      const inScope = conventions.filter((c) => !territory || c.territoryScope.includes(territory));
      const byProgramme = tally(inScope, (c) => (c.programmeId ? [c.programmeId] : []));
      const figure = await repositories.statistics.read(FIGURES.conventionProgramme, scopeOf(territory));
      expect({ territory, figure: Object.fromEntries(figure.map((row) => [row.key, row.count])) }).toEqual({ territory, figure: Object.fromEntries(byProgramme) });
      const expected = {
        all: inScope.length,
        ...Object.fromEntries(programmes.flatMap((p) => [
          [p.kind, byProgramme.get(p._id) ?? 0],
          [`${p.kind}_signed`, inScope.filter((c) => c.programmeId === p._id && c.status === 'SIGNED').length],
        ])),
      };
      for (const call of calls) expect({ territory, ...totalsOf(dataOf(await call(PROGRAMME_TOTALS(kinds), { territory }))) }).toEqual({ territory, ...expected });
    }
    // A territory's conventions of one programme: one territory's from the counters, several territories' from one count.
    for (const programme of programmes) {
      const subList = async (ids: string[]) =>
        (dataOf(await calls[1]!(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Territory { conventions(filter: { programme: ${programme.kind} }, first: 0) { totalCount } } } }`, { r: ids.map((id) => ({ __typename: 'Territory', id })) }))
          ._entities as Array<{ conventions: { totalCount: number } }>).map((e) => e.conventions.totalCount);
      const expected = territories.map((id) => conventions.filter((c) => c.programmeId === programme._id && c.territoryScope.includes(id)).length);
      for (const [i, id] of territories.entries()) expect({ id, programme: programme.kind, total: (await subList([id]))[0] }).toEqual({ id, programme: programme.kind, total: expected[i] });
      expect(await subList(territories)).toEqual(expected);
    }
    const cohorts = await repositories.cohorts.model.find({}).lean<CohortRecord[]>().exec();
    const cohortsBy = tally(cohorts, (c) => [c.programmeId]);
    const cohortFigure = await repositories.statistics.read(FIGURES.cohortProgramme, scopeOf(null));
    expect(Object.fromEntries(cohortFigure.map((row) => [row.key, row.count]))).toEqual(Object.fromEntries(cohortsBy));
    const expectedCohorts = { all: cohorts.length, ...Object.fromEntries(programmes.flatMap((p) => [[p.kind, cohortsBy.get(p._id) ?? 0], [`${p.kind}_programme`, cohortsBy.get(p._id) ?? 0]])) };
    for (const call of calls) expect(totalsOf(dataOf(await call(COHORT_TOTALS(kinds))))).toEqual(expectedCohorts);
  }

  async function expectCountsMatch() {
    await expectTerritoryTotals();
    await expectProgrammeTotals();
    for (const territory of [null, ...territories]) {
      const [fromFirst, fromSecond] = await Promise.all(calls.map(async (call) => dataOf(await call(COUNTS, { territory }, as.staff())).conventionStatistics));
      const expected = await direct(repositories, territory);
      expect({ territory, ...fromFirst }).toEqual({ territory, ...expected });
      expect({ territory, ...fromSecond }).toEqual({ territory, ...expected });
    }
  }

  it('equals the direct computation after the seed, and after concurrent convention writes on both instances', async () => {
    await expectCountsMatch();
    const [artois, boulonnais] = communes(2, 600);
    const parties = (territory: string) => [
      { actorId: territory, role: 'Territoire partenaire' },
      { actorId: demoOrganisationId('association-fabrique-des-transitions'), role: 'Association' },
    ];
    // Conventions of every programme but the last, and without one; cohorts created on both instances at once.
    const kinds = [null, 'SHORT_DIAGNOSTIC', 'PILOT_COHORT', 'EXPERIMENTAL_SUPPORT'];
    const created = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const input = conventionInput({ title: `Convention comptée ${i}`, parties: parties(i % 2 ? 'COMMUNE:63113' : artois!), programme: kinds[i % 4] });
        return dataOf(await by(i)(CREATE_CONVENTION, { input }, as.staff())).createConvention.id as string;
      }),
    );
    await Promise.all([0, 1, 2].map(async (i) => dataOf(await by(i)(CREATE_COHORT, { input: cohortInput({ name: `Promotion comptée ${i}` }) }, as.staff()))));
    await expectCountsMatch();
    // Both instances sign every other one at once; the same version changed twice at once is counted once.
    const signing = await Promise.all(created.flatMap((id, i) => (i % 2 ? [] : [0, 1].map((n) => by(i + n)(MOVE_CONVENTION, { input: { id, expectedVersion: 1, status: 'SIGNED' } }, as.staff())))));
    expect(signing.filter((r) => r.data?.changeConventionStatus).length).toBe(4);
    expect(signing.flatMap(errorCodes)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    await Promise.all([
      by(0)(MOVE_CONVENTION, { input: { id: created[0], expectedVersion: 2, status: 'ACTIVE' } }, as.staff()),
      by(1)(MOVE_CONVENTION, { input: { id: created[2], expectedVersion: 2, status: 'TERMINATED' } }, as.staff()),
      // A convention moving to another territory leaves its old scopes and régions for the new ones, and its programme for another one (or none).
      by(0)(UPDATE_CONVENTION, { input: { id: created[1], expectedVersion: 1, changes: { parties: parties(boulonnais!), programme: 'INITIATION_DAY' } } }, as.staff()),
      by(1)(UPDATE_CONVENTION, { input: { id: created[3], expectedVersion: 1, changes: { parties: parties('COMMUNE:32013'), programme: null } } }, as.staff()),
    ]).then((responses) => responses.forEach(dataOf));
    await expectCountsMatch();
  });

  it('equals the direct computation after concurrent application workflows on both instances', async () => {
    const applicants = communes(6, 620);
    const submitted = await Promise.all(
      applicants.map(async (territoryId, i) => {
        const input = { territoryId, programme: i % 2 ? 'SHORT_DIAGNOSTIC' : 'EXPERIMENTAL_SUPPORT', motivation: 'Nous voulons avancer.' };
        return dataOf(await by(i)(SUBMIT, { input }, as.member(territoryId))).submitApplication.id as string;
      }),
    );
    const { cohortId, applications: cohortApplicants } = await cohortWithApplications(t.subgraph, 1, communes(3, 640));
    expect(cohortId).toBeTruthy();
    await expectCountsMatch();
    const act = (i: number, mutation: string, id: string, version: number, headers = as.staff()) => by(i)(ACT(mutation), step(id, version), headers);
    await Promise.all([
      act(0, 'shortlistApplication', submitted[0]!, 1),
      act(1, 'acceptApplication', submitted[1]!, 1),
      act(0, 'rejectApplication', submitted[2]!, 1),
      act(1, 'withdrawApplication', submitted[3]!, 1, as.member(applicants[3]!)),
      act(0, 'waitlistApplication', submitted[4]!, 1),
      // The cohort's one seat: accepted, the others waitlisted.
      act(1, 'acceptApplication', cohortApplicants[0]!, 1),
      act(0, 'waitlistApplication', cohortApplicants[1]!, 1),
      act(1, 'waitlistApplication', cohortApplicants[2]!, 1),
    ]).then((responses) => responses.forEach(dataOf));
    // Withdrawing the holder frees the seat: the first waitlisted application is offered it (a write of its own).
    dataOf(await act(0, 'withdrawApplication', cohortApplicants[0]!, 2, as.member(communes(1, 640)[0]!)));
    dataOf(await act(1, 'acceptApplication', submitted[0]!, 2));
    await expectCountsMatch();
    const waitlisted = await repositories.applications.findByIds(cohortApplicants.slice(1));
    expect(waitlisted.map((a) => a.status).sort()).toEqual(['OFFERED', 'WAITLISTED']);
  });

  it('holds, once folded, the very counters a rebuild from the records computes, and reads the same figures after it', async () => {
    expect(await repositories.statistics.built()).toBe(true);
    // Nothing writes now: one fold takes whatever a write left pending (its own fold found another under way).
    await repositories.statistics.fold();
    const [figures] = repositories.statistics.models;
    // Each figure document's counts, in key order (the fold that last wrote it differs after a rebuild).
    const stored = async () =>
      (await figures!.find({}).sort({ _id: 1 }).lean<Array<{ _id: string; counts: Array<{ key: string; count: number }> }>>().exec()).map((f) => ({
        _id: f._id,
        counts: [...f.counts].sort((a, b) => (a.key < b.key ? -1 : 1)),
      }));
    const maintained = await stored();
    expect(maintained.length).toBeGreaterThan(0);
    expect((await checkConventionStatistics(t.subgraph.database)).differences).toEqual([]);
    const counters = maintained.reduce((n, f) => n + f.counts.length, 0);
    expect(await rebuildConventionStatistics(t.subgraph.database)).toBe(counters);
    expect(await stored()).toEqual(maintained);
    await expectCountsMatch();
  });

  it('answers a list total by programme and territory from the counters, without counting conventions; another criterion is still counted', async () => {
    const database = t.subgraph.database.connection.getClient();
    /** The commands a request sends, as `<command> <collection>`, and its round trips. */
    async function traced(query: string, variables: Record<string, unknown>) {
      const commands: string[] = [];
      const record = (e: { commandName: string; command: Record<string, unknown> }) => commands.push(`${e.commandName} ${String(e.command[e.commandName])}`);
      database.on('commandStarted', record);
      try {
        const res = await t.call(query, variables);
        return { data: dataOf(res), commands, roundTrips: Number(res.headers.get(ROUND_TRIPS_HEADER)) };
      } finally {
        database.off('commandStarted', record);
      }
    }
    const LIST = `query($programme: ProgrammeKind, $territory: ID, $statuses: [ConventionStatus!]) {
      conventions(filter: { programme: $programme, territory: $territory, statuses: $statuses }, first: 10) { totalCount edges { node { id } } }
    }`;
    const onConventions = (commands: string[]) => commands.filter((c) => c.endsWith(' conventions'));
    for (const variables of [{ programme: 'SHORT_DIAGNOSTIC', territory: 'DEPARTEMENT:62' }, { programme: 'PILOT_COHORT', territory: null }, { programme: null, territory: 'REGION:84' }]) {
      const counted = await traced(LIST, variables);
      // The page's find alone: the total is read from the counters (their figure document and pending changes).
      expect({ variables, commands: onConventions(counted.commands) }).toEqual({ variables, commands: ['find conventions'] });
      expect(counted.commands.some((c) => c.startsWith('find statistic_figures'))).toBe(true);
      expect(counted.roundTrips).toBe(counted.commands.length);
    }
    // A status too: the total is a count over the conventions.
    const queried = await traced(LIST, { programme: 'SHORT_DIAGNOSTIC', territory: 'DEPARTEMENT:62', statuses: ['SIGNED'] });
    expect(onConventions(queried.commands).sort()).toEqual(['aggregate conventions', 'find conventions']);
    expect(queried.commands.some((c) => c.includes('statistic_'))).toBe(false);
  });

  it("counts within a territory only the applications a territory member may see (their own territory's), none for anonymous", async () => {
    const [member] = communes(1, 620);
    for (const territory of ['DEPARTEMENT:62', member!]) {
      const seen = dataOf(await t.call(COUNTS, { territory }, as.member(member!))).conventionStatistics.applicationsByProgramme;
      expect(seen).toEqual((await direct(repositories, territory, member)).applicationsByProgramme);
      expect(seen.length).toBeGreaterThan(0);
      // Staff see every application there, more than the member's own.
      const all = dataOf(await t.call(COUNTS, { territory }, as.staff())).conventionStatistics.applicationsByProgramme;
      if (territory.startsWith('DEPARTEMENT')) expect(all.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBeGreaterThan(seen.reduce((n: number, g: { count: number }) => n + g.count, 0));
      expect(dataOf(await t.call(COUNTS, { territory }, as.anonymous())).conventionStatistics.applicationsByProgramme).toEqual([]);
    }
    // Nationally the counts are public: the same for anyone.
    const national = dataOf(await t.call(COUNTS, { territory: null }, as.anonymous())).conventionStatistics.applicationsByProgramme;
    expect(national).toEqual((await direct(repositories, null)).applicationsByProgramme);
  });
});

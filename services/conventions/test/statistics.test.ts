import { PILOT_COHORT_ID } from '../src/seed/engagement';
import { PUY_DE_DOME_CONVENTION_ID } from '../src/seed/conventions';
import { as, dataOf, errorOf, useConventions } from './support';

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

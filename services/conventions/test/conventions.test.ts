import { demoOrganisationId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { PUY_DE_DOME_CONVENTION_ID } from '../src/seed/conventions';
import { dataOf, errorOf, useConventions } from './support';

const TERRITORY_CONVENTIONS = `query($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Territory { id conventions { totalCount edges { node { title status } } } } }
}`;

const CONVENTION = `query($id: ID!) { convention(id: $id) {
  id title status allowedTransitions signedOn startsOn endsOn version progress
  parties { role actor { __typename id } }
  signatories { name title signedOn onBehalfOf { __typename id } }
  commitments {
    number title
    milestones { title dueOn doneOn done late }
    indicators { label unit baseline target currentValue completion history { value measuredOn recordedBy note } }
    progress { milestonesTotal milestonesDone lateMilestones milestoneShare indicatorCompletion overall }
  }
  commitment(number: 2) { title }
  statusHistory { from to effectiveOn by }
} }`;

const titles = (connection: { edges: Array<{ node: { title: string } }> }) => connection.edges.map((e) => e.node.title);

describe('conventions and programmes: reads (conventions subgraph, real database)', () => {
  const t = useConventions();

  it('lists the four programmes with their rules as data', async () => {
    const res = await t.call('{ programmes { kind rules { minDays maxDays cycleMonths cohortCapacity nationalCapacity } } }');
    expect(dataOf(res).programmes).toEqual([
      { kind: 'INITIATION_DAY', rules: { minDays: 1, maxDays: 1, cycleMonths: null, cohortCapacity: null, nationalCapacity: null } },
      { kind: 'SHORT_DIAGNOSTIC', rules: { minDays: 3, maxDays: 5, cycleMonths: null, cohortCapacity: null, nationalCapacity: null } },
      { kind: 'PILOT_COHORT', rules: { minDays: 5, maxDays: 8, cycleMonths: 12, cohortCapacity: 10, nationalCapacity: null } },
      { kind: 'EXPERIMENTAL_SUPPORT', rules: { minDays: null, maxDays: null, cycleMonths: null, cohortCapacity: null, nationalCapacity: 5 } },
    ]);
    const one = dataOf(await t.call('{ programme(kind: PILOT_COHORT) { kind name cohorts { totalCount edges { node { name } } } } }'));
    expect(one.programme.cohorts.edges[0].node.name).toBe('Promotion pilote nationale 2021-2022');
  });

  it('holds the Puy-de-Dôme convention: parties, signatories, four commitments with progress, status history', async () => {
    const { convention } = dataOf(await t.call(CONVENTION, { id: PUY_DE_DOME_CONVENTION_ID }));
    expect(convention).toMatchObject({ status: 'ACTIVE', signedOn: '2021-02-01', allowedTransitions: ['ENDED', 'TERMINATED'], version: 1 });
    expect(convention.parties.map((p: { actor: unknown }) => p.actor)).toEqual([
      { __typename: 'Territory', id: 'DEPARTEMENT:63' },
      { __typename: 'Organisation', id: demoOrganisationId('association-fabrique-des-transitions') },
    ]);
    expect(convention.signatories.map((s: { name: string }) => s.name)).toEqual(['Jean-Yves Gouttebel', 'Pierre Calame']);
    expect(convention.commitments.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4]);
    expect(convention.commitment.title).toBe('Analyser la mise en œuvre du Masterplan');
    // Commitment 1: 2 of 3 milestones done; indicator at 210 of 300 → (2/3 + 0.7) / 2.
    const first = convention.commitments[0];
    expect(first.indicators[0]).toMatchObject({ currentValue: 210, completion: 0.7 });
    expect(first.progress).toMatchObject({ milestonesTotal: 3, milestonesDone: 2, milestoneShare: 0.6667, indicatorCompletion: 0.7, overall: 0.6833 });
    expect(first.progress.lateMilestones).toBe(1);
    expect(convention.progress).toBeGreaterThan(0);
    expect(convention.statusHistory.map((h: { from: string | null; to: string }) => [h.from, h.to])).toEqual([
      [null, 'IN_PREPARATION'],
      ['IN_PREPARATION', 'SIGNED'],
      ['SIGNED', 'ACTIVE'],
    ]);
  });

  it("files a territory's convention under every territory containing it, and no other", async () => {
    const res = await t.call(TERRITORY_CONVENTIONS, {
      reps: ['DEPARTEMENT:63', 'REGION:84', 'DEPARTEMENT:32', 'DEPARTEMENT:01'].map((id) => ({ __typename: 'Territory', id })),
    });
    const [puyDeDome, auvergneRhoneAlpes, gers, ain] = dataOf(res)._entities;
    expect(puyDeDome.conventions.totalCount).toBe(1);
    expect(auvergneRhoneAlpes.conventions.totalCount).toBe(2); // the Puy-de-Dôme's and the Crestois' (Drôme)
    expect(gers.conventions.edges[0].node.status).toBe('IN_PREPARATION');
    expect(ain.conventions).toEqual({ totalCount: 0, edges: [] });
  });

  it("filters a territory's and an organisation's conventions (their filter has no party nor territory)", async () => {
    const query = `query($reps: [_Any!]!, $filter: ActorConventionFilter) { _entities(representations: $reps) {
      ... on Territory { conventions(filter: $filter) { totalCount } } ... on Organisation { conventions(filter: $filter) { totalCount } } } }`;
    const reps = [{ __typename: 'Territory', id: 'REGION:84' }, { __typename: 'Organisation', id: demoOrganisationId('association-fabrique-des-transitions') }];
    const counts = async (filter: unknown) => dataOf(await t.call(query, { reps, filter }))._entities.map((e: { conventions: { totalCount: number } }) => e.conventions.totalCount);
    expect(await counts(null)).toEqual([2, 3]);
    expect(await counts({ statuses: ['ACTIVE'] })).toEqual([1, 1]);
    expect(await counts({ statuses: ['IN_PREPARATION'], signed: { from: '2021-01-01' } })).toEqual([0, 0]);
    expect(await counts({ signed: { from: '2021-01-01', to: '2021-12-31' } })).toEqual([1, 1]);
    expect(errorCodes(await t.call(query, { reps, filter: { party: 'DEPARTEMENT:63' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorOf(await t.call(query, { reps, filter: { inForce: { from: '2022-01-01', to: '2021-01-01' } } })).extensions.field).toBe('filter.inForce.to');
  });

  it('filters by statuses, party, territory, programme and dates (one `filter`)', async () => {
    const q = (filter: string) => t.call(`{ conventions(filter: { ${filter} }) { totalCount edges { node { title } } } }`).then((r) => dataOf(r).conventions);
    expect((await q('')).totalCount).toBe(3);
    expect((await q('statuses: [ENDED]')).totalCount).toBe(0);
    expect((await q('statuses: [ACTIVE, IN_PREPARATION]')).totalCount).toBe(3);
    expect((await q('statuses: [IN_PREPARATION]')).totalCount).toBe(2);
    expect((await q('party: "DEPARTEMENT:63"')).totalCount).toBe(1);
    expect((await q('party: "REGION:84"')).totalCount).toBe(0); // a party, not a territory scope
    expect((await q(`party: "${demoOrganisationId('association-fabrique-des-transitions')}"`)).totalCount).toBe(3);
    expect((await q('territory: "REGION:84"')).totalCount).toBe(2);
    expect((await q('territory: "REGION:84", statuses: [ACTIVE]')).totalCount).toBe(1);
    expect((await q('programme: PILOT_COHORT')).totalCount).toBe(0);
    expect((await q('signed: { from: "2021-01-01", to: "2021-12-31" }')).totalCount).toBe(1);
    expect((await q('signed: { from: "2022-01-01" }')).totalCount).toBe(0);
    expect((await q('inForce: { from: "2023-01-01", to: "2023-12-31" }')).totalCount).toBe(1);
    expect((await q('inForce: { to: "2020-12-31" }')).totalCount).toBe(0);
  });

  it('no longer takes criteria outside `filter` (the removed `status` included)', async () => {
    for (const args of ['status: ACTIVE', 'statuses: [ACTIVE]', 'party: "DEPARTEMENT:63"', 'territory: "REGION:84"', 'filter: { status: ACTIVE }']) {
      expect(errorCodes(await t.call(`{ conventions(${args}) { totalCount } }`))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
  });

  it('pages with stable cursors', async () => {
    const first = dataOf(await t.call('{ conventions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }')).conventions;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(await t.call('query($after: String) { conventions(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { title } } } }', { after: first.pageInfo.endCursor })).conventions;
    expect(next.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    expect([...titles(first), ...titles(next)]).toHaveLength(3);
    expect(new Set([...titles(first), ...titles(next)]).size).toBe(3);
  });

  it('refuses bad list arguments with BAD_USER_INPUT naming the argument (its path in `filter`)', async () => {
    const field = async (args: string) => errorOf(await t.call(`{ conventions(${args}) { totalCount } }`)).extensions.field;
    expect(await field('filter: { territory: "Puy-de-Dôme" }')).toBe('filter.territory');
    expect(await field('filter: { territory: "DEPARTEMENT:999" }')).toBe('filter.territory');
    expect(await field('filter: { party: "nobody" }')).toBe('filter.party');
    expect(await field('filter: { signed: { from: "2021-13-01" } }')).toBe('filter.signed.from');
    expect(await field('filter: { inForce: { from: "2022-01-01", to: "2021-01-01" } }')).toBe('filter.inForce.to');
    expect(await field('first: 101')).toBe('first');
    expect(await field('after: "garbage"')).toBe('after');
    expect(errorCodes(await t.call('{ conventions(first: -1) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

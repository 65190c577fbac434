import { stableId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { PILOT_COHORT_ID } from '../src/seed/engagement';
import { ACT, as, cohortWithApplications, communes, dataOf, errorOf, step, SUBMIT, useConventions } from './support';

const APPLICATION = `query($id: ID!) { application(id: $id) {
  id status version motivation territory { id } programme { kind } cohort { id } nextStatuses waitlistPosition seatNumber
  enrolment { id seatNumber territory { id } }
  history { from to by note }
} }`;

describe('applications: workflow, access and waitlist offers (real database)', () => {
  const t = useConventions();
  const read = async (id: string, headers = as.staff()) => dataOf(await t.call(APPLICATION, { id }, headers)).application;
  /** A workflow step from the application's current version (as staff see it), unless `extra` gives `expectedVersion`. */
  const act = async (mutation: string, id: string, headers: Record<string, string>, extra: Record<string, unknown> = {}) =>
    t.call(ACT(mutation), step(id, (await read(id))?.version ?? 1, extra), headers);

  it('lets a territory member apply for their own territory only; refuses anonymous and partners', async () => {
    const [mine, other] = communes(2, 500);
    const input = { territoryId: mine, programme: 'SHORT_DIAGNOSTIC', motivation: 'Nous voulons un regard extérieur.' };
    expect(errorCodes(await t.call(SUBMIT, { input }, as.anonymous()))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.call(SUBMIT, { input }, as.partner()))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.call(SUBMIT, { input }, as.member(other!)))).toEqual(['FORBIDDEN']);
    const submitted = dataOf(await t.call(SUBMIT, { input }, as.member(mine!))).submitApplication;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 1 });
    const application = await read(submitted.id, as.member(mine!));
    expect(application).toMatchObject({ territory: { id: mine }, programme: { kind: 'SHORT_DIAGNOSTIC' }, cohort: null, nextStatuses: ['SHORTLISTED', 'WAITLISTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] });
    expect(application.history).toEqual([{ from: null, to: 'SUBMITTED', by: `member-of-${mine}`, note: null }]);
    // Staff may apply on a territory's behalf.
    const onBehalf = await t.call(SUBMIT, { input: { ...input, territoryId: other } }, as.staff());
    expect(dataOf(onBehalf).submitApplication.status).toBe('SUBMITTED');
  });

  it('keeps one open application per territory and target, even when submitted twice at once', async () => {
    const [territory] = communes(1, 520);
    const input = { territoryId: territory, programme: 'EXPERIMENTAL_SUPPORT', motivation: 'Un accompagnement sur mesure.' };
    const twice = await Promise.all([1, 2, 3].map(() => t.call(SUBMIT, { input }, as.member(territory!))));
    const created = twice.filter((r) => r.data?.submitApplication);
    expect(created).toHaveLength(1);
    expect(twice.flatMap((r) => errorCodes(r))).toEqual(['CONFLICT', 'CONFLICT']);
    const again = errorOf(await t.call(SUBMIT, { input }, as.member(territory!)));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', existingApplicationId: created[0]!.data.submitApplication.id });
    // Once it is final, the territory may apply again.
    dataOf(await act('withdrawApplication', created[0]!.data.submitApplication.id, as.member(territory!)));
    expect(dataOf(await t.call(SUBMIT, { input }, as.member(territory!))).submitApplication.status).toBe('SUBMITTED');
  });

  it('refuses bad applications with BAD_USER_INPUT naming the field', async () => {
    const field = async (input: Record<string, unknown>) =>
      errorOf(await t.call(SUBMIT, { input: { territoryId: 'COMMUNE:63113', motivation: 'Motivés.', ...input } }, as.staff())).extensions.field;
    expect(await field({ programme: 'PILOT_COHORT', motivation: '   ' })).toBe('input.motivation');
    expect(await field({})).toBe('input.programme');
    expect(await field({ territoryId: 'COMMUNE:00000', programme: 'PILOT_COHORT' })).toBe('input.territoryId');
    expect(await field({ cohortId: '000000000000000000000000' })).toBe('input.cohortId');
    expect(await field({ cohortId: PILOT_COHORT_ID })).toBe('input.cohortId'); // that cohort ended in 2022
    const { cohortId } = await cohortWithApplications(t.subgraph, 2, []);
    expect(await field({ cohortId, programme: 'SHORT_DIAGNOSTIC' })).toBe('input.programme');
  });

  it('lets staff review (shortlist, waitlist, reject) with history, and refuses illegal moves and other roles', async () => {
    const territories = communes(2, 540);
    const { applications } = await cohortWithApplications(t.subgraph, 3, territories);
    const [a, b] = applications as [string, string];
    expect(errorCodes(await act('shortlistApplication', a, as.member(territories[0]!)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await act('shortlistApplication', a, as.anonymous()))).toEqual(['UNAUTHENTICATED']);
    expect(dataOf(await act('shortlistApplication', a, as.staff(), { note: 'Dossier solide' })).shortlistApplication).toMatchObject({ status: 'SHORTLISTED', version: 2 });
    expect(errorOf(await act('waitlistApplication', a, as.staff(), { expectedVersion: 1 })).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    // expectedVersion is required: GraphQL refuses a step without it before the resolver runs.
    expect(errorCodes(await t.call(ACT('waitlistApplication'), { input: { id: a } }, as.staff()))).toEqual(['BAD_USER_INPUT']);
    expect(errorOf(await act('waitlistApplication', a, as.staff(), { note: 'x'.repeat(2001) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    dataOf(await act('rejectApplication', a, as.otherStaff(), { expectedVersion: 2 }));
    const illegal = errorOf(await act('acceptApplication', a, as.staff()));
    expect(illegal.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'REJECTED', to: 'ACCEPTED', allowed: [] });
    expect(errorOf(await act('acceptOffer', b, as.member(territories[1]!))).extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'SUBMITTED', to: 'ACCEPTED' });
    const history = (await read(a)).history;
    expect(history.map((h: Record<string, unknown>) => [h.from, h.to, h.by, h.note])).toEqual([
      [null, 'SUBMITTED', `member-of-${territories[0]}`, null],
      ['SUBMITTED', 'SHORTLISTED', 'staff-alice', 'Dossier solide'],
      ['SHORTLISTED', 'REJECTED', 'staff-bruno', null],
    ]);
    expect(errorCodes(await act('rejectApplication', '000000000000000000000000', as.staff()))).toEqual(['NOT_FOUND']);
  });

  it('shows applications to staff and to members of the applying territory only', async () => {
    const [mine, other] = communes(2, 560);
    const { cohortId, applications } = await cohortWithApplications(t.subgraph, 2, [mine!]);
    const id = applications[0]!;
    expect(await read(id, as.member(mine!))).toMatchObject({ id });
    for (const headers of [as.anonymous(), as.partner(), as.member(other!)]) expect(await read(id, headers)).toBeNull();

    const lists = `query($id: ID!, $reps: [_Any!]!) {
      applications(filter: { cohortId: $id }) { totalCount }
      cohort(id: $id) { applications { totalCount } waitlist { totalCount } }
      _entities(representations: $reps) { ... on Territory { applications { totalCount } } }
    }`;
    const seen = async (headers: Record<string, string>) => {
      const data = dataOf(await t.call(lists, { id: cohortId, reps: [{ __typename: 'Territory', id: mine }] }, headers));
      return [data.applications.totalCount, data.cohort.applications.totalCount, data._entities[0].applications.totalCount];
    };
    expect(await seen(as.staff())).toEqual([1, 1, 1]);
    expect(await seen(as.member(mine!))).toEqual([1, 1, 1]);
    expect(await seen(as.member(other!))).toEqual([0, 0, 0]);
    expect(await seen(as.anonymous())).toEqual([0, 0, 0]);
    expect(await seen(as.partner())).toEqual([0, 0, 0]);
    // A member sees only their territory's applications among a programme's.
    const programme = async (headers: Record<string, string>) => dataOf(await t.call('{ programme(kind: PILOT_COHORT) { applications { totalCount } } }', {}, headers)).programme.applications.totalCount;
    expect(await programme(as.member(mine!))).toBe(1);
    expect(await programme(as.staff())).toBeGreaterThan(11);
  });

  it('offers a freed place to the first waitlisted application, which accepts or declines it', async () => {
    const territories = communes(5, 600);
    const { cohortId, applications } = await cohortWithApplications(t.subgraph, 2, territories);
    const [a1, a2, w1, w2, w3] = applications as [string, string, string, string, string];
    const member = (i: number) => as.member(territories[i]!);
    expect(dataOf(await act('acceptApplication', a1, as.staff())).acceptApplication).toMatchObject({ status: 'ACCEPTED', seatNumber: expect.any(Number) });
    dataOf(await act('acceptApplication', a2, as.staff()));
    for (const id of [w1, w2, w3]) dataOf(await act('waitlistApplication', id, as.staff()));
    expect([(await read(w1)).waitlistPosition, (await read(w2)).waitlistPosition, (await read(w3)).waitlistPosition]).toEqual([1, 2, 3]);
    expect(errorOf(await act('acceptApplication', w3, as.staff())).extensions).toMatchObject({ code: 'CAPACITY_REACHED', capacity: 2 });

    // a1's territory withdraws: its place is reserved for w1 (OFFERED), nobody else can take it.
    const a1Seat = (await read(a1)).seatNumber;
    expect(errorCodes(await act('withdrawApplication', a1, member(1)))).toEqual(['FORBIDDEN']);
    dataOf(await act('withdrawApplication', a1, member(0)));
    const offered = await read(w1, member(2));
    expect(offered).toMatchObject({ status: 'OFFERED', seatNumber: a1Seat, waitlistPosition: null, nextStatuses: ['ACCEPTED', 'WITHDRAWN', 'DECLINED'] });
    expect(offered.history.at(-1)).toMatchObject({ from: 'WAITLISTED', to: 'OFFERED', by: `member-of-${territories[0]}` });
    expect((await read(w2)).waitlistPosition).toBe(1);
    expect(errorOf(await act('acceptApplication', w3, as.staff())).extensions.code).toBe('CAPACITY_REACHED');
    const fill = `query($id: ID!) { cohort(id: $id) { enrolledCount offeredCount seatsLeft fillRate } }`;
    expect(dataOf(await t.call(fill, { id: cohortId })).cohort).toEqual({ enrolledCount: 1, offeredCount: 1, seatsLeft: 0, fillRate: 0.5 });

    // w1 declines: the place goes to w2; w2 accepts and is enrolled on the same seat.
    expect(errorCodes(await act('declineOffer', w1, member(3)))).toEqual(['FORBIDDEN']);
    dataOf(await act('declineOffer', w1, member(2)));
    expect(await read(w2)).toMatchObject({ status: 'OFFERED', seatNumber: a1Seat });
    const enrolled = dataOf(await act('acceptOffer', w2, member(3))).acceptOffer;
    expect(enrolled).toMatchObject({ status: 'ACCEPTED', seatNumber: a1Seat });
    expect((await read(w2, member(3))).enrolment).toMatchObject({ id: w2, seatNumber: a1Seat, territory: { id: territories[3] } });
    expect(dataOf(await t.call(fill, { id: cohortId })).cohort).toEqual({ enrolledCount: 2, offeredCount: 0, seatsLeft: 0, fillRate: 1 });

    // With nobody left on the waitlist after w3 is rejected, a withdrawal frees the place.
    dataOf(await act('rejectApplication', w3, as.staff()));
    dataOf(await act('withdrawApplication', a2, as.staff()));
    expect(dataOf(await t.call(fill, { id: cohortId })).cohort).toEqual({ enrolledCount: 1, offeredCount: 0, seatsLeft: 1, fillRate: 0.5 });
  });

  it('lists enrolments publicly on the territory, the programme and the cohort', async () => {
    const loos = 'COMMUNE:62528';
    const query = `query($reps: [_Any!]!) {
      _entities(representations: $reps) { ... on Territory { enrolments { totalCount edges { node { id programme { kind } cohort { id } seatNumber application { id } } } } } }
      programme(kind: PILOT_COHORT) { enrolments(first: 3) { totalCount } }
    }`;
    const data = dataOf(await t.call(query, { reps: [{ __typename: 'Territory', id: loos }] }, as.anonymous()));
    const [enrolment] = data._entities[0].enrolments.edges;
    expect(data._entities[0].enrolments.totalCount).toBe(1);
    expect(enrolment.node).toMatchObject({ id: stableId('application', `promotion-pilote-2021/${loos}`), programme: { kind: 'PILOT_COHORT' }, cohort: { id: PILOT_COHORT_ID }, application: null });
    expect(data.programme.enrolments.totalCount).toBeGreaterThanOrEqual(10);
    const own = dataOf(await t.call(query, { reps: [{ __typename: 'Territory', id: loos }] }, as.member(loos)));
    expect(own._entities[0].enrolments.edges[0].node.application).toEqual({ id: enrolment.node.id });
  });
});

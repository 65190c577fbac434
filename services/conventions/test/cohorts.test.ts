import { demoOrganisationId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { PILOT_COHORT_ID } from '../src/seed/engagement';
import { as, cohortInput, dataOf, errorOf, useConventions, Y } from './support';

const FIELDS = `id version name capacity startsOn endsOn programme { kind } partners { __typename id }
  sessions { id date topic place } trainingDays ruleIssues enrolledCount offeredCount seatsLeft fillRate`;
const CREATE = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $changes: CohortChangesInput!) { updateCohort(input: { id: $id, expectedVersion: $v, changes: $changes }) { ${FIELDS} } }`;
const ADD_SESSION = `mutation($id: ID!, $v: Int!, $session: CohortSessionInput!) { addCohortSession(input: { cohortId: $id, expectedVersion: $v, session: $session }) { ${FIELDS} } }`;
const UPDATE_SESSION = `mutation($input: UpdateCohortSessionInput!) { updateCohortSession(input: $input) { ${FIELDS} } }`;
const REMOVE_SESSION = `mutation($input: RemoveCohortSessionInput!) { removeCohortSession(input: $input) { ${FIELDS} } }`;

const day = (n: number) => `${Y}-${String(9 + Math.floor(n / 28)).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
const sessions = (count: number) => Array.from({ length: count }, (_, i) => ({ date: day(i * 3), topic: `Journée ${i + 1}`, place: 'Clermont-Ferrand' }));

describe('cohorts and their sessions, checked against programme rules (real database)', () => {
  const t = useConventions();
  const field = async (input: Record<string, unknown>) => errorOf(await t.call(CREATE, { input: cohortInput(input) }, as.staff())).extensions.field;

  it('shows the national pilot cohort built with ADEME: 10 territories, its training days, full', async () => {
    const res = dataOf(await t.call(`query($id: ID!) { cohort(id: $id) { ${FIELDS} enrolments { territory { id } seatNumber enrolledAt application { id } } } }`, { id: PILOT_COHORT_ID }));
    const cohort = res.cohort;
    expect(cohort).toMatchObject({ capacity: 10, enrolledCount: 10, offeredCount: 0, seatsLeft: 0, fillRate: 1, trainingDays: 6, ruleIssues: [], programme: { kind: 'PILOT_COHORT' } });
    expect(cohort.partners).toContainEqual({ __typename: 'Organisation', id: demoOrganisationId('ademe') });
    expect(cohort.enrolments.map((e: { seatNumber: number }) => e.seatNumber).sort((a: number, b: number) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Enrolments are public; the applications behind them are not.
    expect(cohort.enrolments.every((e: { application: unknown }) => e.application === null)).toBe(true);
    const byAdeme = dataOf(await t.call(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation { cohorts { edges { node { id } } } } } }`, {
      reps: [{ __typename: 'Organisation', id: demoOrganisationId('ademe') }],
    }));
    expect(byAdeme._entities[0].cohorts.edges).toEqual([{ node: { id: PILOT_COHORT_ID } }]);
  });

  it('takes its capacity from the programme by default and refuses more than the programme allows', async () => {
    const pilot = dataOf(await t.call(CREATE, { input: cohortInput({ sessions: sessions(5), partners: [demoOrganisationId('ademe')] }) }, as.staff())).createCohort;
    expect(pilot).toMatchObject({ capacity: 10, version: 1, trainingDays: 5, ruleIssues: [], seatsLeft: 10, fillRate: 0 });
    expect(await field({ capacity: 11 })).toBe('input.capacity');
    expect(await field({ capacity: 0 })).toBe('input.capacity');
    const experimental = dataOf(await t.call(CREATE, { input: cohortInput({ programme: 'EXPERIMENTAL_SUPPORT' }) }, as.staff())).createCohort;
    expect(experimental.capacity).toBe(5); // its national capacity
    // An initiation day sets no capacity: it must be given.
    expect(await field({ programme: 'INITIATION_DAY', startsOn: `${Y}-09-01`, endsOn: `${Y}-09-01` })).toBe('input.capacity');
    const initiation = dataOf(await t.call(CREATE, { input: cohortInput({ programme: 'INITIATION_DAY', capacity: 40, startsOn: `${Y}-09-01`, endsOn: `${Y}-09-01`, sessions: sessions(1) }) }, as.staff())).createCohort;
    expect(initiation).toMatchObject({ capacity: 40, trainingDays: 1, ruleIssues: [] });
  });

  it('checks the cycle and the training days against the programme rules', async () => {
    expect(await field({ endsOn: `${Y + 1}-09-02` })).toBe('input.endsOn'); // longer than 12 months
    expect(await field({ endsOn: `${Y}-08-01` })).toBe('input.endsOn'); // before it starts
    expect(await field({ sessions: sessions(9) })).toBe('input.sessions'); // more than 8 days
    expect(await field({ sessions: [{ date: `${Y + 2}-01-01`, topic: 'Hors cycle', place: 'Paris' }] })).toBe('input.sessions');
    expect(await field({ sessions: [sessions(1)[0], sessions(1)[0]] })).toBe('input.sessions'); // twice the same day
    expect(await field({ sessions: [{ date: `${Y}-09-02`, topic: ' ', place: 'Paris' }] })).toBe('input.sessions.0.topic');
    expect(await field({ partners: ['nobody'] })).toBe('input.partners.0');
    expect(await field({ startsOn: '1 septembre' })).toBe('input.startsOn');
    const short = dataOf(await t.call(CREATE, { input: cohortInput({ sessions: sessions(3) }) }, as.staff())).createCohort;
    expect(short.ruleIssues).toEqual(['3 training day(s) planned; Promotion pilote nationale has 5 to 8 days.']);
  });

  it('plans, moves and cancels training days, never more than the programme allows', async () => {
    let cohort = dataOf(await t.call(CREATE, { input: cohortInput({ sessions: sessions(7) }) }, as.staff())).createCohort;
    cohort = dataOf(await t.call(ADD_SESSION, { id: cohort.id, v: 1, session: { date: `${Y + 1}-06-01`, topic: 'Restitution', place: 'Lyon' } }, as.staff())).addCohortSession;
    expect(cohort.trainingDays).toBe(8);
    expect(cohort.sessions.at(-1)).toMatchObject({ date: `${Y + 1}-06-01`, topic: 'Restitution' });
    const ninth = errorOf(await t.call(ADD_SESSION, { id: cohort.id, v: 2, session: { date: `${Y + 1}-06-02`, topic: 'De trop', place: 'Lyon' } }, as.staff()));
    expect(ninth.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.session', max: 8 });
    const blank = errorOf(await t.call(ADD_SESSION, { id: cohort.id, v: 2, session: { date: `${Y + 1}-06-02`, topic: ' ', place: 'Lyon' } }, as.staff()));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.session.topic' });
    const last = cohort.sessions.at(-1);
    const outside = { cohortId: cohort.id, expectedVersion: 2, sessionId: last.id, changes: { date: `${Y + 2}-01-01` } };
    expect(errorOf(await t.call(UPDATE_SESSION, { input: outside }, as.staff())).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes' });
    cohort = dataOf(await t.call(UPDATE_SESSION, { input: { cohortId: cohort.id, expectedVersion: 2, sessionId: last.id, changes: { date: `${Y}-09-02` } } }, as.staff())).updateCohortSession;
    expect(cohort.sessions[1]).toMatchObject({ id: last.id, date: `${Y}-09-02`, topic: 'Restitution' }); // sessions stay in date order
    expect(errorOf(await t.call(REMOVE_SESSION, { input: { cohortId: cohort.id, expectedVersion: 2, sessionId: last.id } }, as.staff())).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    cohort = dataOf(await t.call(REMOVE_SESSION, { input: { cohortId: cohort.id, expectedVersion: 3, sessionId: last.id } }, as.staff())).removeCohortSession;
    expect(cohort).toMatchObject({ version: 4, trainingDays: 7 });
    expect(errorOf(await t.call(REMOVE_SESSION, { input: { cohortId: cohort.id, expectedVersion: 4, sessionId: last.id } }, as.staff())).extensions.field).toBe('input.sessionId');
  });

  it('raises a capacity but never lowers it; refuses stale versions and non-staff', async () => {
    const cohort = dataOf(await t.call(CREATE, { input: cohortInput({ capacity: 6 }) }, as.staff())).createCohort;
    const raised = dataOf(await t.call(UPDATE, { id: cohort.id, v: 1, changes: { capacity: 8, name: 'Promotion élargie' } }, as.staff())).updateCohort;
    expect(raised).toMatchObject({ capacity: 8, name: 'Promotion élargie', version: 2 });
    expect(errorOf(await t.call(UPDATE, { id: cohort.id, v: 2, changes: { capacity: 7 } }, as.staff())).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.capacity' });
    expect(errorOf(await t.call(UPDATE, { id: cohort.id, v: 2, changes: { capacity: 12 } }, as.staff())).extensions.field).toBe('input.changes.capacity');
    expect(errorOf(await t.call(UPDATE, { id: cohort.id, v: 2, changes: { endsOn: `${Y + 2}-09-01` } }, as.staff())).extensions.field).toBe('input.changes.endsOn');
    expect(errorOf(await t.call(UPDATE, { id: cohort.id, v: 1, changes: { name: 'Vieux' } }, as.staff())).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(errorCodes(await t.call(UPDATE, { id: cohort.id, v: 2, changes: { name: 'x' } }, as.anonymous()))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.call(UPDATE, { id: cohort.id, v: 2, changes: { name: 'x' } }, as.partner()))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.call(CREATE, { input: cohortInput() }, as.member('COMMUNE:63113')))).toEqual(['FORBIDDEN']);
    expect(dataOf(await t.call(`query($id: ID!) { cohort(id: $id) { version capacity } }`, { id: cohort.id })).cohort).toEqual({ version: 2, capacity: 8 });
  });

  it('lists cohorts by programme and partner, latest cycle first', async () => {
    const list = async (args: string) => dataOf(await t.call(`{ cohorts(${args}) { totalCount edges { node { name startsOn } } } }`)).cohorts;
    const pilots = await list('filter: { programme: PILOT_COHORT }');
    expect(pilots.totalCount).toBeGreaterThan(1);
    const starts = pilots.edges.map((e: { node: { startsOn: string } }) => e.node.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
    expect((await list(`filter: { partner: "${demoOrganisationId('ademe')}" }`)).totalCount).toBeGreaterThanOrEqual(2);
    expect((await list(`filter: { programme: INITIATION_DAY, partner: "${demoOrganisationId('ademe')}" }`)).totalCount).toBe(0);
    expect(errorOf(await t.call('{ cohorts(filter: { partner: "?" }) { totalCount } }')).extensions.field).toBe('filter.partner');
  });
});

import { DEMO_ORGANISATIONS, demoOrganisationId, ROUND_TRIPS_HEADER } from '@fabrique/kit';
import type { GraphQLResponse } from '@fabrique/kit/testing';
import { ACT, as, cohortWithApplications, communes, conventionInput, dataOf, step, useConventions } from './support';

/*
 * Each loader is used from one place of a query: a loader used from two branches batches their loads
 * together or not depending on when each branch's records arrive, which would make counts vary with
 * timing rather than with size.
 */
const TERRITORIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Territory {
  id
  conventions(first: 5) { totalCount edges { node { title commitments { number progress { overall } } } } }
  applications(first: 5) { totalCount edges { node { status programme { kind } waitlistPosition enrolment { seatNumber } } } }
  enrolments(first: 5) { totalCount edges { node { seatNumber cohort { name enrolledCount } } } }
  diagnostics(first: 5) { totalCount edges { node { auditDayCount } } }
} } }`;

const ORGANISATIONS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation {
  conventions(first: 5) { totalCount edges { node { title } } }
  cohorts(first: 5) { totalCount edges { node { name enrolledCount fillRate programme { kind } } } }
} } }`;

const COUNTS_ONLY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Territory {
  conventions(first: 0) { totalCount } applications(first: 0) { totalCount } enrolments(first: 0) { totalCount }
} } }`;

// Scoped to the Pas-de-Calais, where every record is one this test made (and Loos-en-Gohelle's enrolment).
const LISTS = [
  `query($first: Int) { conventions(filter: { territory: "DEPARTEMENT:62" }, first: $first) { totalCount edges { node { title programme { kind } parties { actor { id } } commitments { progress { overall } } } } } }`,
  `query($first: Int) { applications(filter: { territory: "DEPARTEMENT:62", statuses: [SUBMITTED, WAITLISTED, ACCEPTED] }, first: $first) {
    totalCount edges { node { status territory { id } programme { name } cohort { name enrolledCount } waitlistPosition } } } }`,
  `query($first: Int) { cohorts(first: $first) { edges { node { name programme { kind } enrolments { territory { id } } enrolledCount seatsLeft waitlist(first: 3) { totalCount } applications(first: 3) { totalCount } } } } }`,
  `query($first: Int) { programmes { kind cohorts(first: $first) { totalCount edges { node { name fillRate } } } applications(first: $first) { totalCount } enrolments(first: $first) { totalCount } } }`,
];

const roundTrips = (res: GraphQLResponse) => {
  dataOf(res);
  return Number(res.headers.get(ROUND_TRIPS_HEADER));
};

describe('batching: constant database round trips whatever the list size (real database)', () => {
  const t = useConventions();
  const territories = communes(50, 700); // in the Pas-de-Calais
  // Seeded territories with other kinds of records: a diagnostic, an enrolment, a programme-level application.
  const seeded = ['EPCI:200071215', 'COMMUNE:62528', 'EPCI:200069169'];

  beforeAll(async () => {
    // Twelve territories, each with a convention and an application; their applications are, in turn,
    // accepted, waitlisted and left submitted, so that any page of three or more holds every kind.
    const twelve = territories.slice(0, 12);
    for (const territory of twelve) {
      dataOf(await t.call(`mutation($input: CreateConventionInput!) { createConvention(input: $input) { id } }`, { input: conventionInput({ parties: [{ actorId: territory, role: 'Commune' }] }) }, as.staff()));
    }
    const { applications } = await cohortWithApplications(t.subgraph, 4, twelve);
    for (const [i, id] of applications.entries()) {
      if (i % 3 === 0) dataOf(await t.call(ACT('acceptApplication'), step(id, 1), as.staff()));
      if (i % 3 === 1) dataOf(await t.call(ACT('waitlistApplication'), step(id, 1), as.staff()));
    }
  });

  it('resolves 6 or 58 territories with their conventions, applications, enrolments and diagnostics in the same number of round trips', async () => {
    const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Territory', id }));
    const few = await t.call(TERRITORIES, { reps: reps([...territories.slice(0, 3), ...seeded]) }, as.staff());
    const many = await t.call(TERRITORIES, { reps: reps([...territories, ...seeded, 'DEPARTEMENT:63', 'DEPARTEMENT:62', 'REGION:84']) }, as.staff());
    expect(dataOf(many)._entities.filter((e: { applications: { totalCount: number } }) => e.applications.totalCount > 0).length).toBeGreaterThan(12);
    expect(roundTrips(many)).toBe(roundTrips(few));
    expect(roundTrips(many)).toBeLessThanOrEqual(16);

    const countsFew = await t.call(COUNTS_ONLY, { reps: reps(territories.slice(0, 5)) }, as.staff());
    const countsMany = await t.call(COUNTS_ONLY, { reps: reps(territories) }, as.staff());
    expect(roundTrips(countsMany)).toBe(roundTrips(countsFew));
    expect(roundTrips(countsMany)).toBe(3); // one aggregation per counted sub-list
  });

  it('resolves 2 or all demo organisations with their conventions and cohorts in the same number of round trips', async () => {
    const reps = (slugs: string[]) => slugs.map((slug) => ({ __typename: 'Organisation', id: demoOrganisationId(slug) }));
    const one = await t.call(ORGANISATIONS, { reps: reps(['ademe', 'association-fabrique-des-transitions']) });
    const all = await t.call(ORGANISATIONS, { reps: reps(DEMO_ORGANISATIONS.map((o) => o.slug)) });
    expect(roundTrips(all)).toBe(roundTrips(one));
  });

  it('costs the same for top-level lists of 3 or 50 items with their nested fields', async () => {
    const applications = dataOf(await t.call(LISTS[1]!, { first: 50 }, as.staff())).applications;
    expect(applications.edges.length).toBe(13); // twelve made here, and Loos-en-Gohelle's (seeded)
    for (const query of LISTS) {
      expect(roundTrips(await t.call(query, { first: 50 }, as.staff()))).toBe(roundTrips(await t.call(query, { first: 3 }, as.staff())));
    }
  });
});

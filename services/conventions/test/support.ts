import { demoOrganisationId, territoryHierarchy, type Identity } from '@fabrique/kit';
import { graphql, identityHeaders, startTestSubgraph, type GraphQLResponse } from '@fabrique/kit/testing';
import { seedConventions } from '../src/seed';
import { createConventionsServer } from '../src/server';

/** The conventions subgraph on a free port over a fresh, seeded database. */
export const startConventions = () => startTestSubgraph('conventions', createConventionsServer, seedConventions);

export type TestSubgraph = Awaited<ReturnType<typeof startConventions>>;

/** Signed identity headers, made fresh for each request (an identity lives 60 seconds). */
const signed = (identity: Identity) => () => identityHeaders(identity);
export const as = {
  anonymous: () => ({}),
  staff: signed({ role: 'STAFF', subject: 'staff-alice' }),
  otherStaff: signed({ role: 'STAFF', subject: 'staff-bruno' }),
  partner: signed({ role: 'PARTNER', subject: 'partner-ademe', organisationId: demoOrganisationId('ademe') }),
  member: (territoryId: string) => identityHeaders({ role: 'TERRITORY_MEMBER', subject: `member-of-${territoryId}`, territoryId }),
};

/**
 * Starts a seeded subgraph for the enclosing describe block; the returned object is filled before the
 * first test (`subgraph`, and `call(query, variables, headers)` against it).
 */
export function useConventions() {
  const context = {} as { subgraph: TestSubgraph; call: ReturnType<typeof client> };
  beforeAll(async () => {
    context.subgraph = await startConventions();
    context.call = client(context.subgraph);
  });
  afterAll(() => context.subgraph.stop());
  return context;
}

/** The data of a response that must have no error (the errors are shown otherwise). */
export function dataOf<T = any>(response: GraphQLResponse<T>): T {
  if (response.errors) throw new Error(`Unexpected errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data as T;
}

/** The first error of a response that must have one. */
export function errorOf(response: GraphQLResponse): { message: string; extensions: Record<string, any> } {
  const error = response.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
  return { message: error.message, extensions: error.extensions ?? {} };
}

/** A client for one subgraph: `call(query, variables, headers)`. */
export const client = (subgraph: TestSubgraph) => (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  graphql(subgraph.url, query, variables, headers);

// Factories: the smallest valid inputs, overridable.
export const conventionInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Convention de test',
  parties: [
    { actorId: 'COMMUNE:63113', role: 'Territoire partenaire' },
    { actorId: demoOrganisationId('association-fabrique-des-transitions'), role: 'Association' },
  ],
  commitments: [{ title: 'Un engagement', description: 'Ce à quoi les parties s’engagent.' }],
  ...overrides,
});

/** Test cohorts run from September of year Y (two years ahead) to August of the next: always in the future. */
export const Y = new Date().getUTCFullYear() + 2;

export const cohortInput = (overrides: Record<string, unknown> = {}) => ({
  programme: 'PILOT_COHORT',
  name: 'Promotion de test',
  startsOn: `${Y}-09-01`,
  endsOn: `${Y + 1}-08-31`,
  ...overrides,
});

let someCommunes: string[] | undefined;

/** Territories for tests: `count` distinct real communes (of the Puy-de-Dôme, then of the Pas-de-Calais), from the `from`-th. */
export function communes(count: number, from = 0): string[] {
  someCommunes ??= ['63', '62'].flatMap((departement) =>
    Array.from({ length: 999 }, (_, n) => `COMMUNE:${departement}${String(n + 1).padStart(3, '0')}`).filter((id) => territoryHierarchy().has(id)),
  );
  if (from + count > someCommunes.length) throw new Error(`Only ${someCommunes.length} test communes.`);
  return someCommunes.slice(from, from + count);
}

export const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id version capacity } }`;
export const SUBMIT = `mutation($input: ApplicationInput!) { submitApplication(input: $input) { id status version } }`;
/** A workflow step (`acceptApplication`…), its variable `$input` holding the application's id, `expectedVersion` and `note`. */
export const ACT = (mutation: string) => `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) {
  ${mutation}(input: $input) { id status version seatNumber waitlistPosition }
}`;

/** The variables of a workflow step on application `id` from version `expectedVersion` (and a `note`, say). */
export const step = (id: string, expectedVersion: number, more: Record<string, unknown> = {}) => ({ input: { id, expectedVersion, ...more } });

/** A cohort of the given capacity (staff), and one submitted application per territory to it. */
export async function cohortWithApplications(subgraph: TestSubgraph, capacity: number, territories: string[]) {
  const call = client(subgraph);
  const cohort = dataOf(await call(CREATE_COHORT, { input: cohortInput({ capacity, name: `Promotion de ${capacity}` }) }, as.staff())).createCohort;
  const applications: string[] = [];
  for (const territoryId of territories) {
    const res = await call(SUBMIT, { input: { territoryId, cohortId: cohort.id, motivation: 'Nous voulons apprendre.' } }, as.member(territoryId));
    applications.push(dataOf(res).submitApplication.id);
  }
  return { cohortId: cohort.id as string, applications };
}

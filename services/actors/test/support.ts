import { errorCodes, graphql, identityHeaders, startTestSubgraph, type GraphQLResponse } from '@fabrique/kit/testing';
import { seedActors } from '../src/seed';
import { createActorsServer } from '../src/server';

/**
 * The reference data most suites use: every région and département, and the communes and EPCI of the
 * four départements of Auvergne (about 1,300 communes). FerretDB reads whole collections, so the full
 * 35,000 communes are for the one suite that checks them (fullImport.test.ts).
 */
export const TEST_DEPARTEMENTS = ['63', '03', '15', '43'];

/** The actors subgraph on a free port over a fresh database seeded with the test reference data. */
export const startActors = () => startTestSubgraph('actors', createActorsServer, (database) => seedActors(database, { departements: TEST_DEPARTEMENTS }));

export type Actors = Awaited<ReturnType<typeof startActors>>;

export const STAFF = identityHeaders({ role: 'STAFF', subject: 'alice' });
export const OTHER_STAFF = identityHeaders({ role: 'STAFF', subject: 'bob' });
export const PARTNER = identityHeaders({ role: 'PARTNER', subject: 'partner', organisationId: 'x' });

/** Database commands one request sent, from the subgraph's response header. */
export const roundTrips = (res: GraphQLResponse) => Number(res.headers.get('x-fabrique-db-round-trips'));

/** Runs a mutation as staff and returns its data field, failing on any error. */
export async function asStaff<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphql(url, query, variables, STAFF);
  if (res.errors) throw new Error(`Unexpected errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as Record<string, T>)[0]!;
}

/**
 * Runs `mutation` as staff once per change to a valid input (`{ ...valid, ...change }`, or `{ ...valid,
 * changes: change }` with `under: 'changes'`): each is refused with one BAD_USER_INPUT error whose field is
 * the one the change sets, `input.<field>` (`input.changes.<field>`; `input.changes` for an empty change).
 */
export async function expectEachRefused(url: string, mutation: string, valid: Record<string, unknown>, changes: Array<Record<string, unknown>>, under?: 'changes') {
  for (const change of changes) {
    const input = under ? { ...valid, [under]: change } : { ...valid, ...change };
    const res = await graphql(url, mutation, { input }, STAFF);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', under, Object.keys(change)[0]].filter(Boolean).join('.') });
  }
}

let counter = 0;
/** A slug no other test uses. */
export const uniqueSlug = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

/** Test data factories: create records through the API, as staff. */
export const factories = (url: string) => ({
  organisation: (input: Record<string, unknown> = {}) =>
    asStaff(url, 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug name version } }', {
      input: { slug: uniqueSlug('org'), name: 'Organisation de test', kind: 'ASSOCIATION', ...input },
    }),
  person: (name = 'Personne de test') =>
    asStaff(url, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name version } }', { input: { name } }),
  alliance: (input: Record<string, unknown> = {}) =>
    asStaff(url, 'mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id slug version } }', {
      input: { slug: uniqueSlug('alliance'), name: 'Alliance de test', description: 'Une alliance pour les tests.', ...input },
    }),
  membership: (input: Record<string, unknown>) =>
    asStaff(url, 'mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id version since until active role } }', { input }),
});

export type Factories = ReturnType<typeof factories>;

/** For a suite's `beforeAll`: the subgraph started, and factories creating records through it. */
export async function startActorsWithFactories(): Promise<{ actors: Actors; make: Factories }> {
  const actors = await startActors();
  return { actors, make: factories(actors.url) };
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string } }>;
}

/** Follows a connection to its end (`query` takes `$after`); returns every node id and the total count. */
export async function pageThrough(url: string, query: string, select: (data: any) => Page): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const res = await graphql(url, query, { after });
    if (res.errors) throw new Error(`Unexpected errors: ${JSON.stringify(res.errors)}`);
    const page = select(res.data);
    totalCount = page.totalCount;
    ids.push(...page.edges.map((e) => e.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { ids, totalCount };
}

// The conventions subgraph inside the whole federated platform, through the gateway.
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

/** Test cohorts run from September two years ahead to August of the next: always in the future. */
const Y = new Date().getUTCFullYear() + 2;
const cohortInput = (overrides: Record<string, unknown>) => ({ programme: 'PILOT_COHORT', name: 'Promotion de test', startsOn: `${Y}-09-01`, endsOn: `${Y + 1}-08-31`, ...overrides });

const ISSUE = `mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { secret } }`;
const METROPOLE = 'EPCI:246300701'; // Clermont Auvergne Métropole
const RIOM = 'COMMUNE:63300';

describe('conventions through the gateway (end to end)', () => {
  const stack = useStack({ seed: true });
  const tokens: Record<'staff' | 'metropole' | 'riom', Record<string, string>> = { staff: {}, metropole: {}, riom: {} };

  const gateway = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const res = await graphql(stack.graphqlUrl, query, variables, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  beforeAll(async () => {
    const issue = async (input: Record<string, unknown>) => bearer((await gateway(ISSUE, { input }, bearer(TEST_ADMIN_TOKEN))).issueApiToken.secret);
    tokens.staff = await issue({ name: 'Fabrique staff', role: 'STAFF' });
    tokens.metropole = await issue({ name: 'Métropole', role: 'TERRITORY_MEMBER', territoryId: METROPOLE });
    tokens.riom = await issue({ name: 'Riom', role: 'TERRITORY_MEMBER', territoryId: RIOM });
  });

  it("shows the Puy-de-Dôme's convention with its parties and signatories named by the actors subgraph", async () => {
    const data = await gateway(`{ territory(code: "63", level: DEPARTEMENT) { name
      conventions(filter: { statuses: [ACTIVE] }) { edges { node { title status parties { role actor { __typename name } } signatories { name onBehalfOf { name } }
        commitments { number title progress { overall } } } } } } }`);
    const convention = data.territory.conventions.edges[0].node;
    expect(convention.parties.map((p: { actor: unknown }) => p.actor)).toEqual([
      { __typename: 'Territory', name: 'Puy-de-Dôme' },
      { __typename: 'Organisation', name: 'Association pour la promotion de la Fabrique des transitions' },
    ]);
    expect(convention.signatories).toEqual([
      { name: 'Jean-Yves Gouttebel', onBehalfOf: { name: 'Puy-de-Dôme' } },
      { name: 'Pierre Calame', onBehalfOf: { name: 'Association pour la promotion de la Fabrique des transitions' } },
    ]);
    expect(convention.commitments.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4]);
    const ademe = await gateway(`query($slug: String!) { organisation(slug: $slug) { name cohorts { edges { node { name capacity enrolledCount partners { ... on Organisation { name } } } } } } }`, { slug: 'ademe' });
    expect(ademe.organisation.cohorts.edges[0].node).toMatchObject({ name: 'Promotion pilote nationale 2021-2022', capacity: 10, enrolledCount: 10 });
    expect(ademe.organisation.cohorts.edges[0].node.partners).toContainEqual({ name: ademe.organisation.name });
  });

  it('runs an application flow: apply, accept, waitlist, withdraw, offer, accept the offer', async () => {
    const cohort = (
      await gateway(`mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input: cohortInput({ name: 'Promotion auvergnate', capacity: 1 }) }, tokens.staff)
    ).createCohort;
    const apply = `mutation($input: ApplicationInput!) { submitApplication(input: $input) { id status } }`;
    const input = (territoryId: string) => ({ input: { territoryId, cohortId: cohort.id, motivation: 'Apprendre avec d’autres territoires.' } });
    expect(errorCodes(await graphql(stack.graphqlUrl, apply, input(METROPOLE)))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(stack.graphqlUrl, apply, input(METROPOLE), tokens.riom))).toEqual(['FORBIDDEN']);
    const metropole = (await gateway(apply, input(METROPOLE), tokens.metropole)).submitApplication;
    const riom = (await gateway(apply, input(RIOM), tokens.riom)).submitApplication;

    // A workflow step from the version the caller saw (each step moves the application one version on).
    const step = (mutation: string) => `mutation($id: ID!, $v: Int!) { ${mutation}(input: { id: $id, expectedVersion: $v }) { status version } }`;
    const act = (mutation: string, id: string, expectedVersion: number, headers: Record<string, string>) => gateway(step(mutation), { id, v: expectedVersion }, headers);
    expect((await act('acceptApplication', metropole.id, 1, tokens.staff)).acceptApplication.status).toBe('ACCEPTED');
    expect(errorCodes(await graphql(stack.graphqlUrl, step('acceptApplication'), { id: riom.id, v: 1 }, tokens.staff))).toEqual(['CAPACITY_REACHED']);
    await act('waitlistApplication', riom.id, 1, tokens.staff);
    await act('withdrawApplication', metropole.id, 2, tokens.metropole);
    // The withdrawal offered Riom the freed place (version 3).
    expect((await act('acceptOffer', riom.id, 3, tokens.riom)).acceptOffer.status).toBe('ACCEPTED');

    const view = `query($id: ID!) { cohort(id: $id) { name enrolledCount enrolments { territory { name } } applications { totalCount edges { node { territory { name } status history { from to } } } } } }`;
    const seenByRiom = (await gateway(view, { id: cohort.id }, tokens.riom)).cohort;
    expect(seenByRiom.enrolments).toEqual([{ territory: { name: 'Riom' } }]);
    expect(seenByRiom.applications.edges).toEqual([
      { node: { territory: { name: 'Riom' }, status: 'ACCEPTED', history: [{ from: null, to: 'SUBMITTED' }, { from: 'SUBMITTED', to: 'WAITLISTED' }, { from: 'WAITLISTED', to: 'OFFERED' }, { from: 'OFFERED', to: 'ACCEPTED' }] } },
    ]);
    expect((await gateway(view, { id: cohort.id }, tokens.staff)).cohort.applications.totalCount).toBe(2);
    expect((await gateway(view, { id: cohort.id })).cohort.applications.totalCount).toBe(0);

    const territory = await gateway(`{ territory(code: "63300", level: COMMUNE) { name enrolments { edges { node { cohort { name } } } } applications { totalCount } } }`, {}, tokens.riom);
    expect(territory.territory).toEqual({ name: 'Riom', enrolments: { edges: [{ node: { cohort: { name: 'Promotion auvergnate' } } }] }, applications: { totalCount: 1 } });
  });

  it('serves dashboard statistics with région names', async () => {
    const data = await gateway(`{ conventionStatistics { conventionsByRegion { region { name } count } cohortFill { cohort { name } fillRate } } }`);
    expect(data.conventionStatistics.conventionsByRegion[0]).toEqual({ region: { name: 'Auvergne-Rhône-Alpes' }, count: 2 });
    expect(data.conventionStatistics.cohortFill.map((c: { cohort: { name: string } }) => c.cohort.name)).toContain('Promotion pilote nationale 2021-2022');
  });
});

import { graphql } from '@fabrique/kit/testing';
import { startConventions } from './support';

const TERRITORY_CONVENTIONS = `query($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Territory { id conventions { totalCount edges { node { title status } } } } }
}`;

describe('conventions and programmes (conventions subgraph, real database)', () => {
  let conventions: Awaited<ReturnType<typeof startConventions>>;
  beforeAll(async () => {
    conventions = await startConventions();
  });
  afterAll(() => conventions.stop());

  it('lists the four programmes with their rules as data', async () => {
    const res = await graphql(conventions.url, '{ programmes { kind rules { minDays maxDays cycleMonths cohortCapacity nationalCapacity } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.programmes).toEqual([
      { kind: 'INITIATION_DAY', rules: { minDays: 1, maxDays: 1, cycleMonths: null, cohortCapacity: null, nationalCapacity: null } },
      { kind: 'SHORT_DIAGNOSTIC', rules: { minDays: 3, maxDays: 5, cycleMonths: null, cohortCapacity: null, nationalCapacity: null } },
      { kind: 'PILOT_COHORT', rules: { minDays: 5, maxDays: 8, cycleMonths: 12, cohortCapacity: 10, nationalCapacity: null } },
      { kind: 'EXPERIMENTAL_SUPPORT', rules: { minDays: null, maxDays: null, cycleMonths: null, cohortCapacity: null, nationalCapacity: 5 } },
    ]);
  });

  it('holds the Puy-de-Dôme convention with its two parties and four numbered commitments', async () => {
    const res = await graphql(conventions.url, '{ conventions(status: ACTIVE) { totalCount edges { node { status signedOn parties { role actor { __typename id } } commitments { number title } } } } }');
    expect(res.data.conventions.totalCount).toBe(1);
    const convention = res.data.conventions.edges[0].node;
    expect(convention.parties.map((p: { actor: unknown }) => p.actor)).toEqual([
      { __typename: 'Territory', id: 'DEPARTEMENT:63' },
      { __typename: 'Organisation', id: expect.any(String) },
    ]);
    expect(convention.commitments.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4]);
  });

  it("files a territory's convention under every territory containing it, and no other", async () => {
    const res = await graphql(conventions.url, TERRITORY_CONVENTIONS, {
      reps: ['DEPARTEMENT:63', 'REGION:84', 'DEPARTEMENT:01'].map((id) => ({ __typename: 'Territory', id })),
    });
    expect(res.data._entities.map((t: { conventions: { totalCount: number } }) => t.conventions.totalCount)).toEqual([1, 1, 0]);
  });

  it('filters by status', async () => {
    const res = await graphql(conventions.url, '{ conventions(status: ENDED) { totalCount edges { node { title } } } }');
    expect(res.data.conventions).toEqual({ totalCount: 0, edges: [] });
  });
});

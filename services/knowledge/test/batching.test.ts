import { demoOrganisationId, DEMO_ORGANISATIONS, stableId } from '@fabrique/kit';
import { graphql } from '@fabrique/kit/testing';
import { startKnowledge, type Knowledge } from './support';

/** Metropolitan départements 01 to 95 (Corsica is 2A and 2B). */
const DEPARTEMENTS = Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0'))
  .flatMap((code) => (code === '20' ? ['2A', '2B'] : [code]))
  .map((code) => `DEPARTEMENT:${code}`);

const ENTITIES = `query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) {
  ... on Territory { id experiences(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id themes { label } } } } }
  ... on Organisation { id experiences(first: $first) { totalCount edges { node { id themes { label } } } } resources(first: $first) { totalCount edges { node { id } } } }
  ... on Theme { id experiences(first: $first) { totalCount edges { node { id publisher { id } } } } }
  ... on Programme { id experiences(first: $first) { totalCount edges { node { id } } } }
  ... on Convention { id experiences(first: $first) { totalCount edges { node { id } } } }
} }`;

describe('batching: database round trips do not grow with list sizes', () => {
  let knowledge: Knowledge;
  const entities = async (representations: Array<Record<string, string>>, variables: Record<string, unknown> = {}) => {
    const res = await graphql(knowledge.url, ENTITIES, { r: representations, first: 3, ...variables });
    expect(res.errors).toBeUndefined();
    return { data: res.data._entities, roundTrips: Number(res.headers.get('x-fabrique-db-round-trips')) };
  };
  const territories = (n: number) => ['DEPARTEMENT:63', 'REGION:84', ...DEPARTEMENTS].slice(0, n).map((id) => ({ __typename: 'Territory', id }));

  beforeAll(async () => {
    knowledge = await startKnowledge();
  });
  afterAll(() => knowledge.stop());

  it('answers 5 or 50 territories asking for their experiences and themes in the same number of round trips', async () => {
    const five = await entities(territories(5));
    const fifty = await entities(territories(50));
    expect(fifty.roundTrips).toBe(five.roundTrips);
    expect(five.roundTrips).toBeLessThanOrEqual(3);
    expect(fifty.data).toHaveLength(50);
    const puyDeDome = fifty.data[0].experiences;
    expect(puyDeDome.totalCount).toBe(10);
    expect(puyDeDome.edges).toHaveLength(3);
    expect(puyDeDome.edges[0].node.themes.length).toBeGreaterThan(0);
  });

  it('gives each parent its own page, the same as the top-level list', async () => {
    const { data } = await entities(territories(2));
    for (const [i, territory] of ['DEPARTEMENT:63', 'REGION:84'].entries()) {
      const list = await graphql(knowledge.url, 'query($t: ID) { experiences(first: 3, filter: { territory: $t }) { totalCount edges { node { id } } } }', { t: territory });
      expect(data[i].experiences.totalCount).toBe(list.data.experiences.totalCount);
      expect(data[i].experiences.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(list.data.experiences.edges.map((e: { node: { id: string } }) => e.node.id));
    }
    const next = await entities(territories(1), { after: data[0].experiences.pageInfo.endCursor });
    const all = await graphql(knowledge.url, '{ experiences(first: 6, filter: { territory: "DEPARTEMENT:63" }) { edges { node { id } } } }');
    expect(next.data[0].experiences.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      all.data.experiences.edges.slice(3).map((e: { node: { id: string } }) => e.node.id),
    );
  });

  it('batches organisations, themes and programmes the same way', async () => {
    const kinds: Record<string, (n: number) => Array<Record<string, string>>> = {
      organisations: (n) => DEMO_ORGANISATIONS.slice(0, n).map((o) => ({ __typename: 'Organisation', id: demoOrganisationId(o.slug) })),
      themes: (n) => ['energie', 'mobilite', 'alimentation', 'eau', 'enjeux-sociaux', 'enjeux-democratiques'].slice(0, n).map((id) => ({ __typename: 'Theme', id })),
      programmes: (n) => ['PILOT_COHORT', 'SHORT_DIAGNOSTIC', 'INITIATION_DAY', 'EXPERIMENTAL_SUPPORT'].slice(0, n).map((k) => ({ __typename: 'Programme', id: stableId('programme', k) })),
    };
    for (const [kind, representations] of Object.entries(kinds)) {
      const small = await entities(representations(2));
      const large = await entities(representations(12));
      expect([kind, large.roundTrips]).toEqual([kind, small.roundTrips]);
    }
    const convention = await entities([{ __typename: 'Convention', id: stableId('convention', 'puy-de-dome-2021') }]);
    expect(convention.data[0].experiences.totalCount).toBeGreaterThanOrEqual(5);
  });

  it('lists 5 or 40 experiences with their themes, journeys and revisions access in the same round trips', async () => {
    const query = `query($first: Int) { experiences(first: $first) { totalCount edges { node { id themes { label parent { label } } learningJourneys { id } } } } }`;
    const measure = async (first: number) => Number((await graphql(knowledge.url, query, { first })).headers.get('x-fabrique-db-round-trips'));
    expect(await measure(40)).toBe(await measure(5));
  });
});

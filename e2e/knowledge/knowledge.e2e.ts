import { demoOrganisationId } from '@fabrique/kit';
import { graphql, identityHeaders } from '@fabrique/kit/testing';
import { useStack } from '../harness/stack';

/** Callers sent straight to the knowledge subgraph, as the gateway would sign them. */
const as = {
  staff: identityHeaders({ role: 'STAFF', subject: 'moderator-1' }),
  livradois: identityHeaders({ role: 'PARTNER', subject: 'maelle', organisationId: demoOrganisationId('cooperative-energies-citoyennes-livradois') }),
};

/** The knowledge subgraph inside the whole federated platform, through the gateway. */
describe('knowledge through the gateway (end to end)', () => {
  const stack = useStack({ seed: true });

  const gateway = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await graphql(stack.graphqlUrl, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it('shows the Puy-de-Dôme’s experiences with their publishers’ names from the actors subgraph', async () => {
    // Small queries: on FerretDB every territory lookup of the actors subgraph scans its collection.
    const data = await gateway(`{ experiences(first: 20, filter: { territory: "DEPARTEMENT:63" }) { totalCount
      edges { node { title publisher { __typename name } themes { label parent { label } } convention { id title } } } } }`);
    expect(data.experiences.totalCount).toBeGreaterThanOrEqual(8);
    const publishers = new Set(data.experiences.edges.map((e: { node: { publisher: { name: string } } }) => e.node.publisher.name));
    for (const name of ['Puy-de-Dôme', 'Coopérative Énergies citoyennes du Livradois', 'Collectif Transitions Dômes']) expect(publishers.has(name)).toBe(true);
    const withConvention = data.experiences.edges.find((e: { node: { convention: unknown } }) => e.node.convention);
    expect(withConvention.node.convention.title).toMatch(/Puy-de-Dôme/);
  });

  it('adds experiences and learning journeys to the territory and its convention', async () => {
    const data = await gateway(`{ territory(code: "63", level: DEPARTEMENT) { name experiences(first: 1) { totalCount }
      learningJourneys { edges { node { title host { name } seatsLeft visits { title experience { title } } } } }
      conventions { edges { node { title experiences(first: 1) { totalCount } } } } }
      programmes { kind experiences(first: 1) { totalCount } resources { edges { node { kind } } } } }`);
    const pilot = data.programmes.find((p: { kind: string }) => p.kind === 'PILOT_COHORT');
    expect(pilot.experiences.totalCount).toBeGreaterThanOrEqual(3);
    expect(pilot.resources.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['TRAINING_MATERIAL']);
    const territory = data.territory;
    expect(territory.experiences.totalCount).toBeGreaterThanOrEqual(8);
    expect(territory.conventions.edges[0].node.experiences.totalCount).toBeGreaterThanOrEqual(5);
    const journey = territory.learningJourneys.edges[0].node;
    expect(journey.host.name).toBe('Puy-de-Dôme');
    expect(journey.visits[0].experience.title).toMatch(/Puy-de-Dôme/);
  });

  it('searches in French and names the publisher of each hit', async () => {
    const data = await gateway(`{ searchKnowledge(query: "toitures solaires citoyennes", first: 3) { totalCount terms
      edges { node { type item { ... on Experience { title publisher { name } } ... on Resource { title kind } } snippet { html } } } } }`);
    // The video has the three words in its title; the experience two of them in its title.
    const top = data.searchKnowledge.edges.map((e: { node: { item: unknown } }) => e.node.item);
    expect(top[0]).toMatchObject({ kind: 'VIDEO' });
    expect(top).toEqual(expect.arrayContaining([
      { title: 'Vidéo : les toitures solaires citoyennes du Livradois en cinq minutes', kind: 'VIDEO' },
      { title: 'Des toitures solaires financées par les habitants du Livradois-Forez', publisher: { name: 'Coopérative Énergies citoyennes du Livradois' } },
    ]));
    expect(data.searchKnowledge.edges[0].node.snippet.html).toContain('<mark>');
    const plural = await gateway(`{ searchKnowledge(query: "mobilites velos", filter: { territory: "DEPARTEMENT:63" }) { edges { node { item { ... on Experience { title } } } } } }`);
    expect(plural.searchKnowledge.edges[0].node.item.title).toMatch(/réseau cyclable/);
  });

  it('publishes a partner’s experience and then finds it through the gateway', async () => {
    const knowledge = stack.subgraphs.knowledge.url;
    const created = await graphql(knowledge, `mutation { createExperience(input: { title: "Méthaniseur agricole partagé à Riom", summary: "Six fermes alimentent un méthaniseur collectif.", body: "Le montage, les contrats et les premiers bilans.",
      territoryIds: ["COMMUNE:63300"], themeIds: ["energie"] }) { id } }`, {}, as.livradois);
    const id = created.data.createExperience.id;
    await graphql(knowledge, `mutation($id: ID!) { submitExperience(input: { id: $id, expectedVersion: 1 }) { id } }`, { id }, as.livradois);
    const before = await gateway(`{ searchKnowledge(query: "méthaniseurs") { totalCount } }`);
    expect(before.searchKnowledge.totalCount).toBe(0);
    await graphql(knowledge, `mutation($id: ID!) { publishExperience(input: { id: $id, expectedVersion: 2 }) { id } }`, { id }, as.staff);
    const after = await gateway(`{ searchKnowledge(query: "méthaniseurs") { edges { node { item { ... on Experience { id publisher { name } territories { name } } } } } } }`);
    expect(after.searchKnowledge.edges[0].node.item).toEqual({ id, publisher: { name: 'Coopérative Énergies citoyennes du Livradois' }, territories: [{ name: 'Riom' }] });
  });

  it('serves dashboard statistics with territory and publisher names', async () => {
    const data = await gateway(`{ knowledgeStatistics { experienceCount experiencesByTheme { theme { label } count }
      experiencesByTerritory(level: REGION, first: 3) { territory { name } count } topPublishers(first: 3) { publisher { name } publishedExperiences } } }`);
    const stats = data.knowledgeStatistics;
    expect(stats.experienceCount).toBeGreaterThanOrEqual(30);
    expect(stats.experiencesByTerritory[0].territory.name).toBe('Auvergne-Rhône-Alpes');
    expect(stats.topPublishers[0].publisher.name).toBeTruthy();
    expect(stats.experiencesByTheme.find((t: { theme: { label: string } }) => t.theme.label === 'Enjeux écologiques').count).toBeGreaterThan(10);
  });
});

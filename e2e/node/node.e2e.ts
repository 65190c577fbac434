// Global object identification through the gateway: `node(id:)` and `nodes(ids:)` answer any object
// of the three subgraphs by its id, with the access rules of the type's own query, in one request per
// subgraph; `territory(id:)` beside `territory(code:)`.
import { demoOrganisationId } from '@fabrique/kit';
import { errorCodes, graphql, identityHeaders } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const admin = bearer(TEST_ADMIN_TOKEN);
const livradois = identityHeaders({ role: 'PARTNER', subject: 'maelle', organisationId: demoOrganisationId('cooperative-energies-citoyennes-livradois') });

const NODE = `query Node($id: ID!) { node(id: $id) { __typename id
  ... on Territory { name level } ... on Organisation { name } ... on Person { name } ... on Position { positionRole: role }
  ... on Alliance { name } ... on Membership { role } ... on ApiToken { name }
  ... on Convention { title } ... on Programme { kind } ... on Cohort { name } ... on Application { status } ... on Diagnostic { programme { kind } }
  ... on Experience { title } ... on Resource { title } ... on Theme { label } ... on LearningJourney { title } } }`;
const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Territory { name } ... on Convention { title } ... on Experience { title } ... on Theme { label } } }`;

describe('node and nodes: any object by its global id, through the gateway', () => {
  const stack = useStack({ seed: true });
  /** One id of each type, read from the lists of the seeded platform. */
  const ids: Record<string, string> = {};

  const read = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) => {
    const res = await graphql(stack.graphqlUrl, query, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    const actors = await read(`{ territory(code: "63", level: DEPARTEMENT) { id }
      organisations(first: 1) { edges { node { id } } }
      people(first: 50) { edges { node { id positions(filter: { includeEnded: true }) { id } } } }
      alliances(first: 1) { edges { node { id members(first: 1) { edges { node { id } } } } } } }`);
    const issued = await read(`mutation { issueApiToken(input: { name: "Node test", role: STAFF }) { token { id } } }`);
    const people = actors.people.edges.map((e: { node: { id: string; positions: Array<{ id: string }> } }) => e.node);
    Object.assign(ids, {
      Territory: actors.territory.id,
      Organisation: actors.organisations.edges[0].node.id,
      Person: people[0].id,
      Position: people.find((p: { positions: unknown[] }) => p.positions.length > 0)?.positions[0].id,
      Alliance: actors.alliances.edges[0].node.id,
      Membership: actors.alliances.edges[0].node.members.edges[0].node.id,
      ApiToken: issued.issueApiToken.token.id,
    });
    const conventions = await read(`{ conventions(first: 1) { edges { node { id } } } programmes { id }
      cohorts(first: 1) { edges { node { id } } } applications(first: 1) { edges { node { id } } } diagnostics(first: 1) { edges { node { id } } } }`);
    Object.assign(ids, {
      Convention: conventions.conventions.edges[0].node.id,
      Programme: conventions.programmes[0].id,
      Cohort: conventions.cohorts.edges[0].node.id,
      Application: conventions.applications.edges[0].node.id,
      Diagnostic: conventions.diagnostics.edges[0].node.id,
    });
    const knowledge = await read(`{ experiences(first: 1) { edges { node { id } } } resources(first: 1) { edges { node { id } } }
      themes { id } learningJourneys(first: 1) { edges { node { id } } } }`);
    Object.assign(ids, {
      Experience: knowledge.experiences.edges[0].node.id,
      Resource: knowledge.resources.edges[0].node.id,
      Theme: knowledge.themes[0].id,
      LearningJourney: knowledge.learningJourneys.edges[0].node.id,
    });
  });

  it('answers an object of every type of every subgraph, with its fragment’s fields', async () => {
    expect(Object.keys(ids)).toHaveLength(16);
    for (const [type, id] of Object.entries(ids)) {
      expect(id).toEqual(expect.any(String));
      const { node } = await read(NODE, { id });
      expect(node).toMatchObject({ __typename: type, id });
      // The fields of its fragment come from the subgraph that owns the type.
      expect(Object.keys(node).length).toBeGreaterThan(2);
      expect(Object.values(node).every((v) => v !== null)).toBe(true);
    }
    const { node } = await read(NODE, { id: 'DEPARTEMENT:63' }, {});
    expect(node).toEqual({ __typename: 'Territory', id: 'DEPARTEMENT:63', name: 'Puy-de-Dôme', level: 'DEPARTEMENT' });
    const convention = await read(`query($id: ID!) { node(id: $id) { ... on Convention { title parties { actor { name } } } } }`, { id: ids.Convention }, {});
    expect(convention.node.title).toMatch(/./);
    expect(convention.node.parties.length).toBeGreaterThan(0);
  });

  it('answers a list of ids of several types in order, null for an unknown id, in one request per subgraph', async () => {
    const list = [ids.Experience, 'DEPARTEMENT:63', ids.Convention, 'ffffffffffffffffffffffff', ids.Theme, 'COMMUNE:63113', ids.Cohort, ids.Resource, ids.Organisation];
    const before = await stack.subgraphRequests();
    const { nodes } = await read(NODES, { ids: list }, {});
    const after = await stack.subgraphRequests();
    expect(nodes.map((n: { __typename: string } | null) => n?.__typename ?? null)).toEqual([
      'Experience', 'Territory', 'Convention', null, 'Theme', 'Territory', 'Cohort', 'Resource', 'Organisation',
    ]);
    expect(nodes[0].title).toMatch(/./);
    expect(nodes[1].name).toBe('Puy-de-Dôme');
    expect(nodes[5].name).toBe('Clermont-Ferrand');
    // actors answers `nodes` once; conventions and knowledge are each asked once which ids are theirs
    // (by actors) and read once as entities (by the gateway), however many ids they hold.
    expect(after.actors - before.actors).toBe(1);
    expect(after.conventions - before.conventions).toBe(2);
    expect(after.knowledge - before.knowledge).toBe(2);
    // Only actors' own ids: nobody else is asked.
    const again = await stack.subgraphRequests();
    const own = await read(NODES, { ids: ['REGION:84', 'DEPARTEMENT:15'] }, {});
    expect(own.nodes.map((n: { name: string }) => n.name)).toEqual(['Auvergne-Rhône-Alpes', 'Cantal']);
    const last = await stack.subgraphRequests();
    expect([last.conventions - again.conventions, last.knowledge - again.knowledge]).toEqual([0, 0]);
  });

  it('answers null for what the caller may not see, as the type’s own query does', async () => {
    const created = await graphql(stack.subgraphs.knowledge.url, `mutation { createExperience(input: { title: "Brouillon invisible pour node", summary: "Un brouillon." }) { id } }`, {}, livradois);
    const draft = created.data.createExperience.id;
    const anonymous = await graphql(stack.graphqlUrl, NODE, { id: draft });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.node).toBeNull();
    const own = await graphql(stack.graphqlUrl, `query($id: ID!) { experience(id: $id) { id } }`, { id: draft });
    expect(own.data.experience).toBeNull();
    const staff = await read(NODE, { id: draft });
    expect(staff.node).toMatchObject({ __typename: 'Experience', id: draft, title: 'Brouillon invisible pour node' });
    // Its publisher sees it: the peer subgraphs are asked under the caller's identity.
    const issued = await read(`mutation($org: ID!) { issueApiToken(input: { name: "Livradois", role: PARTNER, organisationId: $org }) { secret } }`, {
      org: demoOrganisationId('cooperative-energies-citoyennes-livradois'),
    });
    const publisher = await read(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Experience { status } } }`, { ids: [draft] }, bearer(issued.issueApiToken.secret));
    expect(publisher.nodes).toEqual([{ id: draft, status: 'DRAFT' }]);

    // An API token, an application and a diagnostic are staff's (or their territory's) to read.
    for (const type of ['ApiToken', 'Application', 'Diagnostic']) {
      const res = await graphql(stack.graphqlUrl, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [ids[type], ids.Territory] });
      expect(res.errors).toBeUndefined();
      expect(res.data.nodes).toEqual([null, { id: ids.Territory }]);
    }
  });

  it('answers null with a BAD_USER_INPUT for a malformed id, and refuses more than 100 ids', async () => {
    const single = await graphql(stack.graphqlUrl, NODE, { id: 'not an id!' });
    expect(single.data.node).toBeNull();
    expect(errorCodes(single)).toEqual(['BAD_USER_INPUT']);
    expect(single.errors![0]!.message).toMatch(/not a global id.*DEPARTEMENT:63/);

    const mixed = await graphql(stack.graphqlUrl, NODES, { ids: ['DEPARTEMENT:63', 'Bad Id', 'DEPARTEMENT:99'] });
    expect(mixed.data.nodes).toEqual([{ __typename: 'Territory', id: 'DEPARTEMENT:63', name: 'Puy-de-Dôme' }, null, null]);
    expect(mixed.errors).toHaveLength(1);
    expect(mixed.errors![0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'BAD_USER_INPUT', field: 'ids.1' } });

    const tooMany = await graphql(stack.graphqlUrl, NODES, { ids: Array.from({ length: 101 }, (_, i) => `COMMUNE:63${String(i).padStart(3, '0')}`) });
    expect(tooMany.data?.nodes ?? null).toBeNull();
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.message).toMatch(/at most 100 ids/);

    // The subgraphs' internal lookups are not part of the gateway's schema.
    const internal = await graphql(stack.graphqlUrl, `{ _conventionsNodeTypes(ids: ["DEPARTEMENT:63"]) }`);
    expect(errorCodes(internal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('finds a territory by id beside by code, and names `id` when a code is a territory id', async () => {
    const data = await read(`{ byId: territory(id: "DEPARTEMENT:63") { name } byCode: territory(code: "63", level: DEPARTEMENT) { id name } unknown: territory(id: "COMMUNE:00000") { id } }`, {}, {});
    expect(data).toEqual({ byId: { name: 'Puy-de-Dôme' }, byCode: { id: 'DEPARTEMENT:63', name: 'Puy-de-Dôme' }, unknown: null });

    const hint = await graphql(stack.graphqlUrl, `{ territory(code: "DEPARTEMENT:63") { name } }`);
    expect(hint.data.territory).toBeNull();
    expect(hint.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'code', hint: 'territory(id: "DEPARTEMENT:63")' } });
    expect(hint.errors![0]!.message).toMatch(/territory id.*territory\(id: "DEPARTEMENT:63"\)/);

    for (const query of [`{ territory { name } }`, `{ territory(id: "DEPARTEMENT:63", code: "63") { name } }`, `{ territory(id: "63") { name } }`]) {
      const res = await graphql(stack.graphqlUrl, query);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

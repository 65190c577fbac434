// The API conventions (README, "API conventions") through the gateway: every connection has `nodes`
// beside `edges`, count fields have their conventional names beside the deprecated ones (same values),
// and a list filtered by status takes one `statuses` list (the single `status` is deprecated, same result),
// the api tokens' filter included (its single `status` is gone since v1: only `statuses`).
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const admin = bearer(TEST_ADMIN_TOKEN);

type Page = { edges: Array<{ node: unknown }>; nodes: unknown[] };

/** `nodes` is exactly the edges' nodes, in their order. */
const expectNodesOfEdges = (page: Page) => expect(page.nodes).toEqual(page.edges.map((e) => e.node));

describe('API conventions through the gateway', () => {
  const stack = useStack({ seed: true });

  const read = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) => {
    const res = await graphql(stack.graphqlUrl, query, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  describe('connections: nodes beside edges', () => {
    it('lists the edges’ nodes in the same order on the actors subgraph’s connections', async () => {
      const data = await read(`{
        territories(filter: { level: DEPARTEMENT }, first: 5) { edges { node { id name } } nodes { id name } }
        organisations(first: 3) { edges { node { id } } nodes { id } }
        people(first: 3) { edges { node { id } } nodes { id } }
        alliances(first: 2) { edges { node { id members(first: 4) { edges { node { id role } } nodes { id role } } } }
          nodes { id members(first: 4) { edges { node { id role } } nodes { id role } } } }
        apiTokens(first: 2) { edges { node { id } } nodes { id } } }`);
      expect(data.territories.nodes).toHaveLength(5);
      for (const page of [data.territories, data.organisations, data.people, data.alliances, data.apiTokens]) expectNodesOfEdges(page);
      expect(data.alliances.edges[0].node.members.nodes.length).toBeGreaterThan(0);
      expectNodesOfEdges(data.alliances.edges[0].node.members);
    });

    it('does the same on the conventions subgraph’s connections, nested under another subgraph’s type too', async () => {
      const data = await read(`{
        conventions(first: 4) { edges { node { id title } } nodes { id title } }
        territory(code: "63", level: DEPARTEMENT) { conventions(first: 3) { edges { node { id } } nodes { id } } }
        programme(kind: PILOT_COHORT) { cohorts(first: 3) { edges { node { id } } nodes { id } } }
        applications(first: 3) { edges { node { id status } } nodes { id status } }
        diagnostics(first: 2) { edges { node { id } } nodes { id } }
        conventionStatistics { conventionProgress(first: 3) { edges { node { convention { id } progress } } nodes { convention { id } progress } } } }`);
      expect(data.conventions.nodes.length).toBeGreaterThan(0);
      expect(data.territory.conventions.nodes.length).toBeGreaterThan(0);
      for (const page of [data.conventions, data.territory.conventions, data.programme.cohorts, data.applications, data.diagnostics,
        data.conventionStatistics.conventionProgress]) expectNodesOfEdges(page);
    });

    it('does the same on the knowledge subgraph’s connections, search included', async () => {
      const data = await read(`{
        experiences(first: 4) { edges { node { id title } } nodes { id title } }
        resources(first: 3) { edges { node { id } } nodes { id } }
        learningJourneys(first: 2) { edges { node { id } } nodes { id } }
        searchKnowledge(query: "toitures solaires", first: 3) { edges { node { type item { ... on Experience { id } ... on Resource { id } } } }
          nodes { type item { ... on Experience { id } ... on Resource { id } } } } }`);
      expect(data.experiences.nodes).toHaveLength(4);
      expect(data.searchKnowledge.nodes.length).toBeGreaterThan(0);
      for (const page of [data.experiences, data.resources, data.learningJourneys, data.searchKnowledge]) expectNodesOfEdges(page);
      const id = data.experiences.nodes[0].id;
      const revisions = await read(`query ($id: ID!) { experience(id: $id) { revisions(first: 3) { edges { node { version } } nodes { version } } } }`, { id });
      expect(revisions.experience.revisions.nodes.length).toBeGreaterThan(0);
      expectNodesOfEdges(revisions.experience.revisions);
    });

    it('gives an empty list for an empty page, and checks its arguments as before', async () => {
      const empty = await read('{ territories(first: 0) { edges { cursor } nodes { id } pageInfo { hasNextPage } } }');
      expect(empty.territories).toMatchObject({ edges: [], nodes: [] });
      const refused = await graphql(stack.graphqlUrl, '{ experiences(first: 1000) { nodes { id } } }', {}, admin);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0]!.extensions).toMatchObject({ field: 'first' });
    });

    it('declares nodes: [X!]! on every connection type, X being its edges’ node type, documented', async () => {
      const data = await read(`{ __schema { types { name kind fields { name description
        type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`);
      type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
      const print = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${print(t.ofType!)}!` : t.kind === 'LIST' ? `[${print(t.ofType!)}]` : t.name!);
      const types = data.__schema.types as Array<{ name: string; kind: string; fields: Array<{ name: string; description: string | null; type: TypeRef }> | null }>;
      const field = (type: string, name: string) => types.find((t) => t.name === type)?.fields?.find((f) => f.name === name);
      const connections = types.filter((t) => t.kind === 'OBJECT' && t.name.endsWith('Connection')).map((t) => t.name);
      expect(connections.length).toBeGreaterThanOrEqual(17);
      for (const connection of connections) {
        const nodes = field(connection, 'nodes');
        const node = field(connection.replace(/Connection$/, 'Edge'), 'node')!;
        expect({ connection, type: nodes && print(nodes.type), documented: Boolean(nodes?.description) })
          .toEqual({ connection, type: `[${print(node.type)}]!`, documented: true });
      }
    });
  });

  describe('count fields: <thing>Count and <things>By<Key>, the old names deprecated with the same values', () => {
    it('alliance statistics', async () => {
      const data = await read(`{ alliance(slug: "fabrique-des-transitions") { statistics {
        membersByRegion { region { id } territories organisations total territoryCount organisationCount memberCount }
        territoriesByRegion { region { id } engagedTerritories engagedTerritoryCount communesCovered coveredCommuneCount
          byLevel { level count } territoriesByLevel { level count } } } } }`);
      const { membersByRegion, territoriesByRegion } = data.alliance.statistics;
      expect(membersByRegion.some((r: { memberCount: number }) => r.memberCount > 0)).toBe(true);
      for (const r of membersByRegion) {
        expect([r.territoryCount, r.organisationCount, r.memberCount]).toEqual([r.territories, r.organisations, r.total]);
      }
      expect(territoriesByRegion.some((r: { engagedTerritoryCount: number }) => r.engagedTerritoryCount > 0)).toBe(true);
      for (const r of territoriesByRegion) {
        expect([r.engagedTerritoryCount, r.coveredCommuneCount, r.territoriesByLevel]).toEqual([r.engagedTerritories, r.communesCovered, r.byLevel]);
      }
    });

    it('convention statistics and commitment progress', async () => {
      const data = await read(`{ conventionStatistics {
          cohortFill(first: 10) { enrolled enrolledCount offered offeredCount }
          conventionProgress(first: 20) { nodes { commitments { lateMilestones lateMilestoneCount } } } }
        conventions(first: 20) { nodes { commitments { progress { milestonesTotal milestoneCount milestonesDone doneMilestoneCount lateMilestones lateMilestoneCount } } } } }`);
      const fills = data.conventionStatistics.cohortFill;
      expect(fills.some((f: { enrolledCount: number }) => f.enrolledCount > 0)).toBe(true);
      for (const f of fills) expect([f.enrolledCount, f.offeredCount]).toEqual([f.enrolled, f.offered]);
      const summaries = data.conventionStatistics.conventionProgress.nodes.flatMap((n: { commitments: unknown[] }) => n.commitments);
      expect(summaries.length).toBeGreaterThan(0);
      for (const c of summaries) expect(c.lateMilestoneCount).toBe(c.lateMilestones);
      const progress = data.conventions.nodes.flatMap((n: { commitments: Array<{ progress: unknown }> }) => n.commitments.map((c) => c.progress));
      expect(progress.some((p: { milestoneCount: number }) => p.milestoneCount > 0)).toBe(true);
      for (const p of progress) {
        expect([p.milestoneCount, p.doneMilestoneCount, p.lateMilestoneCount]).toEqual([p.milestonesTotal, p.milestonesDone, p.lateMilestones]);
      }
    });

    it('knowledge statistics', async () => {
      const data = await read(`{ knowledgeStatistics { experienceCount publishedPerMonth { month count } experiencesByMonth { month count }
        topPublishers(first: 5) { publisher { id } publishedExperiences experienceCount } } }`);
      const stats = data.knowledgeStatistics;
      expect(stats.experiencesByMonth.length).toBeGreaterThan(0);
      expect(stats.experiencesByMonth).toEqual(stats.publishedPerMonth);
      expect(stats.experiencesByMonth.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBeLessThanOrEqual(stats.experienceCount);
      expect(stats.topPublishers.length).toBeGreaterThan(0);
      for (const p of stats.topPublishers) expect(p.experienceCount).toBe(p.publishedExperiences);
    });

    it('journey registrations: participantCount', async () => {
      const data = await read('{ learningJourneys(first: 10) { nodes { registrations { participants participantCount } } } }');
      const registrations = data.learningJourneys.nodes.flatMap((j: { registrations: unknown[] }) => j.registrations);
      expect(registrations.length).toBeGreaterThan(0);
      for (const r of registrations) expect(r.participantCount).toBe(r.participants);
    });

    it('marks every old name deprecated, naming its replacement', async () => {
      const data = await read(`{ __schema { types { name fields(includeDeprecated: true) { name isDeprecated deprecationReason } } } }`);
      const reasons = new Map<string, string | null>();
      for (const t of data.__schema.types as Array<{ name: string; fields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> | null }>) {
        for (const f of t.fields ?? []) if (f.isDeprecated) reasons.set(`${t.name}.${f.name}`, f.deprecationReason);
      }
      expect(Object.fromEntries(['AllianceRegionCount.territories', 'AllianceRegionCount.total', 'AllianceRegionEngagement.engagedTerritories',
        'AllianceRegionEngagement.communesCovered', 'AllianceRegionEngagement.byLevel', 'CohortFill.enrolled', 'CommitmentProgress.milestonesTotal',
        'CommitmentProgressSummary.lateMilestones', 'PublisherActivity.publishedExperiences', 'KnowledgeStatistics.publishedPerMonth'].map((c) => [c, reasons.get(c)])))
        .toEqual({
          'AllianceRegionCount.territories': 'Use `territoryCount` instead.',
          'AllianceRegionCount.total': 'Use `memberCount` instead.',
          'AllianceRegionEngagement.engagedTerritories': 'Use `engagedTerritoryCount` instead.',
          'AllianceRegionEngagement.communesCovered': 'Use `coveredCommuneCount` instead.',
          'AllianceRegionEngagement.byLevel': 'Use `territoriesByLevel` instead.',
          'CohortFill.enrolled': 'Use `enrolledCount` instead.',
          'CommitmentProgress.milestonesTotal': 'Use `milestoneCount` instead.',
          'CommitmentProgressSummary.lateMilestones': 'Use `lateMilestoneCount` instead.',
          'PublisherActivity.publishedExperiences': 'Use `experienceCount` instead.',
          'KnowledgeStatistics.publishedPerMonth': 'Use `experiencesByMonth` instead.',
        });
      expect(reasons.get('JourneyRegistration.participants')).toBe('Use participantCount instead.');
    });
  });

  describe('status filters: one `statuses` list', () => {
    it('answers statuses: [X] as the deprecated status: X, and several statuses as their union', async () => {
      const data = await read(`{
        list: conventions(filter: { statuses: [ACTIVE] }, first: 50) { totalCount nodes { id } }
        other: conventions(filter: { statuses: [SIGNED, IN_PREPARATION] }, first: 50) { totalCount }
        both: conventions(filter: { statuses: [ACTIVE, SIGNED, IN_PREPARATION] }, first: 50) { totalCount } }`);
      expect(data.list.totalCount).toBeGreaterThan(0);
      expect(data.both.totalCount).toBe(data.list.totalCount + data.other.totalCount);
    });

    it('takes filter.statuses on experiences and resources (filter.status is gone since v1)', async () => {
      const data = await read(`{
        new: experiences(first: 50, filter: { statuses: [DRAFT, SUBMITTED, PUBLISHED] }) { totalCount nodes { id status } }
        published: experiences(first: 1) { totalCount }
        resources: resources(first: 50, filter: { statuses: [PUBLISHED] }) { totalCount }
        defaultResources: resources(first: 50) { totalCount } }`);
      expect(data.new.totalCount).toBeGreaterThan(data.published.totalCount);
      expect(data.resources.totalCount).toBe(data.defaultResources.totalCount);
    });

    it('takes filter.statuses on api tokens (the single status is gone since v1)', async () => {
      // An active token and a revoked one, so that every status but EXPIRED has tokens to compare.
      const ISSUE = 'mutation { issueApiToken(input: { name: "conventions check", role: ADMIN }) { token { id } } }';
      await read(ISSUE);
      const id = (await read(ISSUE)).issueApiToken.token.id;
      await read('mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { id } }', { id });
      const data = await read(`{
        activeList: apiTokens(first: 100, filter: { statuses: [ACTIVE] }) { totalCount nodes { id status } }
        revokedList: apiTokens(first: 100, filter: { statuses: [REVOKED] }) { totalCount nodes { id status } }
        expiredList: apiTokens(first: 100, filter: { statuses: [EXPIRED] }) { totalCount nodes { id status } }
        several: apiTokens(first: 100, filter: { statuses: [ACTIVE, REVOKED] }) { totalCount nodes { status } }
        all: apiTokens(first: 100) { totalCount } }`);
      expect(data.activeList.totalCount).toBeGreaterThan(0);
      expect(data.revokedList.nodes.map((t: { id: string }) => t.id)).toContain(id);
      for (const [status, page] of [['ACTIVE', data.activeList], ['REVOKED', data.revokedList], ['EXPIRED', data.expiredList]] as const) {
        for (const t of page.nodes) expect(t.status).toBe(status);
      }
      expect(data.several.totalCount).toBe(data.activeList.totalCount + data.revokedList.totalCount);
      expect(data.all.totalCount).toBe(data.several.totalCount + data.expiredList.totalCount);
    });

    it('refuses both forms at once, and an unknown status, naming the argument', async () => {
      const unknown = await graphql(stack.graphqlUrl, '{ experiences(filter: { statuses: [LOST] }) { totalCount } }', {}, admin);
      expect(errorCodes(unknown)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('filters statuses by one list everywhere: no single status argument or input field is left (removed in v1)', async () => {
      const data = await read(`{ __schema { types { name kind inputFields(includeDeprecated: true) { name }
        fields(includeDeprecated: true) { name args(includeDeprecated: true) { name } } } } }`);
      type Named = { name: string };
      type SchemaType = { name: string; kind: string; inputFields: Named[] | null; fields: Array<Named & { args: Named[] }> | null };
      const types = data.__schema.types as SchemaType[];
      const singleStatus: string[] = [];
      for (const t of types.filter((t) => !t.name.startsWith('__'))) {
        // A filter holds `statuses`; an input such as ChangeConventionStatusInput may name the status it sets.
        if (t.name.endsWith('Filter')) for (const f of t.inputFields ?? []) if (f.name === 'status') singleStatus.push(`${t.name}.status`);
        for (const f of t.fields ?? []) for (const a of f.args) if (a.name === 'status') singleStatus.push(`${t.name}.${f.name}(status:)`);
      }
      expect(singleStatus).toEqual([]);
      const filters = types.filter((t) => t.kind === 'INPUT_OBJECT' && (t.inputFields ?? []).some((f) => f.name === 'statuses'));
      expect(filters.map((t) => t.name)).toEqual(expect.arrayContaining(['PublicationFilter', 'ApiTokenFilter', 'ConventionFilter']));
    });
  });

  describe('one answer for one mistake in an update, in the three subgraphs alike', () => {
    it('refuses an expectedVersion under 1 on input.expectedVersion and an update changing nothing on input.changes, writing nothing', async () => {
      const data = await read(`{ conventions(first: 1) { nodes { id version } } cohorts(first: 1) { nodes { id version } }
        organisations(first: 1) { nodes { id version } } experiences(first: 1) { nodes { id version } } }`);
      const records = {
        updateConvention: ['UpdateConventionInput', data.conventions.nodes[0], { title: 'Titre' }, 'Convention'],
        updateCohort: ['UpdateCohortInput', data.cohorts.nodes[0], { name: 'Promotion' }, 'Cohort'],
        updateExperience: ['UpdateExperienceInput', data.experiences.nodes[0], { title: 'Titre' }, 'Experience'],
        updateOrganisation: ['UpdateOrganisationInput', data.organisations.nodes[0], { name: 'Nom' }, 'Organisation'],
      } as const;
      for (const [mutation, [type, record, changes, typename]] of Object.entries(records)) {
        const call = (input: Record<string, unknown>) =>
          graphql(stack.graphqlUrl, `mutation($input: ${type}!) { ${mutation}(input: $input) { version } }`, { input: { id: record.id, ...input } }, admin);
        for (const version of [0, -1]) {
          const res = await call({ expectedVersion: version, changes });
          expect([mutation, version, res.errors?.[0]?.extensions]).toEqual([mutation, version, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.expectedVersion' })]);
        }
        const empty = await call({ expectedVersion: record.version, changes: {} });
        expect([mutation, empty.errors?.[0]?.extensions]).toEqual([mutation, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.changes' })]);
        expect(empty.errors![0]!.message).toBe('Nothing to change: give at least one field.');
        const after = await read(`query($id: ID!) { node(id: $id) { ... on ${typename} { version } } }`, { id: record.id });
        expect([mutation, after.node.version]).toEqual([mutation, record.version]);
      }
    });
  });
});

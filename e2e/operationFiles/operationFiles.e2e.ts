// The operations in one place, through the gateway on the demo data: every query of gateway/operations/
// (the registered ones and the benchmark's) answers without an error, the mutations make a partner's
// publishing round (the bench's token, the playground's create and submit), the README's examples answer,
// and the schema the gateway serves is the one the stability check diffs against the last release.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoOrganisationId } from '@fabrique/kit';
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { loadExamples, operationFiles, readOperations } from '@fabrique/gateway';
import { SUPERGRAPH_PATH } from '@fabrique/schema';
import { apiSchemaOf, schemaChanges } from '@fabrique/schema/stability';
import { buildClientSchema, getIntrospectionQuery, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

/** Every operation of the files, by name, with its kind. */
function allOperations(): Map<string, { file: string; body: string; type: OperationDefinitionNode['operation'] }> {
  const operations = new Map<string, { file: string; body: string; type: OperationDefinitionNode['operation'] }>();
  for (const file of operationFiles()) {
    for (const [name, body] of Object.entries(readOperations(file))) {
      const definition = parse(body).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      operations.set(name, { file, body, type: definition.operation });
    }
  }
  return operations;
}

const examples = Object.fromEntries(loadExamples().map((example) => [example.file, JSON.parse(example.variables) as Record<string, unknown>]));

/** Variables of each query on the demo data (the Puy-de-Dôme): a new query file needs its line here. */
const QUERY_VARIABLES: Record<string, Record<string, unknown>> = {
  ExploreTerritory: examples['ExploreTerritory.graphql']!,
  DashboardOverview: examples['DashboardOverview.graphql']!,
  DashboardStatistics: { territory: 'REGION:84' },
  DashboardProgramme: { kind: 'PILOT_COHORT', territory: 'DEPARTEMENT:63' },
  TerritoryChildrenProbe: { code: '63', level: 'DEPARTEMENT' },
  SearchKnowledge: { query: 'solaire', filter: { territory: 'DEPARTEMENT:63' } },
  TerritoryDirectory: { level: 'DEPARTEMENT', within: 'REGION:84' },
  ExportExperiences: { filter: { territory: 'DEPARTEMENT:63' }, first: 5 },
  ExportConventions: { territory: 'DEPARTEMENT:63', first: 5 },
  ExportTerritoriesEngagement: { level: 'DEPARTEMENT', within: 'REGION:84', first: 5 },
  ExportProgrammes: { first: 5 },
};

describe('the operation files and the README examples through the gateway', () => {
  const stack = useStack({ seed: true });
  const operations = allOperations();
  const body = (name: string) => operations.get(name)!.body;
  /** A PARTNER token of the demo's Livradois cooperative, issued with the bench's operation. */
  const issuePartnerToken = (name: string) =>
    graphql(stack.graphqlUrl, body('IssueBenchToken'), { input: { name, role: 'PARTNER', organisationId: demoOrganisationId('cooperative-energies-citoyennes-livradois') } }, bearer(TEST_ADMIN_TOKEN));

  it('answers every query of the operation files without an error', async () => {
    const queries = [...operations].filter(([, operation]) => operation.type === 'query').map(([name]) => name);
    expect(queries.filter((name) => !QUERY_VARIABLES[name])).toEqual([]);
    for (const name of queries) {
      const res = await graphql(stack.graphqlUrl, body(name), QUERY_VARIABLES[name]);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
      expect(Object.values(res.data).every((value) => value !== null)).toBe(true);
    }
    const page = await graphql(stack.graphqlUrl, body('ExploreTerritory'), QUERY_VARIABLES.ExploreTerritory);
    expect(page.data.territory.name).toBe('Puy-de-Dôme');
  });

  it('makes a partner publishing round with the mutations of the files (bench token, registered create and submit)', async () => {
    const issued = await issuePartnerToken('operation files');
    expect(issued.errors).toBeUndefined();
    const { secret, token } = issued.data.issueApiToken;
    const publish = examples['PublishExperience.graphql']!;
    const created = await graphql(stack.graphqlUrl, body('CreateExperience'), { input: publish.input }, bearer(secret));
    expect(created.errors).toBeUndefined();
    const draft = created.data.createExperience;
    expect(draft).toMatchObject({ status: 'DRAFT', publisher: { name: expect.any(String) } });
    const updated = await graphql(stack.graphqlUrl, body('UpdateExperience'), { id: draft.id, expectedVersion: draft.version, changes: { themeIds: ['energie'] } }, bearer(secret));
    expect(updated.errors).toBeUndefined();
    const { version } = updated.data.updateExperience;
    const submitted = await graphql(stack.graphqlUrl, body('SubmitExperience'), { id: draft.id, expectedVersion: version }, bearer(secret));
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitExperience).toMatchObject({ id: draft.id, status: 'SUBMITTED' });
    const revoked = await graphql(stack.graphqlUrl, body('RevokeBenchToken'), { id: token.id }, bearer(TEST_ADMIN_TOKEN));
    expect(revoked.errors).toBeUndefined();
    expect(errorCodes(await graphql(stack.graphqlUrl, body('CreateExperience'), { input: publish.input }, bearer(secret)))).toEqual(['UNAUTHENTICATED']);
  });

  it('runs the playground\'s publishing example as written: create, then submit with the id and version of create\'s answer', async () => {
    const issued = await issuePartnerToken('publishing example');
    const partner = bearer(issued.data.issueApiToken.secret);
    const { input, id, expectedVersion, ...rest } = examples['PublishExperience.graphql']!;
    expect(rest).toEqual({});
    // The example's variables name the next step's: `id` and `expectedVersion` are filled from create's answer.
    expect({ id, expectedVersion }).toEqual({ id: '<id returned by CreateExperience>', expectedVersion: 1 });
    const created = await graphql(stack.graphqlUrl, body('CreateExperience'), { input, id, expectedVersion }, partner);
    expect(created.errors).toBeUndefined();
    const draft = created.data.createExperience;
    const submitted = await graphql(stack.graphqlUrl, body('SubmitExperience'), { input, id: draft.id, expectedVersion: draft.version }, partner);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitExperience).toMatchObject({ id: draft.id, version: draft.version + 1, status: 'SUBMITTED' });
  });

  it('refuses an operation of the files sent without its required variable, naming it', async () => {
    const res = await graphql(stack.graphqlUrl, body('DashboardProgramme'), { territory: 'DEPARTEMENT:63' });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toContain('$kind');
  });

  it('answers every ```graphql example of the README without an error', async () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const res = await graphql(stack.graphqlUrl, block);
      expect({ block, errors: res.errors }).toEqual({ block, errors: undefined });
    }
  });

  it('serves the schema the stability check diffs against the last release', async () => {
    // Deprecated arguments and input fields (`status` beside `statuses`) are listed only when asked for.
    const introspection = await graphql(stack.graphqlUrl, getIntrospectionQuery({ inputValueDeprecation: true }));
    expect(introspection.errors).toBeUndefined();
    const changes = await schemaChanges(apiSchemaOf(readFileSync(SUPERGRAPH_PATH, 'utf8')), buildClientSchema(introspection.data));
    // Introspection carries no directive usages (`@specifiedBy` is a field of the scalar there): not a difference.
    expect(changes.filter((change) => !change.kind.startsWith('DIRECTIVE_USAGE_'))).toEqual([]);
  });
});

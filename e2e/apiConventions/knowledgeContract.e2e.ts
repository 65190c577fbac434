// The v1 conventions on the knowledge subgraph, through the gateway (README, "API conventions"): every
// mutation takes exactly one `input` (creates an `idempotencyKey` beside it), every change of an existing
// record names its `expectedVersion: Int!` inside that input, and every list takes its criteria in one
// `filter` (beside `first`, `after`, `orderBy`). The fields checked are the ones the knowledge subgraph's
// SDL defines, read from its file, so that a field added there is checked too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableId } from '@fabrique/kit';
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const admin = bearer(TEST_ADMIN_TOKEN);
const SDL = readFileSync(join(__dirname, '../../services/knowledge/src/schema.graphql'), 'utf8');

/** The fields the knowledge subgraph defines (or adds to another subgraph's type), by type. */
function knowledgeFields(): Map<string, FieldDefinitionNode[]> {
  const fields = new Map<string, FieldDefinitionNode[]>();
  for (const definition of parse(SDL).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    fields.set(definition.name.value, [...(fields.get(definition.name.value) ?? []), ...(definition.fields ?? [])]);
  }
  return fields;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
const isList = (type: TypeNode): boolean => type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));

/** Arguments a list may take besides `filter`: paging and order, and what is not a criterion. */
const PAGING = new Set(['first', 'after', 'orderBy']);
const NOT_CRITERIA: Record<string, string[]> = {
  // The words searched for: what the search is, not a criterion of a list.
  'Query.searchKnowledge': ['query'],
  // The level the figures are grouped by (one entry per territory of that level), not a criterion.
  'KnowledgeStatistics.experiencesByTerritory': ['level'],
};

type IntrospectedType = { kind: string; name: string | null; ofType: IntrospectedType | null };
type IntrospectedInput = { name: string; type: IntrospectedType };
type IntrospectedField = { name: string; args: IntrospectedInput[] };
type Introspected = { name: string; fields: IntrospectedField[] | null; inputFields: IntrospectedInput[] | null };

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

/** `ID!`, `[Foo!]`... as written in SDL. */
function written(type: IntrospectedType): string {
  if (type.kind === 'NON_NULL') return `${written(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${written(type.ofType!)}]`;
  return type.name!;
}

describe('the knowledge subgraph follows the v1 API conventions (through the gateway)', () => {
  const stack = useStack({ seed: true });
  const mine = knowledgeFields();
  let types: Map<string, Introspected>;

  const send = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) => graphql(stack.graphqlUrl, query, variables, headers);
  const read = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) => {
    const res = await send(query, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    const data = await read(`{ __schema { types { name
      fields(includeDeprecated: true) { name args(includeDeprecated: true) { name type { ${TYPE_REF} } } }
      inputFields(includeDeprecated: true) { name type { ${TYPE_REF} } } } } }`);
    types = new Map(data.__schema.types.map((t: Introspected) => [t.name, t]));
  });

  const servedField = (type: string, field: string) => types.get(type)!.fields!.find((f) => f.name === field)!;
  const inputFields = (type: string) => new Map(types.get(type)!.inputFields!.map((f) => [f.name, written(f.type)]));

  describe('the schema', () => {
    const mutations = (mine.get('Mutation') ?? []).map((f) => f.name.value);
    const creates = mutations.filter((name) => name.startsWith('create'));

    it('has the mutations expected of it', () => {
      expect(mutations).toHaveLength(20);
      expect(creates).toEqual(['createExperience', 'createResource', 'createTheme', 'createLearningJourney']);
    });

    it('gives every mutation exactly one `input: <Mutation>Input!` (and creates their idempotencyKey)', () => {
      for (const name of mutations) {
        const field = servedField('Mutation', name);
        const expected = creates.includes(name) ? ['input', 'idempotencyKey'] : ['input'];
        expect({ name, args: field.args.map((a) => a.name) }).toEqual({ name, args: expected });
        const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input!`;
        expect({ name, input: written(field.args[0]!.type) }).toEqual({ name, input: inputType });
      }
    });

    it('puts `id: ID!` and `expectedVersion: Int!` in the input of every change of an existing record', () => {
      const changes = mutations.filter((name) => /^(update|submit|return|publish|archive|restore)/.test(name));
      expect(changes).toHaveLength(13);
      for (const name of changes) {
        const fields = inputFields(`${name[0]!.toUpperCase()}${name.slice(1)}Input`);
        expect({ name, id: fields.get('id'), expectedVersion: fields.get('expectedVersion') }).toEqual({ name, id: 'ID!', expectedVersion: 'Int!' });
      }
      // Edits nest their content under `changes`.
      for (const [input, content] of [['UpdateExperienceInput', 'ExperienceChangesInput!'], ['UpdateResourceInput', 'ResourceChangesInput!'], ['UpdateLearningJourneyInput', 'LearningJourneyChangesInput!']] as const) {
        expect(inputFields(input).get('changes')).toBe(content);
      }
      expect(inputFields('RegisterForLearningJourneyInput')).toEqual(new Map([['journeyId', 'ID!'], ['territoryId', 'ID'], ['participantCount', 'Int!'], ['note', 'String']]));
      expect(inputFields('ImportExperiencesInput')).toEqual(new Map([['items', '[ExperienceImportItem!]!'], ['submit', 'Boolean']]));
    });

    it('takes every criterion of a list in `filter`, beside first, after and orderBy', () => {
      const lists: string[] = [];
      for (const [type, fields] of mine) {
        if (type === 'Mutation') continue;
        for (const field of fields) {
          if (!isList(field.type) && !namedType(field.type).endsWith('Connection')) continue;
          const coordinate = `${type}.${field.name.value}`;
          lists.push(coordinate);
          const served = servedField(type, field.name.value);
          expect({ coordinate, served: Boolean(served) }).toEqual({ coordinate, served: true });
          const criteria = served.args.map((a) => a.name).filter((arg) => !PAGING.has(arg) && !(NOT_CRITERIA[coordinate] ?? []).includes(arg));
          expect({ coordinate, criteria: criteria.filter((arg) => arg !== 'filter') }).toEqual({ coordinate, criteria: [] });
          const filter = served.args.find((a) => a.name === 'filter');
          // An optional filter: absent means the list's default.
          if (filter) expect({ coordinate, filter: written(filter.type).endsWith('!') }).toEqual({ coordinate, filter: false });
        }
      }
      expect(lists).toEqual(expect.arrayContaining(['Query.experiences', 'Query.resources', 'Query.themes', 'Query.learningJourneys', 'Query.searchKnowledge',
        'KnowledgeStatistics.topPublishers', 'Territory.learningJourneys', 'Theme.experiences', 'Experience.revisions']));
      const filterOf = (coordinate: string) => written(servedField(...(coordinate.split('.') as [string, string])).args.find((a) => a.name === 'filter')!.type);
      expect(['Query.learningJourneys', 'Query.themes', 'KnowledgeStatistics.topPublishers'].map(filterOf)).toEqual(['LearningJourneyFilter', 'ThemeFilter', 'PublisherFilter']);
    });

    it('has no `status` in the publication filter, only `statuses`', () => {
      const fields = inputFields('PublicationFilter');
      expect(fields.has('status')).toBe(false);
      expect(fields.get('statuses')).toBe('[PublicationStatus!]');
    });
  });

  describe('real calls', () => {
    it('filters learning journeys, themes and top publishers', async () => {
      const seeded = stableId('learning-journey', 'puy-de-dome-2027');
      const data = await read(`{
        all: learningJourneys { nodes { id } }
        inAuvergne: learningJourneys(filter: { host: "REGION:84", endingFrom: "2027-06-10" }) { nodes { id host { id } } }
        elsewhere: learningJourneys(filter: { host: "DEPARTEMENT:15" }) { totalCount }
        ended: learningJourneys(filter: { endingFrom: "2027-06-11" }) { nodes { id } }
        roots: themes { id parent { id } }
        children: themes(filter: { parent: "enjeux-ecologiques" }) { id parent { id } }
        knowledgeStatistics { all: topPublishers(first: 100) { publisher { __typename } }
          territories: topPublishers(first: 100, filter: { kind: TERRITORY }) { publisher { __typename id } } } }`);
      expect(data.all.nodes.map((j: { id: string }) => j.id)).toContain(seeded);
      expect(data.inAuvergne.nodes.map((j: { id: string }) => j.id)).toContain(seeded);
      expect(data.elsewhere.totalCount).toBe(0);
      expect(data.ended.nodes.map((j: { id: string }) => j.id)).not.toContain(seeded);
      expect(data.roots.every((t: { parent: unknown }) => t.parent === null)).toBe(true);
      expect(data.children.length).toBeGreaterThan(0);
      expect(data.children.every((t: { parent: { id: string } }) => t.parent.id === 'enjeux-ecologiques')).toBe(true);
      const kinds = (list: Array<{ publisher: { __typename: string } }>) => new Set(list.map((p) => p.publisher.__typename));
      expect(kinds(data.knowledgeStatistics.all)).toEqual(new Set(['Organisation', 'Territory']));
      expect(kinds(data.knowledgeStatistics.territories)).toEqual(new Set(['Territory']));
    });

    it('edits and steps through the workflow by input; a stale expectedVersion is CONFLICT with currentVersion, and changes nothing', async () => {
      const created = (await read(`mutation($input: CreateExperienceInput!) { createExperience(input: $input) { id version } }`, {
        input: { title: 'Contrat de convention', summary: 'Un résumé.', body: 'Un corps.', territoryIds: ['COMMUNE:63113'], themeIds: ['energie'], publisherId: 'DEPARTEMENT:63' },
      })).createExperience;
      const UPDATE = 'mutation($input: UpdateExperienceInput!) { updateExperience(input: $input) { version title } }';
      const edited = (await read(UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { title: 'Contrat de convention, v2' } } })).updateExperience;
      expect(edited).toEqual({ version: 2, title: 'Contrat de convention, v2' });
      const staleEdit = await send(UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { title: 'Écrase' } } });
      expect(staleEdit.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })]);
      const SUBMIT = 'mutation($input: SubmitExperienceInput!) { submitExperience(input: $input) { version status } }';
      const staleStep = await send(SUBMIT, { input: { id: created.id, expectedVersion: 1 } });
      expect(staleStep.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })]);
      const stored = (await read('query($id: ID!) { experience(id: $id) { version status title } }', { id: created.id })).experience;
      expect(stored).toEqual({ version: 2, status: 'DRAFT', title: 'Contrat de convention, v2' });
      expect((await read(SUBMIT, { input: { id: created.id, expectedVersion: 2 } })).submitExperience).toEqual({ version: 3, status: 'SUBMITTED' });
      const back = await read('mutation($input: ReturnExperienceToDraftInput!) { returnExperienceToDraft(input: $input) { version status moderationComment } }', {
        input: { id: created.id, expectedVersion: 3, comment: 'Précisez le budget.' },
      });
      expect(back.returnExperienceToDraft).toEqual({ version: 4, status: 'DRAFT', moderationComment: 'Précisez le budget.' });
    });

    it('refuses a workflow step without expectedVersion, and the old positional form, by GraphQL validation', async () => {
      const id = stableId('experience', 'riom-fresque-climat-lyceens');
      for (const query of [
        `mutation { submitExperience(input: { id: "${id}" }) { id } }`,
        `mutation { publishResource(input: { id: "${id}" }) { id } }`,
        `mutation { submitExperience(id: "${id}", expectedVersion: 1) { id } }`,
        `mutation { updateLearningJourney(input: { id: "${id}", changes: { title: "T" } }) { id } }`,
        `mutation { registerForLearningJourney(input: { journeyId: "${id}", participants: 2 }) { id } }`,
        '{ experiences(filter: { status: [DRAFT] }) { totalCount } }',
        '{ learningJourneys(host: "DEPARTEMENT:63") { totalCount } }',
      ]) {
        expect({ query, codes: [...new Set(errorCodes(await send(query)))] }).toEqual({ query, codes: ['GRAPHQL_VALIDATION_FAILED'] });
      }
    });

    it('versions learning journeys: changes name expectedVersion, registrations take participantCount', async () => {
      const created = (await read(`mutation($input: CreateLearningJourneyInput!) { createLearningJourney(input: $input) { id version } }`, {
        input: { title: 'Voyage du contrat', hostTerritoryId: 'DEPARTEMENT:63', startsOn: '2031-05-12', endsOn: '2031-05-13', capacity: 4 },
      })).createLearningJourney;
      expect(created.version).toBe(1);
      const UPDATE = 'mutation($input: UpdateLearningJourneyInput!) { updateLearningJourney(input: $input) { version title capacity } }';
      expect((await read(UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { title: 'Voyage renommé', capacity: 5 } } })).updateLearningJourney)
        .toEqual({ version: 2, title: 'Voyage renommé', capacity: 5 });
      const stale = await send(UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { capacity: 8 } } });
      expect(stale.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })]);
      const registered = (await read('mutation($input: RegisterForLearningJourneyInput!) { registerForLearningJourney(input: $input) { territory { id } participantCount } }', {
        input: { journeyId: created.id, territoryId: 'DEPARTEMENT:15', participantCount: 3, note: 'Trois élus.' },
      })).registerForLearningJourney;
      expect(registered).toEqual({ territory: { id: 'DEPARTEMENT:15' }, participantCount: 3 });
      const journey = (await read('query($id: ID!) { learningJourney(id: $id) { version capacity registeredCount } }', { id: created.id })).learningJourney;
      expect(journey).toEqual({ version: 2, capacity: 5, registeredCount: 1 });
      const cancel = 'mutation($input: CancelJourneyRegistrationInput!) { cancelJourneyRegistration(input: $input) }';
      expect((await read(cancel, { input: { journeyId: created.id, territoryId: 'DEPARTEMENT:15' } })).cancelJourneyRegistration).toBe(true);
    });

    it('imports through one input, naming a failed item by its path inside it', async () => {
      const IMPORT = `mutation($input: ImportExperiencesInput!) { importExperiences(input: $input) { createdCount failedCount results { status error { code field } } } }`;
      const item = (key: string, title: string) => ({ key, experience: { title, publisherId: 'DEPARTEMENT:63' } });
      const data = (await read(IMPORT, { input: { items: [item('contract-ok', 'Importée'), item('contract-bad', ' ')] } })).importExperiences;
      expect(data).toMatchObject({ createdCount: 1, failedCount: 1 });
      expect(data.results[1].error).toEqual({ code: 'BAD_USER_INPUT', field: 'input.items.1.experience.title' });
    });
  });
});

// The v1 API conventions on the conventions part of the conventions subgraph, through the gateway:
// every convention mutation takes exactly one `input` (plus `idempotencyKey` on the create), every change
// of a convention names a required `expectedVersion` inside it, and every convention list takes its
// criteria in one `filter` (the singular `status` is gone). Then real calls: filters that filter, a stale
// version refused with CONFLICT, a missing one refused by validation.
import { demoOrganisationId } from '@fabrique/kit';
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const admin = bearer(TEST_ADMIN_TOKEN);

/** Every change of an existing convention: its input and the field holding its content, if any. */
const CHANGES: Record<string, { input: string; content: string | null }> = {
  updateConvention: { input: 'UpdateConventionInput', content: 'changes' },
  changeConventionStatus: { input: 'ChangeConventionStatusInput', content: null },
  addConventionDocument: { input: 'AddConventionDocumentInput', content: 'document' },
  removeConventionDocument: { input: 'RemoveConventionDocumentInput', content: null },
  addCommitment: { input: 'AddCommitmentInput', content: 'commitment' },
  updateCommitment: { input: 'UpdateCommitmentInput', content: 'changes' },
  addMilestone: { input: 'AddMilestoneInput', content: 'milestone' },
  updateMilestone: { input: 'UpdateMilestoneInput', content: 'changes' },
  addIndicator: { input: 'AddIndicatorInput', content: 'indicator' },
  recordIndicatorValue: { input: 'RecordIndicatorValueInput', content: null },
};

/** The convention lists, the filter type each takes, and the criteria that filter must not have. */
const LISTS: Array<{ type: string; field: string; filter: string; without: string[] }> = [
  { type: 'Query', field: 'conventions', filter: 'ConventionFilter', without: ['status'] },
  { type: 'Territory', field: 'conventions', filter: 'ActorConventionFilter', without: ['status', 'party', 'territory'] },
  { type: 'Organisation', field: 'conventions', filter: 'ActorConventionFilter', without: ['status', 'party', 'territory'] },
  { type: 'ConventionStatistics', field: 'conventionProgress', filter: 'ConventionProgressFilter', without: ['status'] },
];

/** Arguments a list may take besides `filter`. */
const PAGING = ['first', 'after', 'orderBy'];

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type Arg = { name: string; type: TypeRef };
type Field = { name: string; args: Arg[] };

const TYPE_REF = 'kind name ofType { kind name ofType { kind name } }';
const typeName = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${typeName(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeName(t.ofType!)}]` : t.name!);

const FIELDS = 'id version status commitments { number milestones { id done } indicators { id currentValue } } documents { id }';
const PARTIES = [
  { actorId: 'COMMUNE:63113', role: 'Territoire partenaire' },
  { actorId: demoOrganisationId('association-fabrique-des-transitions'), role: 'Association' },
];

describe('v1 conventions of the convention API, through the gateway', () => {
  const stack = useStack({ seed: true });

  const call = (query: string, variables: Record<string, unknown> = {}) => graphql(stack.graphqlUrl, query, variables, admin);
  const read = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await call(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  describe('the schema', () => {
    const fieldsOf = async (type: string): Promise<Field[]> =>
      (await read(`query($type: String!) { __type(name: $type) { fields { name args(includeDeprecated: true) { name type { ${TYPE_REF} } } } } }`, { type })).__type.fields;
    const inputFieldsOf = async (type: string): Promise<Arg[]> =>
      (await read(`query($type: String!) { __type(name: $type) { inputFields(includeDeprecated: true) { name type { ${TYPE_REF} } } } }`, { type })).__type.inputFields;

    it('gives every convention mutation exactly one required `input` (and `idempotencyKey` on the create)', async () => {
      const mutations = new Map((await fieldsOf('Mutation')).map((f) => [f.name, f]));
      const create = mutations.get('createConvention')!;
      expect(create.args.map((a) => [a.name, typeName(a.type)])).toEqual([
        ['input', 'CreateConventionInput!'],
        ['idempotencyKey', 'String'],
      ]);
      for (const [name, { input }] of Object.entries(CHANGES)) {
        expect([name, mutations.get(name)!.args.map((a) => [a.name, typeName(a.type)])]).toEqual([name, [['input', `${input}!`]]]);
      }
    });

    it('puts a required `expectedVersion: Int!` in every change input, and the content under its name', async () => {
      for (const [name, { input, content }] of Object.entries(CHANGES)) {
        const fields = new Map((await inputFieldsOf(input)).map((f) => [f.name, typeName(f.type)]));
        expect([name, fields.get('expectedVersion')]).toEqual([name, 'Int!']);
        expect([name, fields.has('id') || fields.has('conventionId')]).toEqual([name, true]);
        if (content) expect([name, fields.get(content)]).toEqual([name, expect.stringMatching(/Input!$/)]);
        // Nothing else is content: every other field is a plain value (an id, a number, a date, a status, a note).
        for (const [field, type] of fields) if (field !== content) expect([name, field, type]).not.toEqual([name, field, expect.stringMatching(/Input/)]);
      }
    });

    it('takes every criterion of a convention list in one `filter`, the singular `status` removed', async () => {
      for (const { type, field, filter, without } of LISTS) {
        const list = (await fieldsOf(type)).find((f) => f.name === field)!;
        const args = new Map(list.args.map((a) => [a.name, typeName(a.type)]));
        expect([type, field, args.get('filter')]).toEqual([type, field, filter]);
        expect([type, field, [...args.keys()].filter((a) => a !== 'filter' && !PAGING.includes(a))]).toEqual([type, field, []]);
        const criteria = (await inputFieldsOf(filter)).map((f) => f.name);
        expect(criteria).toContain('statuses');
        for (const absent of without) expect([filter, criteria]).not.toEqual([filter, expect.arrayContaining([absent])]);
      }
      // `Convention.commitment(number:)` is a lookup: it keeps its argument.
      expect((await fieldsOf('Convention')).find((f) => f.name === 'commitment')!.args.map((a) => a.name)).toEqual(['number']);
    });
  });

  describe('real calls', () => {
    const create = async (title: string) =>
      (await read(`mutation($input: CreateConventionInput!) { createConvention(input: $input) { ${FIELDS} } }`, {
        input: { title, parties: PARTIES, commitments: [{ title: 'Un engagement', description: 'Ce à quoi les parties s’engagent.' }] },
      })).createConvention;

    it('filters the lists: at the root, on a territory, on an organisation and in the statistics', async () => {
      const data = await read(
        `{
          all: conventions(first: 100) { totalCount }
          active: conventions(filter: { statuses: [ACTIVE] }, first: 100) { totalCount nodes { status } }
          puyDeDome: conventions(filter: { territory: "DEPARTEMENT:63", statuses: [ACTIVE] }) { totalCount nodes { id } }
          pilot: conventions(filter: { programme: PILOT_COHORT }) { totalCount }
          territory(code: "63", level: DEPARTEMENT) {
            all: conventions { totalCount }
            preparing: conventions(filter: { statuses: [IN_PREPARATION] }) { totalCount }
            signed2021: conventions(filter: { signed: { from: "2021-01-01", to: "2021-12-31" } }) { nodes { id } } }
          organisation(slug: "association-fabrique-des-transitions") { all: conventions { totalCount } active: conventions(filter: { statuses: [ACTIVE] }) { totalCount } }
          conventionStatistics {
            default: conventionProgress { totalCount }
            preparing: conventionProgress(filter: { statuses: [IN_PREPARATION] }) { totalCount nodes { convention { status } } } } }`);
      expect(data.active.totalCount).toBeGreaterThan(0);
      expect(data.active.totalCount).toBeLessThan(data.all.totalCount);
      expect(new Set(data.active.nodes.map((n: { status: string }) => n.status))).toEqual(new Set(['ACTIVE']));
      expect(data.puyDeDome.totalCount).toBe(1);
      expect(data.pilot.totalCount).toBe(0);
      expect(data.territory.all.totalCount).toBe(1);
      expect(data.territory.preparing.totalCount).toBe(0);
      expect(data.territory.signed2021.nodes).toEqual(data.puyDeDome.nodes);
      const org = data.organisation;
      expect(org.active.totalCount).toBeGreaterThan(0);
      expect(org.active.totalCount).toBeLessThan(org.all.totalCount);
      expect(data.conventionStatistics.preparing.totalCount).toBeGreaterThan(0);
      expect(new Set(data.conventionStatistics.preparing.nodes.map((n: { convention: { status: string } }) => n.convention.status))).toEqual(new Set(['IN_PREPARATION']));
      expect(data.conventionStatistics.default.totalCount).not.toBe(data.conventionStatistics.preparing.totalCount);
    });

    it('refuses the former forms and a criterion outside `filter` by validation', async () => {
      for (const query of [
        '{ conventions(status: ACTIVE) { totalCount } }',
        '{ conventions(statuses: [ACTIVE]) { totalCount } }',
        '{ conventions(territory: "DEPARTEMENT:63") { totalCount } }',
        '{ conventions(filter: { status: ACTIVE }) { totalCount } }',
        '{ territory(code: "63", level: DEPARTEMENT) { conventions(filter: { party: "DEPARTEMENT:63" }) { totalCount } } }',
        '{ conventionStatistics { conventionProgress(statuses: [ACTIVE]) { totalCount } } }',
        'mutation { changeConventionStatus(id: "x", expectedVersion: 1, status: SIGNED) { id } }',
      ]) {
        const codes = errorCodes(await call(query));
        expect([query, codes.length > 0 && codes.every((code) => code === 'GRAPHQL_VALIDATION_FAILED')]).toEqual([query, true]);
      }
    });

    it('names a bad criterion with its path in `filter`', async () => {
      const res = await call('{ conventions(filter: { party: "nobody" }) { totalCount } }');
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.party' });
    });

    it('changes a convention through every mutation, each from the version it names', async () => {
      const c = await create(`Contrat ${process.pid}`);
      let version = c.version as number;
      const change = async (mutation: string, input: Record<string, unknown>) => {
        const { input: type } = CHANGES[mutation]!;
        const result = (await read(`mutation($input: ${type}!) { ${mutation}(input: $input) { ${FIELDS} } }`, { input: { ...input, expectedVersion: version } }))[mutation];
        expect(result.version).toBe(version + 1);
        version = result.version;
        return result;
      };
      const id = c.id as string;
      await change('updateConvention', { id, changes: { summary: 'Un contrat de test.' } });
      let conv = await change('addCommitment', { conventionId: id, commitment: { title: 'Mobiliser', description: 'Mobiliser les habitants.' } });
      expect(conv.commitments.map((k: { number: number }) => k.number)).toEqual([1, 2]);
      await change('updateCommitment', { conventionId: id, number: 2, changes: { title: 'Mobiliser les habitants' } });
      conv = await change('addMilestone', { conventionId: id, commitmentNumber: 2, milestone: { title: 'Réunion publique', dueOn: '2030-01-31' } });
      const milestone = conv.commitments[1].milestones[0].id;
      conv = await change('updateMilestone', { conventionId: id, milestoneId: milestone, changes: { doneOn: '2030-01-30' } });
      expect(conv.commitments[1].milestones[0].done).toBe(true);
      conv = await change('addIndicator', { conventionId: id, commitmentNumber: 2, indicator: { label: 'Participants', unit: 'personnes', target: 200 } });
      const indicator = conv.commitments[1].indicators[0].id;
      conv = await change('recordIndicatorValue', { conventionId: id, indicatorId: indicator, value: 50, measuredOn: '2030-02-01', note: 'Première mesure' });
      expect(conv.commitments[1].indicators[0].currentValue).toBe(50);
      conv = await change('addConventionDocument', { id, document: { title: 'Texte', url: 'https://example.org/texte.pdf', kind: 'CONVENTION_TEXT' } });
      conv = await change('removeConventionDocument', { id, documentId: conv.documents[0].id });
      expect(conv.documents).toEqual([]);
      conv = await change('changeConventionStatus', { id, status: 'SIGNED', effectiveOn: '2030-03-01', note: 'Signée' });
      expect(conv.status).toBe('SIGNED');
    });

    it('refuses a stale expectedVersion with CONFLICT and the current version, and a missing one by validation', async () => {
      const c = await create(`Contrat disputé ${process.pid}`);
      const UPDATE = 'mutation($input: UpdateConventionInput!) { updateConvention(input: $input) { version } }';
      expect((await read(UPDATE, { input: { id: c.id, expectedVersion: 1, changes: { title: 'Première édition' } } })).updateConvention.version).toBe(2);
      const stale = await call(UPDATE, { input: { id: c.id, expectedVersion: 1, changes: { title: 'Édition périmée' } } });
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const staleStatus = await call('mutation($input: ChangeConventionStatusInput!) { changeConventionStatus(input: $input) { version } }', {
        input: { id: c.id, expectedVersion: 1, status: 'SIGNED' },
      });
      expect(staleStatus.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

      const missing = await call(`mutation { updateConvention(input: { id: "${c.id}", changes: { title: "Sans version" } }) { version } }`);
      expect(errorCodes(missing)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(missing.errors![0]!.message).toMatch(/expectedVersion/);
      const missingInVariables = await call(UPDATE, { input: { id: c.id, changes: { title: 'Sans version' } } });
      expect(missingInVariables.errors![0]!.message).toMatch(/expectedVersion/);
      expect((await read(`query($id: ID!) { convention(id: $id) { version title } }`, { id: c.id })).convention).toEqual({ version: 2, title: 'Première édition' });
    });
  });
});

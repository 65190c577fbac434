// The v1 API conventions on programmes, cohorts, applications and diagnostics, through the gateway
// (README, "API conventions"): every mutation takes one `input` (creates also an `idempotencyKey`), every
// change of an existing object requires `expectedVersion: Int!` in it, and every list takes its criteria
// in one `filter` beside `first`/`after`, statuses as one `statuses` list.
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

/** Test cohorts run from September two years ahead to August of the next: always in the future. */
const Y = new Date().getUTCFullYear() + 2;
const RIOM = 'COMMUNE:63300';
const CREATES = ['createCohort', 'submitApplication', 'createDiagnostic'];
const CHANGES = [
  'updateCohort',
  'addCohortSession',
  'updateCohortSession',
  'removeCohortSession',
  'shortlistApplication',
  'waitlistApplication',
  'acceptApplication',
  'rejectApplication',
  'withdrawApplication',
  'acceptOffer',
  'declineOffer',
  'updateDiagnostic',
];
/** Every list of this part, `Type.field`, and the filter type of those that filter. */
const LISTS: Record<string, string | null> = {
  'Query.cohorts': 'CohortFilter',
  'Query.applications': 'ApplicationFilter',
  'Query.diagnostics': 'DiagnosticFilter',
  'ConventionStatistics.cohortFill': 'CohortFilter',
  'Territory.applications': 'ApplicationStatusFilter',
  'Programme.applications': 'ApplicationStatusFilter',
  'Cohort.applications': 'ApplicationStatusFilter',
  'Territory.enrolments': null,
  'Territory.diagnostics': null,
  'Programme.cohorts': null,
  'Programme.enrolments': null,
  'Cohort.waitlist': null,
  'Organisation.cohorts': null,
};
const PAGING = ['first', 'after', 'orderBy'];

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type Arg = { name: string; type: TypeRef };
type Field = { name: string; args: Arg[] };
type FullType = { name: string; kind: string; fields: Field[] | null; inputFields: Arg[] | null };

/** `ID!`, `[ApplicationStatus!]`… from an introspected type reference. */
const typeName = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${typeName(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeName(t.ofType!)}]` : t.name!);
const capitalised = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`;

describe('programmes, cohorts, applications and diagnostics follow the v1 conventions (through the gateway)', () => {
  const stack = useStack({ seed: true });
  const admin = bearer(TEST_ADMIN_TOKEN);
  let staff: Record<string, string> = {};
  let types = new Map<string, FullType>();

  const call = (query: string, variables: Record<string, unknown> = {}, headers = staff) => graphql(stack.graphqlUrl, query, variables, headers);
  const read = async (query: string, variables: Record<string, unknown> = {}, headers = staff) => {
    const res = await call(query, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const fieldOf = (coordinate: string) => {
    const [type, field] = coordinate.split('.') as [string, string];
    const found = types.get(type)?.fields?.find((f) => f.name === field);
    if (!found) throw new Error(`No field ${coordinate} in the gateway's schema.`);
    return found;
  };
  const inputFields = (type: string) => new Map((types.get(type)?.inputFields ?? []).map((f) => [f.name, typeName(f.type)]));

  beforeAll(async () => {
    const issued = await read('mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { secret } }', { input: { name: 'Programmes contract', role: 'STAFF' } }, admin);
    staff = bearer(issued.issueApiToken.secret);
    const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
    const schema = await read(`{ __schema { types { name kind
      fields { name args { name type { ${typeRef} } } }
      inputFields { name type { ${typeRef} } } } } }`);
    types = new Map((schema.__schema.types as FullType[]).map((t) => [t.name, t]));
  });

  describe('introspection', () => {
    it('gives every mutation exactly one `input: <Mutation>Input!` (creates also an `idempotencyKey`)', () => {
      for (const name of [...CREATES, ...CHANGES]) {
        const args = fieldOf(`Mutation.${name}`).args;
        expect([name, args.map((a) => a.name)]).toEqual([name, CREATES.includes(name) ? ['input', 'idempotencyKey'] : ['input']]);
        const input = args.find((a) => a.name === 'input')!;
        // Creates keep their content input's name (`ApplicationInput` for submitApplication).
        if (!CREATES.includes(name)) expect([name, typeName(input.type)]).toEqual([name, `${capitalised(name)}Input!`]);
        else expect(input.type.kind).toBe('NON_NULL');
      }
    });

    it('requires `expectedVersion: Int!` and names the object by id in every change input', () => {
      for (const name of CHANGES) {
        const fields = inputFields(`${capitalised(name)}Input`);
        expect([name, fields.get('expectedVersion')]).toEqual([name, 'Int!']);
        expect([name, fields.get('id') ?? fields.get('cohortId')]).toEqual([name, 'ID!']);
      }
      // Content is nested: `session` for an addition, `changes` for an update.
      expect(inputFields('AddCohortSessionInput').get('session')).toBe('CohortSessionInput!');
      expect(inputFields('UpdateCohortInput').get('changes')).toBe('CohortChangesInput!');
      expect(inputFields('UpdateCohortSessionInput').get('changes')).toBe('CohortSessionChangesInput!');
      expect(inputFields('UpdateDiagnosticInput').get('changes')).toBe('DiagnosticChangesInput!');
      expect([...inputFields('ShortlistApplicationInput').keys()]).toEqual(['id', 'expectedVersion', 'note']);
    });

    it('takes every list criterion in `filter` (statuses as one list, no single `status`)', () => {
      for (const [coordinate, filter] of Object.entries(LISTS)) {
        const args = fieldOf(coordinate).args;
        expect([coordinate, args.map((a) => a.name).filter((a) => !PAGING.includes(a) && a !== 'filter')]).toEqual([coordinate, []]);
        expect([coordinate, args.find((a) => a.name === 'filter')?.type.name ?? null]).toEqual([coordinate, filter]);
      }
      expect(Object.fromEntries(inputFields('ApplicationFilter'))).toEqual({ statuses: '[ApplicationStatus!]', programme: 'ProgrammeKind', cohortId: 'ID', territory: 'ID' });
      expect(Object.fromEntries(inputFields('ApplicationStatusFilter'))).toEqual({ statuses: '[ApplicationStatus!]' });
      expect(Object.fromEntries(inputFields('CohortFilter'))).toEqual({ programme: 'ProgrammeKind', partner: 'ID' });
      expect(Object.fromEntries(inputFields('DiagnosticFilter'))).toEqual({ territory: 'ID' });
    });
  });

  describe('real calls', () => {
    it('filters lists by their `filter`, at the root, under a parent and in the statistics', async () => {
      const data = await read(`{
        all: applications(first: 100) { totalCount }
        accepted: applications(first: 100, filter: { statuses: [ACCEPTED] }) { totalCount nodes { status } }
        acceptedPilot: applications(first: 100, filter: { statuses: [ACCEPTED], programme: PILOT_COHORT }) { totalCount nodes { programme { kind } } }
        inPuyDeDome: applications(first: 100, filter: { territory: "DEPARTEMENT:63" }) { totalCount }
        pilotCohorts: cohorts(filter: { programme: PILOT_COHORT }) { totalCount }
        initiationCohorts: cohorts(filter: { programme: INITIATION_DAY }) { totalCount }
        diagnostics63: diagnostics(filter: { territory: "DEPARTEMENT:63" }) { totalCount }
        diagnostics76: diagnostics(filter: { territory: "REGION:76" }) { totalCount }
        programme(kind: PILOT_COHORT) {
          applications(first: 100) { totalCount }
          waitlisted: applications(first: 100, filter: { statuses: [WAITLISTED] }) { totalCount nodes { status } }
        }
        conventionStatistics {
          pilot: cohortFill(filter: { programme: PILOT_COHORT }) { cohort { programme { kind } } }
          diagnostic: cohortFill(filter: { programme: SHORT_DIAGNOSTIC }) { capacity }
        }
      }`);
      expect(data.accepted.totalCount).toBeGreaterThan(0);
      expect(data.accepted.totalCount).toBeLessThan(data.all.totalCount);
      expect(new Set(data.accepted.nodes.map((n: { status: string }) => n.status))).toEqual(new Set(['ACCEPTED']));
      expect(data.acceptedPilot.totalCount).toBeGreaterThan(0);
      expect(data.acceptedPilot.totalCount).toBeLessThan(data.accepted.totalCount);
      expect(new Set(data.acceptedPilot.nodes.map((n: { programme: { kind: string } }) => n.programme.kind))).toEqual(new Set(['PILOT_COHORT']));
      expect(data.inPuyDeDome.totalCount).toBeGreaterThan(0);
      expect(data.inPuyDeDome.totalCount).toBeLessThan(data.all.totalCount);
      expect(data.pilotCohorts.totalCount).toBeGreaterThan(0);
      expect(data.initiationCohorts.totalCount).toBe(0);
      expect([data.diagnostics63.totalCount, data.diagnostics76.totalCount]).toEqual([1, 0]);
      expect(data.programme.waitlisted.totalCount).toBeGreaterThan(0);
      expect(data.programme.waitlisted.totalCount).toBeLessThan(data.programme.applications.totalCount);
      expect(new Set(data.programme.waitlisted.nodes.map((n: { status: string }) => n.status))).toEqual(new Set(['WAITLISTED']));
      expect(data.conventionStatistics.pilot.length).toBeGreaterThan(0);
      expect(data.conventionStatistics.diagnostic).toEqual([]);
    });

    it('names a bad filter value by its path in the filter', async () => {
      const res = await call('{ applications(filter: { territory: "Puy-de-Dôme" }) { totalCount } }');
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.territory' });
      const unknownCohort = await call('{ applications(filter: { cohortId: "ffffffffffffffffffffffff" }) { totalCount } }');
      expect(unknownCohort.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.cohortId' });
      // The old flat arguments are gone.
      expect(errorCodes(await call('{ applications(status: ACCEPTED) { totalCount } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(errorCodes(await call('{ cohorts(programme: PILOT_COHORT) { totalCount } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('moves an application step by step from the version seen; a stale one is CONFLICT, a missing one fails validation', async () => {
      const cohort = (
        await read(`mutation($input: CreateCohortInput!) { createCohort(input: $input) { id version } }`, {
          input: { programme: 'PILOT_COHORT', name: 'Promotion du contrat', startsOn: `${Y}-09-01`, endsOn: `${Y + 1}-08-31`, capacity: 2 },
        })
      ).createCohort;
      const submitted = (
        await read(`mutation($input: ApplicationInput!) { submitApplication(input: $input) { id version } }`, {
          input: { territoryId: RIOM, cohortId: cohort.id, motivation: 'Apprendre avec d’autres territoires.' },
        })
      ).submitApplication;
      expect(submitted.version).toBe(1);

      const STEP = (mutation: string) => `mutation($input: ${capitalised(mutation)}Input!) { ${mutation}(input: $input) { status version history { note } } }`;
      const shortlisted = (await read(STEP('shortlistApplication'), { input: { id: submitted.id, expectedVersion: 1, note: 'Dossier solide' } })).shortlistApplication;
      expect(shortlisted).toMatchObject({ status: 'SHORTLISTED', version: 2 });
      expect(shortlisted.history.at(-1)).toEqual({ note: 'Dossier solide' });

      const stale = await call(STEP('acceptApplication'), { input: { id: submitted.id, expectedVersion: 1 } });
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const missing = await call(`mutation { acceptApplication(input: { id: "${submitted.id}" }) { status } }`);
      expect(errorCodes(missing)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(missing.errors![0]!.message).toMatch(/expectedVersion/);
      const missingVariable = await call(STEP('acceptApplication'), { input: { id: submitted.id } });
      expect(errorCodes(missingVariable)).toEqual(['BAD_USER_INPUT']);
      // Nothing moved.
      const seen = await read(`query($id: ID!) { application(id: $id) { status version } }`, { id: submitted.id });
      expect(seen.application).toEqual({ status: 'SHORTLISTED', version: 2 });

      expect((await read(STEP('acceptApplication'), { input: { id: submitted.id, expectedVersion: 2 } })).acceptApplication).toMatchObject({ status: 'ACCEPTED', version: 3 });
      const inCohort = await read(`query($id: ID!) { cohort(id: $id) {
        accepted: applications(filter: { statuses: [ACCEPTED] }) { totalCount }
        rejected: applications(filter: { statuses: [REJECTED] }) { totalCount } } }`, { id: cohort.id });
      expect(inCohort.cohort).toEqual({ accepted: { totalCount: 1 }, rejected: { totalCount: 0 } });
    });

    it('changes a cohort and its sessions from the version seen, content under `changes` and `session`', async () => {
      const FIELDS = 'version capacity name sessions { id date topic }';
      const cohort = (
        await read(`mutation($input: CreateCohortInput!) { createCohort(input: $input) { id ${FIELDS} } }`, {
          input: { programme: 'PILOT_COHORT', name: 'Promotion à changer', startsOn: `${Y}-09-01`, endsOn: `${Y + 1}-08-31`, capacity: 4 },
        })
      ).createCohort;
      const updated = (await read(`mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { ${FIELDS} } }`, {
        input: { id: cohort.id, expectedVersion: 1, changes: { capacity: 6, name: 'Promotion élargie' } },
      })).updateCohort;
      expect(updated).toMatchObject({ version: 2, capacity: 6, name: 'Promotion élargie' });
      const stale = await call(`mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { version } }`, { input: { id: cohort.id, expectedVersion: 1, changes: { name: 'Vieux' } } });
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const lower = await call(`mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { version } }`, { input: { id: cohort.id, expectedVersion: 2, changes: { capacity: 3 } } });
      expect(lower.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.capacity' });
      expect(errorCodes(await call(`mutation { updateCohort(input: { id: "${cohort.id}", changes: { name: "x" } }) { version } }`))).toEqual(['GRAPHQL_VALIDATION_FAILED']);

      const added = (await read(`mutation($input: AddCohortSessionInput!) { addCohortSession(input: $input) { ${FIELDS} } }`, {
        input: { cohortId: cohort.id, expectedVersion: 2, session: { date: `${Y}-10-01`, topic: 'Lancement', place: 'Riom' } },
      })).addCohortSession;
      expect(added).toMatchObject({ version: 3, sessions: [{ date: `${Y}-10-01`, topic: 'Lancement' }] });
      const sessionId = added.sessions[0].id;
      const moved = (await read(`mutation($input: UpdateCohortSessionInput!) { updateCohortSession(input: $input) { ${FIELDS} } }`, {
        input: { cohortId: cohort.id, expectedVersion: 3, sessionId, changes: { date: `${Y}-10-02` } },
      })).updateCohortSession;
      expect(moved).toMatchObject({ version: 4, sessions: [{ id: sessionId, date: `${Y}-10-02`, topic: 'Lancement' }] });
      const staleRemoval = await call(`mutation($input: RemoveCohortSessionInput!) { removeCohortSession(input: $input) { version } }`, { input: { cohortId: cohort.id, expectedVersion: 3, sessionId } });
      expect(staleRemoval.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 4 });
      const removed = (await read(`mutation($input: RemoveCohortSessionInput!) { removeCohortSession(input: $input) { ${FIELDS} } }`, { input: { cohortId: cohort.id, expectedVersion: 4, sessionId } })).removeCohortSession;
      expect(removed).toMatchObject({ version: 5, sessions: [] });
    });

    it('changes a diagnostic from the version seen, under `changes`', async () => {
      const created = (
        await read(`mutation($input: CreateDiagnosticInput!) { createDiagnostic(input: $input) { id version } }`, {
          input: { territoryId: RIOM, auditDays: ['2031-03-01', '2031-03-02', '2031-03-03'] },
        })
      ).createDiagnostic;
      const UPDATE = `mutation($input: UpdateDiagnosticInput!) { updateDiagnostic(input: $input) { version summary auditDayCount } }`;
      const updated = (await read(UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { summary: 'Synthèse', auditDays: ['2031-03-01', '2031-03-02', '2031-03-03', '2031-03-04'] } } })).updateDiagnostic;
      expect(updated).toEqual({ version: 2, summary: 'Synthèse', auditDayCount: 4 });
      const stale = await call(UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { summary: 'Vieux' } } });
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const bad = await call(UPDATE, { input: { id: created.id, expectedVersion: 2, changes: { auditDays: ['2031-03-01'] } } });
      expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.auditDays' });
      const listed = await read(`{ diagnostics(filter: { territory: "${RIOM}" }) { totalCount nodes { summary } } }`);
      expect(listed.diagnostics).toEqual({ totalCount: 1, nodes: [{ summary: 'Synthèse' }] });
    });
  });
});

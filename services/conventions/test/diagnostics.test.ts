import { stableId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { ACT, as, dataOf, errorOf, step, SUBMIT, useConventions } from './support';

const FIELDS = `id version territory { id } programme { kind } application { id status } auditDays auditDayCount summary strengths weaknesses recommendations deliveredOn`;
const CREATE = `mutation($input: CreateDiagnosticInput!) { createDiagnostic(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $changes: DiagnosticChangesInput!) { updateDiagnostic(input: { id: $id, expectedVersion: $v, changes: $changes }) { ${FIELDS} } }`;
const READ = `query($id: ID!) { diagnostic(id: $id) { ${FIELDS} } }`;

const SEEDED = stableId('diagnostic', 'EPCI:200071215/2021');
const DIAGNOSED = 'EPCI:200071215';
const days = (n: number) => Array.from({ length: n }, (_, i) => `2031-03-0${i + 1}`);
const input = (overrides: Record<string, unknown> = {}) => ({
  territoryId: 'COMMUNE:63113',
  auditDays: days(3),
  strengths: ['Une équipe engagée.'],
  weaknesses: ['Peu de moyens.'],
  recommendations: ['Mutualiser un poste.'],
  ...overrides,
});

describe('diagnostics (real database)', () => {
  const t = useConventions();

  it('shows the seeded diagnostic to staff and to members of the diagnosed territory only', async () => {
    const staff = dataOf(await t.call(READ, { id: SEEDED }, as.staff())).diagnostic;
    expect(staff).toMatchObject({ territory: { id: DIAGNOSED }, programme: { kind: 'SHORT_DIAGNOSTIC' }, auditDayCount: 4, application: { status: 'ACCEPTED' } });
    expect(staff.recommendations.length).toBeGreaterThan(0);
    expect(dataOf(await t.call(READ, { id: SEEDED }, as.member(DIAGNOSED))).diagnostic.id).toBe(SEEDED);
    for (const headers of [as.anonymous(), as.partner(), as.member('DEPARTEMENT:63')]) {
      expect(dataOf(await t.call(READ, { id: SEEDED }, headers)).diagnostic).toBeNull();
    }
    const lists = `query($reps: [_Any!]!) { diagnostics(filter: { territory: "DEPARTEMENT:63" }) { totalCount } _entities(representations: $reps) { ... on Territory { diagnostics { totalCount } } } }`;
    const counts = async (headers: Record<string, string>) => {
      const data = dataOf(await t.call(lists, { reps: [{ __typename: 'Territory', id: DIAGNOSED }] }, headers));
      return [data.diagnostics.totalCount, data._entities[0].diagnostics.totalCount];
    };
    expect(await counts(as.staff())).toEqual([1, 1]);
    expect(await counts(as.member(DIAGNOSED))).toEqual([1, 1]);
    expect(await counts(as.anonymous())).toEqual([0, 0]);
    expect(await counts(as.member('DEPARTEMENT:63'))).toEqual([0, 0]);
  });

  it('records a diagnostic whose audit days obey the programme rules (3 to 5)', async () => {
    for (const n of [3, 5]) {
      const created = dataOf(await t.call(CREATE, { input: input({ auditDays: days(n).reverse() }) }, as.staff())).createDiagnostic;
      expect(created).toMatchObject({ version: 1, auditDayCount: n, auditDays: days(n), programme: { kind: 'SHORT_DIAGNOSTIC' } });
    }
    const before = await t.subgraph.database.connection.collection('diagnostics').countDocuments();
    const refused = async (overrides: Record<string, unknown>) => errorOf(await t.call(CREATE, { input: input(overrides) }, as.staff())).extensions;
    expect(await refused({ auditDays: days(2) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.auditDays', min: 3, max: 5 });
    expect(await refused({ auditDays: days(6) })).toMatchObject({ field: 'input.auditDays' });
    expect(await refused({ auditDays: ['2031-03-01', '2031-03-01', '2031-03-02'] })).toMatchObject({ field: 'input.auditDays' });
    expect(await refused({ auditDays: ['2031-03-01', 'mardi', '2031-03-02'] })).toMatchObject({ field: 'input.auditDays.1' });
    expect(await refused({ territoryId: 'Clermont' })).toMatchObject({ field: 'input.territoryId' });
    expect(await refused({ strengths: [''] })).toMatchObject({ field: 'input.strengths.0' });
    expect(await refused({ deliveredOn: 'demain' })).toMatchObject({ field: 'input.deliveredOn' });
    // The rules are the programme's: an initiation day lasts one day.
    expect(await refused({ programme: 'INITIATION_DAY' })).toMatchObject({ field: 'input.auditDays', min: 1, max: 1 });
    expect(await t.subgraph.database.connection.collection('diagnostics').countDocuments()).toBe(before);
  });

  it("links a diagnostic to the territory's accepted application only", async () => {
    const territoryId = 'COMMUNE:63014';
    const submitted = dataOf(await t.call(SUBMIT, { input: { territoryId, programme: 'SHORT_DIAGNOSTIC', motivation: 'Un diagnostic.' } }, as.member(territoryId))).submitApplication;
    const early = errorOf(await t.call(CREATE, { input: input({ territoryId, applicationId: submitted.id }) }, as.staff()));
    expect(early.extensions.field).toBe('input.applicationId');
    dataOf(await t.call(ACT('acceptApplication'), step(submitted.id, 1), as.staff()));
    const wrongTerritory = errorOf(await t.call(CREATE, { input: input({ applicationId: submitted.id }) }, as.staff()));
    expect(wrongTerritory.extensions.field).toBe('input.applicationId');
    const linked = dataOf(await t.call(CREATE, { input: input({ territoryId, applicationId: submitted.id }) }, as.staff())).createDiagnostic;
    expect(linked.application).toEqual({ id: submitted.id, status: 'ACCEPTED' });
  });

  it('changes a diagnostic from the version seen, staff only', async () => {
    const created = dataOf(await t.call(CREATE, { input: input() }, as.staff())).createDiagnostic;
    const updated = dataOf(await t.call(UPDATE, { id: created.id, v: 1, changes: { auditDays: days(4), summary: 'Synthèse', deliveredOn: '2031-04-01' } }, as.staff())).updateDiagnostic;
    expect(updated).toMatchObject({ version: 2, auditDayCount: 4, summary: 'Synthèse', deliveredOn: '2031-04-01', strengths: ['Une équipe engagée.'] });
    expect(errorOf(await t.call(UPDATE, { id: created.id, v: 1, changes: { summary: 'x' } }, as.staff())).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(errorOf(await t.call(UPDATE, { id: created.id, v: 2, changes: { auditDays: days(1) } }, as.staff())).extensions.field).toBe('input.changes.auditDays');
    expect(errorCodes(await t.call(UPDATE, { id: created.id, v: 2, changes: { summary: 'x' } }, as.member('COMMUNE:63113')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.call(CREATE, { input: input() }, as.anonymous()))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.call(CREATE, { input: input() }, as.member('COMMUNE:63113')))).toEqual(['FORBIDDEN']);
    expect(dataOf(await t.call(READ, { id: created.id }, as.staff())).diagnostic.version).toBe(2);
  });
});

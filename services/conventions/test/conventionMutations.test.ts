import { errorCodes } from '@fabrique/kit/testing';
import { as, conventionInput, dataOf, errorOf, useConventions } from './support';

const FIELDS = `id version status allowedTransitions signedOn startsOn endsOn
  parties { actor { id } } signatories { name signedOn }
  documents { id title url kind }
  commitments { number title milestones { id title dueOn doneOn done } indicators { id label currentValue completion history { value measuredOn recordedBy } } progress { overall milestoneShare indicatorCompletion } }
  statusHistory { from to effectiveOn by note }`;
const CREATE = `mutation($input: CreateConventionInput!) { createConvention(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateConventionInput!) { updateConvention(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($input: ChangeConventionStatusInput!) { changeConventionStatus(input: $input) { ${FIELDS} } }`;
const ADD_DOCUMENT = `mutation($input: AddConventionDocumentInput!) { addConventionDocument(input: $input) { ${FIELDS} } }`;
const REMOVE_DOCUMENT = `mutation($input: RemoveConventionDocumentInput!) { removeConventionDocument(input: $input) { ${FIELDS} } }`;
const ADD_COMMITMENT = `mutation($input: AddCommitmentInput!) { addCommitment(input: $input) { ${FIELDS} } }`;
const UPDATE_COMMITMENT = `mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { ${FIELDS} } }`;
const ADD_MILESTONE = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { ${FIELDS} } }`;
const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ${FIELDS} } }`;
const ADD_INDICATOR = `mutation($input: AddIndicatorInput!) { addIndicator(input: $input) { ${FIELDS} } }`;
const RECORD = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { convention(id: $id) { ${FIELDS} } }`;

describe('convention changes (conventions subgraph, real database)', () => {
  const t = useConventions();
  const create = async (input = conventionInput()) => dataOf(await t.call(CREATE, { input }, as.staff())).createConvention;
  const count = async () => t.subgraph.database.connection.collection('conventions').countDocuments();

  it('lets staff record a convention IN_PREPARATION, filed under every territory containing its parties', async () => {
    const created = await create();
    expect(created).toMatchObject({ version: 1, status: 'IN_PREPARATION', allowedTransitions: ['SIGNED'], signedOn: null });
    expect(created.statusHistory).toEqual([{ from: null, to: 'IN_PREPARATION', effectiveOn: null, by: 'staff-alice', note: null }]);
    // A commune's convention appears under its département and its région.
    const under = async (territory: string) =>
      dataOf(await t.call(`query($t: ID) { conventions(filter: { territory: $t, statuses: [IN_PREPARATION] }) { edges { node { id } } } }`, { t: territory })).conventions.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await under('DEPARTEMENT:63')).toContain(created.id);
    expect(await under('REGION:84')).toContain(created.id);
    expect(await under('DEPARTEMENT:01')).not.toContain(created.id);
  });

  it('refuses anonymous callers (UNAUTHENTICATED) and non-staff (FORBIDDEN), writing nothing', async () => {
    const before = await count();
    expect(errorCodes(await t.call(CREATE, { input: conventionInput() }, as.anonymous()))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.call(CREATE, { input: conventionInput() }, as.partner()))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.call(CREATE, { input: conventionInput() }, as.member('COMMUNE:63113')))).toEqual(['FORBIDDEN']);
    const created = await create();
    expect(errorCodes(await t.call(MOVE, { input: { id: created.id, expectedVersion: 1, status: 'SIGNED' } }, as.anonymous()))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.call(MOVE, { input: { id: created.id, expectedVersion: 1, status: 'SIGNED' } }, as.member('COMMUNE:63113')))).toEqual(['FORBIDDEN']);
    expect(await count()).toBe(before + 1);
    expect(dataOf(await t.call(READ, { id: created.id })).convention.version).toBe(1);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await count();
    const field = async (input: Record<string, unknown>) => errorOf(await t.call(CREATE, { input: conventionInput(input) }, as.staff())).extensions.field;
    expect(await field({ title: '  ' })).toBe('input.title');
    expect(await field({ parties: [] })).toBe('input.parties');
    expect(await field({ parties: [{ actorId: 'COMMUNE:99999', role: 'x' }] })).toBe('input.parties.0.actorId');
    expect(await field({ parties: [{ actorId: 'not-an-actor', role: 'x' }] })).toBe('input.parties.0.actorId');
    expect(await field({ parties: [{ actorId: 'COMMUNE:63113', role: 'x' }, { actorId: 'COMMUNE:63113', role: 'y' }] })).toBe('input.parties.1');
    expect(await field({ startsOn: '2022-01-01', endsOn: '2021-01-01' })).toBe('input.endsOn');
    expect(await field({ startsOn: '2021-02-30' })).toBe('input.startsOn');
    expect(await field({ documents: [{ title: 'Texte', url: 'ftp://example.org/x' }] })).toBe('input.documents.0.url');
    expect(await field({ signatories: [{ name: 'X', title: 'Maire', onBehalfOf: 'DEPARTEMENT:63' }] })).toBe('input.signatories.0.onBehalfOf');
    expect(await field({ commitments: [{ title: 'A', description: 'B', indicators: [{ label: 'L', unit: 'u', target: 1, baseline: null }], milestones: [{ title: 'M', dueOn: 'soon' }] }] })).toBe(
      'input.commitments.0.milestones.0.dueOn',
    );
    expect(await count()).toBe(before);
  });

  it('moves along IN_PREPARATION → SIGNED → ACTIVE → ENDED, stamping dates and recording who, when, from and to', async () => {
    const c = await create(conventionInput({ signatories: [{ name: 'Olivier Bianchi', title: 'Maire de Clermont-Ferrand', onBehalfOf: 'COMMUNE:63113' }], endsOn: '2030-12-31' }));
    const signed = dataOf(await t.call(MOVE, { input: { id: c.id, expectedVersion: 1, status: 'SIGNED', effectiveOn: '2025-03-01', note: 'Signée en séance' } }, as.staff())).changeConventionStatus;
    expect(signed).toMatchObject({ version: 2, status: 'SIGNED', signedOn: '2025-03-01', allowedTransitions: ['ACTIVE', 'TERMINATED'] });
    expect(signed.signatories[0].signedOn).toBe('2025-03-01');
    const active = dataOf(await t.call(MOVE, { input: { id: c.id, expectedVersion: 2, status: 'ACTIVE', effectiveOn: '2025-04-01' } }, as.otherStaff())).changeConventionStatus;
    expect(active).toMatchObject({ version: 3, startsOn: '2025-04-01' });
    const ended = dataOf(await t.call(MOVE, { input: { id: c.id, expectedVersion: 3, status: 'ENDED' } }, as.staff())).changeConventionStatus;
    expect(ended).toMatchObject({ status: 'ENDED', endsOn: '2030-12-31', allowedTransitions: [] }); // the planned end is kept
    expect(ended.statusHistory.map((h: Record<string, unknown>) => [h.from, h.to, h.effectiveOn, h.by])).toEqual([
      [null, 'IN_PREPARATION', null, 'staff-alice'],
      ['IN_PREPARATION', 'SIGNED', '2025-03-01', 'staff-alice'],
      ['SIGNED', 'ACTIVE', '2025-04-01', 'staff-bruno'],
      ['ACTIVE', 'ENDED', null, 'staff-alice'],
    ]);
    expect(ended.statusHistory[1].note).toBe('Signée en séance');
    // Who changed it is shown to staff only.
    const publicView = dataOf(await t.call(READ, { id: c.id }, as.anonymous())).convention;
    expect(publicView.statusHistory.map((h: { by: string | null }) => h.by)).toEqual([null, null, null, null]);
  });

  it('refuses an illegal transition with ILLEGAL_TRANSITION (from, to, allowed) and changes nothing', async () => {
    const c = await create();
    const skip = errorOf(await t.call(MOVE, { input: { id: c.id, expectedVersion: 1, status: 'ACTIVE' } }, as.staff()));
    expect(skip.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'IN_PREPARATION', to: 'ACTIVE', allowed: ['SIGNED'] });
    expect(errorOf(await t.call(MOVE, { input: { id: c.id, expectedVersion: 1, status: 'TERMINATED' } }, as.staff())).extensions.code).toBe('ILLEGAL_TRANSITION');
    expect(dataOf(await t.call(READ, { id: c.id })).convention).toMatchObject({ version: 1, status: 'IN_PREPARATION' });

    dataOf(await t.call(MOVE, { input: { id: c.id, expectedVersion: 1, status: 'SIGNED' } }, as.staff()));
    const terminated = dataOf(await t.call(MOVE, { input: { id: c.id, expectedVersion: 2, status: 'TERMINATED', effectiveOn: '2026-01-15' } }, as.staff())).changeConventionStatus;
    expect(terminated).toMatchObject({ status: 'TERMINATED', endsOn: '2026-01-15' });
    const final = errorOf(await t.call(MOVE, { input: { id: c.id, expectedVersion: 3, status: 'ACTIVE' } }, as.staff()));
    expect(final.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'TERMINATED', to: 'ACTIVE', allowed: [] });
    expect(dataOf(await t.call(READ, { id: c.id })).convention.version).toBe(3);
  });

  it('signs only a convention with two parties and a commitment', async () => {
    const lonely = await create(conventionInput({ parties: [{ actorId: 'COMMUNE:63113', role: 'Territoire' }] }));
    expect(errorOf(await t.call(MOVE, { input: { id: lonely.id, expectedVersion: 1, status: 'SIGNED' } }, as.staff())).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    const empty = await create(conventionInput({ commitments: [] }));
    expect(errorOf(await t.call(MOVE, { input: { id: empty.id, expectedVersion: 1, status: 'SIGNED' } }, as.staff())).extensions.field).toBe('input.status');
  });

  it('refuses an edit of an outdated version with CONFLICT, and lets exactly one of simultaneous editors win', async () => {
    const c = await create();
    dataOf(await t.call(UPDATE, { input: { id: c.id, expectedVersion: 1, changes: { title: 'Nouveau titre' } } }, as.staff()));
    const stale = errorOf(await t.call(UPDATE, { input: { id: c.id, expectedVersion: 1, changes: { summary: 'Écrasé ?' } } }, as.otherStaff()));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const racing = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.call(UPDATE, { input: { id: c.id, expectedVersion: 2, changes: { summary: `Éditeur ${i}` } } }, as.staff())),
    );
    expect(racing.filter((r) => r.data?.updateConvention)).toHaveLength(1);
    expect(racing.flatMap((r) => errorCodes(r))).toEqual(Array(9).fill('CONFLICT'));
    const stored = dataOf(await t.call(READ, { id: c.id })).convention;
    expect(stored.version).toBe(3);
    expect(errorCodes(await t.call(UPDATE, { input: { id: '000000000000000000000000', expectedVersion: 1, changes: { title: 'x' } } }, as.staff()))).toEqual(['NOT_FOUND']);
  });

  it('updates parties and signatories consistently', async () => {
    const c = await create(conventionInput({ signatories: [{ name: 'Olivier Bianchi', title: 'Maire', onBehalfOf: 'COMMUNE:63113' }] }));
    const orphaned = errorOf(await t.call(UPDATE, { input: { id: c.id, expectedVersion: 1, changes: { parties: [{ actorId: 'DEPARTEMENT:63', role: 'Département' }] } } }, as.staff()));
    expect(orphaned.extensions.field).toBe('input.changes.parties');
    const moved = dataOf(
      await t.call(UPDATE, { input: { id: c.id, expectedVersion: 1, changes: { parties: [{ actorId: 'DEPARTEMENT:63', role: 'Département' }], signatories: [], summary: null } } }, as.staff()),
    ).updateConvention;
    expect(moved.parties).toEqual([{ actor: { id: 'DEPARTEMENT:63' } }]);
    const byParty = dataOf(await t.call(`{ conventions(filter: { party: "COMMUNE:63113", statuses: [IN_PREPARATION] }) { edges { node { id } } } }`)).conventions.edges;
    expect(byParty.map((e: { node: { id: string } }) => e.node.id)).not.toContain(c.id);
  });

  it('attaches and detaches documents', async () => {
    const c = await create();
    const added = dataOf(await t.call(ADD_DOCUMENT, { input: { id: c.id, expectedVersion: 1, document: { title: 'Texte signé', url: 'https://example.org/convention.pdf', kind: 'CONVENTION_TEXT' } } }, as.staff())).addConventionDocument;
    expect(added.documents).toEqual([{ id: expect.any(String), title: 'Texte signé', url: 'https://example.org/convention.pdf', kind: 'CONVENTION_TEXT' }]);
    expect(errorOf(await t.call(REMOVE_DOCUMENT, { input: { id: c.id, expectedVersion: 2, documentId: 'nope' } }, as.staff())).extensions.field).toBe('input.documentId');
    const removed = dataOf(await t.call(REMOVE_DOCUMENT, { input: { id: c.id, expectedVersion: 2, documentId: added.documents[0].id } }, as.staff())).removeConventionDocument;
    expect(removed).toMatchObject({ version: 3, documents: [] });
  });

  it('follows commitments: milestones done, indicator values with history, computed progress', async () => {
    const c = await create();
    let v = 1;
    const step = async (query: string, variables: Record<string, unknown>, name: string) => {
      const result = dataOf(await t.call(query, { input: { conventionId: c.id, expectedVersion: v, ...variables } }, as.staff()))[name];
      v = result.version;
      return result;
    };
    let conv = await step(ADD_COMMITMENT, { commitment: { title: 'Mobiliser', description: 'Mobiliser les habitants.' } }, 'addCommitment');
    expect(conv.commitments.map((k: { number: number }) => k.number)).toEqual([1, 2]);
    conv = await step(UPDATE_COMMITMENT, { number: 2, changes: { title: 'Mobiliser les habitants' } }, 'updateCommitment');
    expect(conv.commitments[1].title).toBe('Mobiliser les habitants');
    expect(conv.commitments[1].progress).toEqual({ overall: null, milestoneShare: null, indicatorCompletion: null });
    conv = await step(ADD_MILESTONE, { commitmentNumber: 2, milestone: { title: 'Réunion publique', dueOn: '2030-01-31' } }, 'addMilestone');
    conv = await step(ADD_MILESTONE, { commitmentNumber: 2, milestone: { title: 'Atelier', dueOn: '2030-03-31' } }, 'addMilestone');
    const [m1] = conv.commitments[1].milestones;
    conv = await step(UPDATE_MILESTONE, { milestoneId: m1.id, changes: { doneOn: '2030-01-30' } }, 'updateMilestone');
    expect(conv.commitments[1].milestones[0]).toMatchObject({ done: true, doneOn: '2030-01-30', dueOn: '2030-01-31' });
    conv = await step(ADD_INDICATOR, { commitmentNumber: 2, indicator: { label: 'Participants', unit: 'personnes', target: 200 } }, 'addIndicator');
    const indicator = conv.commitments[1].indicators[0];
    conv = await step(RECORD, { indicatorId: indicator.id, value: 50, measuredOn: '2030-02-01' }, 'recordIndicatorValue');
    conv = await step(RECORD, { indicatorId: indicator.id, value: 150, measuredOn: '2030-04-01' }, 'recordIndicatorValue');
    conv = await step(RECORD, { indicatorId: indicator.id, value: 120, measuredOn: '2030-03-01' }, 'recordIndicatorValue'); // a late entry of an older measure
    const measured = conv.commitments[1].indicators[0];
    expect(measured).toMatchObject({ currentValue: 150, completion: 0.75 });
    expect(measured.history.map((h: { value: number; recordedBy: string }) => [h.value, h.recordedBy])).toEqual([
      [50, 'staff-alice'],
      [150, 'staff-alice'],
      [120, 'staff-alice'],
    ]);
    expect(conv.commitments[1].progress).toEqual({ milestoneShare: 0.5, indicatorCompletion: 0.75, overall: 0.625 });
    // Reopening a milestone.
    conv = await step(UPDATE_MILESTONE, { milestoneId: m1.id, changes: { doneOn: null } }, 'updateMilestone');
    expect(conv.commitments[1].progress.milestoneShare).toBe(0);
    expect(v).toBe(11);

    const field = async (query: string, variables: Record<string, unknown>) =>
      errorOf(await t.call(query, { input: { conventionId: c.id, expectedVersion: v, ...variables } }, as.staff())).extensions.field;
    expect(await field(ADD_MILESTONE, { commitmentNumber: 9, milestone: { title: 'x' } })).toBe('input.commitmentNumber');
    expect(await field(ADD_MILESTONE, { commitmentNumber: 2, milestone: { title: ' ' } })).toBe('input.milestone.title');
    expect(await field(UPDATE_MILESTONE, { milestoneId: 'nope', changes: { doneOn: '2030-01-01' } })).toBe('input.milestoneId');
    expect(await field(UPDATE_MILESTONE, { milestoneId: m1.id, changes: { doneOn: 'yesterday' } })).toBe('input.changes.doneOn');
    expect(await field(ADD_INDICATOR, { commitmentNumber: 2, indicator: { label: 'L', unit: ' ', target: 1 } })).toBe('input.indicator.unit');
    expect(await field(RECORD, { indicatorId: 'nope', value: 1, measuredOn: '2030-01-01' })).toBe('input.indicatorId');
    expect(await field(RECORD, { indicatorId: indicator.id, value: 1, measuredOn: '01/01/2030' })).toBe('input.measuredOn');
    expect(await field(UPDATE_COMMITMENT, { number: 2, changes: { description: '' } })).toBe('input.changes.description');
    expect(await field(UPDATE_COMMITMENT, { number: 7, changes: { title: 'x' } })).toBe('input.number');
    expect(await field(ADD_COMMITMENT, { commitment: { title: 'x', description: ' ' } })).toBe('input.commitment.description');
    expect(dataOf(await t.call(READ, { id: c.id })).convention.version).toBe(11);
    // Indicator values' authors are hidden from non-staff.
    const publicView = dataOf(await t.call(READ, { id: c.id }, as.member('COMMUNE:63113'))).convention;
    expect(publicView.commitments[1].indicators[0].history.map((h: { recordedBy: string | null }) => h.recordedBy)).toEqual([null, null, null]);
  });

  it('keeps every version of a convention as a revision', async () => {
    const c = await create();
    dataOf(await t.call(UPDATE, { input: { id: c.id, expectedVersion: 1, changes: { title: 'Deuxième version' } } }, as.staff()));
    const revisions = await t.subgraph.database.connection
      .collection('revisions')
      .find({ entityId: c.id })
      .sort({ version: 1 })
      .toArray();
    expect(revisions.map((r) => [r.version, r.author, (r.snapshot as { title: string }).title])).toEqual([
      [1, 'staff-alice', 'Convention de test'],
      [2, 'staff-alice', 'Deuxième version'],
    ]);
  });
});

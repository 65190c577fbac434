import { errorCodes } from '@fabrique/kit/testing';
import { as, client, CREATE, newExperience, startKnowledge, UPDATE, type Knowledge } from './support';

const REVISIONS = `query($id: ID!, $first: Int, $after: String) { experience(id: $id) { version revisions(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { version author note changedFields content { title status keyFigures { budgetEuros } } } } } } }`;
const REVISION = `query($id: ID!, $v: Int!) { experience(id: $id) { revision(version: $v) { version author changedFields content { title body } } } }`;
const RESTORE = `mutation($id: ID!, $version: Int!, $v: Int!) { restoreExperienceRevision(input: { id: $id, version: $version, expectedVersion: $v }) { version title body status } }`;

describe('experience revisions, restore and concurrent edits (real database)', () => {
  let knowledge: Knowledge;
  let api: ReturnType<typeof client>;
  let id: string;
  beforeAll(async () => {
    knowledge = await startKnowledge({ seed: false });
    api = client(knowledge);
    await knowledge.database.connection.collection('themes').insertOne({ _id: 'energie' as never, parentId: null, ancestorIds: [], labels: { fr: 'Énergie', en: 'Energy' }, descriptions: { fr: null, en: null }, rank: 1 });
    id = (await api.ok(CREATE, { input: newExperience({ title: 'Version 1', body: 'Texte initial' }) }, as.livradois)).createExperience.id;
    await api.ok(UPDATE, { id, v: 1, input: { title: 'Version 2' } }, as.livradois);
    await api.ok(UPDATE, { id, v: 2, input: { body: 'Texte réécrit', keyFigures: { budgetEuros: 1 } } }, as.livradois);
  });
  afterAll(() => knowledge.stop());

  it('keeps every version with who, when and what changed (derived fields left out)', async () => {
    const data = await api.ok(REVISIONS, { id }, as.livradois);
    expect(data.experience.version).toBe(3);
    expect(data.experience.revisions.totalCount).toBe(3);
    expect(data.experience.revisions.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { version: 3, author: 'maelle', note: 'edited', changedFields: ['body', 'keyFigures'], content: { title: 'Version 2', status: 'DRAFT', keyFigures: { budgetEuros: 1 } } },
      { version: 2, author: 'maelle', note: 'edited', changedFields: ['title'], content: { title: 'Version 2', status: 'DRAFT', keyFigures: { budgetEuros: 250000 } } },
      expect.objectContaining({ version: 1, author: 'maelle', note: 'created', content: expect.objectContaining({ title: 'Version 1' }) }),
    ]);
  });

  it('pages revisions and reads one by version', async () => {
    const first = await api.ok(REVISIONS, { id, first: 2 }, as.staff);
    expect(first.experience.revisions.edges).toHaveLength(2);
    expect(first.experience.revisions.pageInfo.hasNextPage).toBe(true);
    const rest = await api.ok(REVISIONS, { id, first: 2, after: first.experience.revisions.pageInfo.endCursor }, as.staff);
    expect(rest.experience.revisions.edges.map((e: { node: { version: number } }) => e.node.version)).toEqual([1]);
    const one = await api.ok(REVISION, { id, v: 1 }, as.livradois);
    expect(one.experience.revision).toMatchObject({ version: 1, content: { title: 'Version 1', body: 'Texte initial' } });
    expect((await api.ok(REVISION, { id, v: 42 }, as.livradois)).experience.revision).toBeNull();
  });

  it('keeps revisions away from other partners', async () => {
    const res = await api.send(REVISION, { id, v: 1 }, as.domes);
    // Another partner cannot even see the draft.
    expect(res.data.experience).toBeNull();
  });

  it('restores an old version as a new version, losing nothing', async () => {
    const restored = (await api.ok(RESTORE, { id, version: 1, v: 3 }, as.livradois)).restoreExperienceRevision;
    expect(restored).toMatchObject({ version: 4, title: 'Version 1', body: 'Texte initial', status: 'DRAFT' });
    const data = await api.ok(REVISIONS, { id }, as.livradois);
    expect(data.experience.revisions.edges.map((e: { node: { version: number; note: string } }) => [e.node.version, e.node.note])).toEqual([
      [4, 'restored from version 1'],
      [3, 'edited'],
      [2, 'edited'],
      [1, 'created'],
    ]);
    // The version restored over is still there, and can itself be restored.
    const back = (await api.ok(RESTORE, { id, version: 3, v: 4 }, as.livradois)).restoreExperienceRevision;
    expect(back).toMatchObject({ version: 5, title: 'Version 2', body: 'Texte réécrit' });
  });

  it('refuses restores of unknown versions and by other partners', async () => {
    expect(errorCodes(await api.send(RESTORE, { id, version: 99, v: 5 }, as.livradois))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.send(RESTORE, { id, version: 1, v: 5 }, as.domes))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.send(RESTORE, { id, version: 1, v: 5 }))).toEqual(['UNAUTHENTICATED']);
  });

  it('detects an edit of an outdated version: CONFLICT with the current version, nothing overwritten', async () => {
    const res = await api.send(UPDATE, { id, v: 2, input: { title: 'Écrase tout' } }, as.livradois);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.extensions!.currentVersion).toBe(5);
    expect((await api.ok(`query($id: ID!) { experience(id: $id) { title version } }`, { id }, as.livradois)).experience).toEqual({ title: 'Version 2', version: 5 });
  });

  it('lets exactly one of simultaneous editors of the same version win', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => api.send(UPDATE, { id, v: 5, input: { title: `Éditeur ${i}` } }, i % 2 ? as.livradois : as.staff)),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => [errorCodes(r)[0], r.errors![0]!.extensions!.currentVersion])).toEqual(Array(11).fill(['CONFLICT', 6]));
    const stored = (await api.ok(`query($id: ID!) { experience(id: $id) { title version } }`, { id }, as.staff)).experience;
    expect(stored).toEqual({ title: winners[0]!.data.updateExperience.title, version: 6 });
    expect((await api.ok(REVISIONS, { id, first: 100 }, as.staff)).experience.revisions.totalCount).toBe(6);
  });
});

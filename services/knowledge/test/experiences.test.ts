import { stableId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { as, CREATE, DOMES, LIVRADOIS, newExperience, step, UPDATE, useKnowledge } from './support';

const LIST = `query($filter: PublicationFilter, $first: Int) { experiences(filter: $filter, first: $first) { totalCount edges { node { id status } } } }`;
const BY_ID = `query($id: ID!) { experience(id: $id) { id title status moderationComment } }`;
const SUBMITTED_DEMO = stableId('experience', 'riom-fresque-climat-lyceens');
const DRAFT_DEMO = stableId('experience', 'ambert-chaufferie-bois-collective');

describe('experiences: ownership, workflow and visibility (real database)', () => {
  const { knowledge, api } = useKnowledge();

  const count = async () => knowledge().database.connection.collection('experiences').countDocuments();

  it('lists only published experiences to the public, with every field of the seed', async () => {
    const data = await api.ok(LIST, { first: 100 });
    expect(data.experiences.totalCount).toBeGreaterThanOrEqual(30);
    expect(new Set(data.experiences.edges.map((e: { node: { status: string } }) => e.node.status))).toEqual(new Set(['PUBLISHED']));
    const full = await api.ok(`{ experiences(first: 1, filter: { territory: "DEPARTEMENT:63" }) { edges { node {
      title summary body language status territories { id } publisher { id } authors { name role } themes { id label labelEn parent { id } }
      convention { id } programme { id } outcomes lessons keyFigures { budgetEuros durationMonths peopleInvolved } publishedAt createdAt
    } } } }`);
    const node = full.experiences.edges[0].node;
    expect(node.language).toBe('fr');
    expect(node.themes.length).toBeGreaterThan(0);
    expect(node.themes[0].parent).not.toBeNull();
    expect(node.outcomes.length).toBeGreaterThan(0);
  });

  it('shows a partner its own drafts and submissions, never another organisation’s', async () => {
    const mine = await api.ok(LIST, { filter: { statuses: ['DRAFT', 'SUBMITTED'] }, first: 100 }, as.livradois);
    expect(mine.experiences.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([DRAFT_DEMO]);
    const anonymous = await api.ok(LIST, { filter: { statuses: ['DRAFT', 'SUBMITTED'] } });
    expect(anonymous.experiences.totalCount).toBe(0);
    expect((await api.ok(BY_ID, { id: DRAFT_DEMO }, as.domes)).experience).toBeNull();
    expect((await api.ok(BY_ID, { id: DRAFT_DEMO }, as.livradois)).experience.status).toBe('DRAFT');
    const queue = await api.ok(LIST, { filter: { statuses: ['SUBMITTED'] } }, as.staff);
    expect(queue.experiences.totalCount).toBe(2);
  });

  it('refuses anonymous mutations with UNAUTHENTICATED and writes nothing', async () => {
    const before = await count();
    const res = await api.send(CREATE, { input: newExperience() });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(await count()).toBe(before);
  });

  it('lets a partner create a draft for its own organisation only', async () => {
    const created = (await api.ok(CREATE, { input: newExperience() }, as.livradois)).createExperience;
    expect(created).toMatchObject({ version: 1, status: 'DRAFT', publisher: { __typename: 'Organisation', id: LIVRADOIS } });
    const before = await count();
    const res = await api.send(CREATE, { input: newExperience({ publisherId: DOMES }) }, as.livradois);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await count()).toBe(before);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '  ' }, 'input.title'],
      [{ territoryIds: ['COMMUNE:63430', 'COMMUNE:99999'] }, 'input.territoryIds.1'],
      [{ themeIds: ['energie', 'astrologie'] }, 'input.themeIds.1'],
      [{ language: 'french' }, 'input.language'],
      [{ keyFigures: { budgetEuros: -5 } }, 'input.keyFigures.budgetEuros'],
      [{ conventionId: 'not-an-id' }, 'input.conventionId'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
    ];
    for (const [input, field] of cases) {
      const res = await api.send(CREATE, { input: newExperience(input) }, as.livradois);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe(field);
    }
    const staff = await api.send(CREATE, { input: newExperience() }, as.staff);
    expect(staff.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.publisherId' });
    expect(await count()).toBe(before);
  });

  it('names an edit’s field by its path inside the input, and an edit without changes', async () => {
    const { id } = (await api.ok(CREATE, { input: newExperience() }, as.livradois)).createExperience;
    const bad = await api.send(UPDATE, { id, v: 1, input: { title: ' ', themeIds: ['energie'] } }, as.livradois);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.title' });
    const empty = await api.send(UPDATE, { id, v: 1, input: {} }, as.livradois);
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes' });
    const badVersion = await api.send(UPDATE, { id, v: 0, input: { title: 'Zéro' } }, as.livradois);
    expect(badVersion.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expectedVersion' });
    expect((await api.ok(BY_ID, { id }, as.livradois)).experience.title).toBe(newExperience().title);
  });

  it('refuses another partner’s edit with FORBIDDEN and changes nothing', async () => {
    const created = (await api.ok(CREATE, { input: newExperience() }, as.livradois)).createExperience;
    const res = await api.send(UPDATE, { id: created.id, v: 1, input: { title: 'Piraté' } }, as.domes);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    for (const mutation of ['submitExperience', 'publishExperience']) {
      const r = await api.send(step(mutation), { id: created.id, v: 1 }, as.domes);
      expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    }
    const stored = await knowledge().database.connection.collection('experiences').findOne({ _id: created.id as never });
    expect(stored).toMatchObject({ title: created.title, version: 1, status: 'DRAFT' });
  });

  it('runs the workflow: submit, send back with a comment, resubmit, publish, archive, republish', async () => {
    const { id } = (await api.ok(CREATE, { input: newExperience({ title: 'Workflow complet' }) }, as.livradois)).createExperience;
    const run = (mutation: string, v: number, headers: Record<string, string>, comment?: string) => {
      const withComment = mutation === 'returnExperienceToDraft' || mutation === 'archiveExperience';
      const query = `mutation($id: ID!, $v: Int!${withComment ? ', $comment: String' : ''}) {
        ${mutation}(input: { id: $id, expectedVersion: $v${withComment ? ', comment: $comment' : ''} }) { status version moderationComment publishedAt } }`;
      return api.send(query, { id, v, comment }, headers);
    };

    expect(errorCodes(await run('publishExperience', 1, as.staff))).toEqual(['ILLEGAL_TRANSITION']);
    expect((await run('submitExperience', 1, as.livradois)).data.submitExperience).toMatchObject({ status: 'SUBMITTED', version: 2 });
    // A publisher edits drafts only.
    expect(errorCodes(await api.send(UPDATE, { id, v: 2, input: { title: 'Trop tard' } }, as.livradois))).toEqual(['ILLEGAL_TRANSITION']);
    expect(errorCodes(await run('publishExperience', 2, as.livradois))).toEqual(['FORBIDDEN']);
    // A step names the version it saw: a stale one is CONFLICT with the current version, and changes nothing.
    const stale = await run('returnExperienceToDraft', 1, as.staff, 'Trop tard ?');
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const noComment = await run('returnExperienceToDraft', 2, as.staff);
    expect(noComment.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.comment' });
    const back = await run('returnExperienceToDraft', 2, as.staff, 'Précisez le budget, svp.');
    expect(back.data.returnExperienceToDraft).toMatchObject({ status: 'DRAFT', version: 3, moderationComment: 'Précisez le budget, svp.' });
    expect((await api.ok(BY_ID, { id }, as.livradois)).experience.moderationComment).toBe('Précisez le budget, svp.');
    await api.ok(UPDATE, { id, v: 3, input: { keyFigures: { budgetEuros: 260000 } } }, as.livradois);
    expect((await run('submitExperience', 4, as.livradois)).data.submitExperience).toMatchObject({ status: 'SUBMITTED', moderationComment: null });
    expect((await api.ok(BY_ID, { id })).experience).toBeNull();
    const published = (await run('publishExperience', 5, as.staff)).data.publishExperience;
    expect(published.status).toBe('PUBLISHED');
    expect((await api.ok(BY_ID, { id })).experience.status).toBe('PUBLISHED');
    expect(errorCodes(await run('archiveExperience', 6, as.livradois))).toEqual(['FORBIDDEN']);
    expect((await run('archiveExperience', 6, as.staff)).data.archiveExperience.status).toBe('ARCHIVED');
    expect((await api.ok(BY_ID, { id })).experience).toBeNull();
    const republished = (await run('publishExperience', 7, as.staff)).data.publishExperience;
    expect(republished).toMatchObject({ status: 'PUBLISHED', publishedAt: published.publishedAt });
  });

  it('lets staff correct a published experience, re-indexed for search at once', async () => {
    const { id } = (await api.ok(CREATE, { input: newExperience({ title: 'Brouillon sur les zostères' }) }, as.livradois)).createExperience;
    await api.ok(step('submitExperience'), { id, v: 1 }, as.livradois);
    await api.ok(step('publishExperience'), { id, v: 2 }, as.staff);
    const find = async (q: string) => (await api.ok(`query($q: String!) { searchKnowledge(query: $q) { edges { node { item { ... on Experience { id } } } } } }`, { q })).searchKnowledge.edges.map((e: { node: { item: { id: string } } }) => e.node.item.id);
    expect(await find('zostère')).toEqual([id]);
    const edited = (await api.ok(UPDATE, { id, v: 3, input: { title: 'Les herbiers de posidonies' } }, as.staff)).updateExperience;
    expect(edited).toMatchObject({ status: 'PUBLISHED', version: 4 });
    expect(await find('zostères')).toEqual([]);
    expect(await find('posidonie')).toEqual([id]);
  });

  it('lets a publisher withdraw its own submission', async () => {
    const { version } = (await api.ok('query($id: ID!) { experience(id: $id) { version } }', { id: SUBMITTED_DEMO }, as.domes)).experience;
    const res = await api.send(step('returnExperienceToDraft'), { id: SUBMITTED_DEMO, v: version }, as.domes);
    expect(res.data.returnExperienceToDraft.status).toBe('DRAFT');
  });

  it('lets a territory member publish for its own territory', async () => {
    const member = as.territory('DEPARTEMENT:63');
    const created = (await api.ok(CREATE, { input: newExperience({ territoryIds: ['DEPARTEMENT:63'] }) }, member)).createExperience;
    expect(created.publisher).toEqual({ __typename: 'Territory', id: 'DEPARTEMENT:63' });
    const other = await api.send(UPDATE, { id: created.id, v: 1, input: { title: 'Non' } }, as.territory('DEPARTEMENT:15'));
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });

  it('answers NOT_FOUND for an unknown experience', async () => {
    const res = await api.send(UPDATE, { id: 'ffffffffffffffffffffffff', v: 1, input: { title: 'x' } }, as.staff);
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });
});

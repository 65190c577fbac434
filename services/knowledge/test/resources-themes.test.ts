import { stableId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { as, LIVRADOIS, step, useKnowledge } from './support';

const CREATE_RESOURCE = `mutation($input: CreateResourceInput!) { createResource(input: $input) { id version kind title status url themes { id } publisher { id } } }`;
const UPDATE_RESOURCE = `mutation($id: ID!, $v: Int!, $input: ResourceChangesInput!) { updateResource(input: { id: $id, expectedVersion: $v, changes: $input }) { version title url } }`;
const THEMES = `query($parent: ID) { themes(filter: { parent: $parent }) { id label labelEn: label(language: EN) parent { id } children { id label } ancestors { id } } }`;

describe('resources and the theme taxonomy (real database)', () => {
  const { knowledge, api } = useKnowledge();

  it('lists published resources, filtered by kind, theme and programme', async () => {
    const all = (await api.ok('{ resources(first: 100) { totalCount edges { node { kind status } } } }')).resources;
    expect(all.totalCount).toBe(9);
    expect(new Set(all.edges.map((e: { node: { status: string } }) => e.node.status))).toEqual(new Set(['PUBLISHED']));
    const guides = (await api.ok('{ resources(filter: { kind: GUIDE }) { totalCount } }')).resources;
    expect(guides.totalCount).toBe(2);
    const training = await api.ok(`query($p: ID) { resources(filter: { programme: $p }) { edges { node { kind programme { id } } } } }`, { p: stableId('programme', 'PILOT_COHORT') });
    expect(training.resources.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['TRAINING_MATERIAL']);
    const mobility = (await api.ok('{ theme(id: "mobilite") { resources { totalCount } } }')).theme;
    expect(mobility.resources.totalCount).toBe(1);
  });

  it('runs resources through the same workflow, ownership and revisions as experiences', async () => {
    const input = { kind: 'TOOL', title: 'Tableur de suivi des toitures', summary: 'Suivre la production.', themeIds: ['energie'], url: 'https://exemple.org/outil' };
    expect(errorCodes(await api.send(CREATE_RESOURCE, { input }))).toEqual(['UNAUTHENTICATED']);
    const bad = await api.send(CREATE_RESOURCE, { input: { ...input, url: 'ftp://exemple.org' } }, as.livradois);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const created = (await api.ok(CREATE_RESOURCE, { input }, as.livradois)).createResource;
    expect(created).toMatchObject({ version: 1, kind: 'TOOL', status: 'DRAFT', publisher: { id: LIVRADOIS } });
    expect(errorCodes(await api.send(UPDATE_RESOURCE, { id: created.id, v: 1, input: { title: 'Volé' } }, as.domes))).toEqual(['FORBIDDEN']);
    expect((await api.ok(UPDATE_RESOURCE, { id: created.id, v: 1, input: { title: 'Tableur v2' } }, as.livradois)).updateResource.version).toBe(2);
    expect(errorCodes(await api.send(UPDATE_RESOURCE, { id: created.id, v: 1, input: { title: 'Tableur v3' } }, as.livradois))).toEqual(['CONFLICT']);
    await api.ok(step('submitResource'), { id: created.id, v: 2 }, as.livradois);
    expect((await api.ok(`query($id: ID!) { resource(id: $id) { id } }`, { id: created.id })).resource).toBeNull();
    await api.ok(step('publishResource'), { id: created.id, v: 3 }, as.staff);
    const published = (await api.ok(`query($id: ID!) { resource(id: $id) { title status revisions { totalCount } } }`, { id: created.id }, as.livradois)).resource;
    expect(published).toMatchObject({ title: 'Tableur v2', status: 'PUBLISHED', revisions: { totalCount: 4 } });
    const restored = await api.ok(`mutation($id: ID!) { restoreResourceRevision(input: { id: $id, version: 1, expectedVersion: 4 }) { title version status } }`, { id: created.id }, as.staff);
    expect(restored.restoreResourceRevision).toEqual({ title: 'Tableur de suivi des toitures', version: 5, status: 'PUBLISHED' });
    // Revisions of published content stay with its publisher and staff.
    expect(errorCodes(await api.send(`query($id: ID!) { resource(id: $id) { revisions { totalCount } } }`, { id: created.id }))).toEqual(['FORBIDDEN']);
  });

  it('serves the taxonomy: three stakes with French and English labels and sub-themes', async () => {
    const roots = (await api.ok(THEMES)).themes;
    expect(roots.map((t: { id: string }) => t.id)).toEqual(['enjeux-ecologiques', 'enjeux-sociaux', 'enjeux-democratiques']);
    expect(roots[0]).toMatchObject({ label: 'Enjeux écologiques', labelEn: 'Ecological stakes', parent: null, ancestors: [] });
    expect(roots[0].children.map((c: { id: string }) => c.id)).toContain('energie');
    const social = (await api.ok(THEMES, { parent: 'enjeux-sociaux' })).themes;
    expect(social[0]).toMatchObject({ parent: { id: 'enjeux-sociaux' }, ancestors: [{ id: 'enjeux-sociaux' }] });
    const experiences = (await api.ok('{ theme(id: "enjeux-ecologiques") { experiences { totalCount } } energie: theme(id: "energie") { experiences { totalCount } } }'));
    expect(experiences.theme.experiences.totalCount).toBeGreaterThan(experiences.energie.experiences.totalCount);
  });

  it('lets staff add a sub-theme that experiences can then use', async () => {
    const input = { id: 'sobriete-fonciere', parentId: 'enjeux-ecologiques', labelFr: 'Sobriété foncière', labelEn: 'Land sobriety' };
    const CREATE_THEME = `mutation($input: CreateThemeInput!) { createTheme(input: $input) { id ancestors { id } } }`;
    expect(errorCodes(await api.send(CREATE_THEME, { input }, as.livradois))).toEqual(['FORBIDDEN']);
    expect((await api.send(CREATE_THEME, { input: { ...input, id: 'Pas Un Slug' } }, as.staff)).errors![0]!.extensions).toMatchObject({ field: 'input.id' });
    expect((await api.send(CREATE_THEME, { input: { ...input, parentId: 'inconnu' } }, as.staff)).errors![0]!.extensions).toMatchObject({ field: 'input.parentId' });
    expect((await api.ok(CREATE_THEME, { input }, as.staff)).createTheme).toEqual({ id: 'sobriete-fonciere', ancestors: [{ id: 'enjeux-ecologiques' }] });
    expect(errorCodes(await api.send(CREATE_THEME, { input }, as.staff))).toEqual(['CONFLICT']);
    const used = await api.ok(`mutation { createExperience(input: { title: "ZAN", themeIds: ["sobriete-fonciere"] }) { themes { id label } } }`, {}, as.livradois);
    expect(used.createExperience.themes).toEqual([{ id: 'sobriete-fonciere', label: 'Sobriété foncière' }]);
  });
});

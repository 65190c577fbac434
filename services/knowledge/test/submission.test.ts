import { errorCodes } from '@fabrique/kit/testing';
import { as, newExperience, step, useKnowledge } from './support';

const CREATE = 'mutation($input: CreateExperienceInput!) { createExperience(input: $input) { id version } }';
const SUBMIT = step('submitExperience', 'status');

describe('what a submission needs (real database)', () => {
  const { api } = useKnowledge();

  it('lists every missing field of an experience at once, and leaves the draft as it was', async () => {
    const { id } = (await api.ok(CREATE, { input: { title: 'T', summary: '  ' } }, as.livradois)).createExperience;
    const refused = await api.send(SUBMIT, { id, v: 1 }, as.livradois);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions).toMatchObject({ field: 'summary', fields: ['summary', 'body', 'territoryIds', 'themeIds'] });
    expect(refused.errors![0]!.message).toBe(
      'This experience cannot be submitted yet: it needs a summary, a body, at least one territory, at least one theme (missing: summary, body, territoryIds, themeIds). Add them with updateExperience, then submit again.',
    );
    expect((await api.ok('query($id: ID!) { experience(id: $id) { status version } }', { id }, as.livradois)).experience).toEqual({ status: 'DRAFT', version: 1 });
  });

  it('applies the same rule to an import that submits at once, item by item', async () => {
    const IMPORT = 'mutation($items: [ExperienceImportItem!]!) { importExperiences(input: { items: $items, submit: true }) { createdCount results { status error { code field message } } } }';
    const data = (await api.ok(IMPORT, { items: [{ key: 'complete', experience: newExperience() }, { key: 'bare', experience: { title: 'T', territoryIds: ['COMMUNE:63430'] } }] }, as.livradois)).importExperiences;
    expect(data.createdCount).toBe(1);
    expect(data.results[1]).toMatchObject({ status: 'FAILED', error: { code: 'BAD_USER_INPUT', field: 'input.items.1.experience.summary' } });
    expect(data.results[1].error.message).toContain('input.items.1.experience.themeIds');
  });

  it('asks a resource for a summary, a theme, and a url or a body', async () => {
    const create = 'mutation($input: CreateResourceInput!) { createResource(input: $input) { id } }';
    const withUrl = (await api.ok(create, { input: { kind: 'TOOL', title: 'Outil', summary: 'Un outil.', themeIds: ['energie'], url: 'https://exemple.org' } }, as.livradois)).createResource;
    expect((await api.ok(step('submitResource', 'status'), { id: withUrl.id, v: 1 }, as.livradois)).submitResource.status).toBe('SUBMITTED');
    const bare = (await api.ok(create, { input: { kind: 'TOOL', title: 'Outil', themeIds: ['energie'] } }, as.livradois)).createResource;
    const refused = await api.send(step('submitResource', 'status'), { id: bare.id, v: 1 }, as.livradois);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['summary', 'url'] });
    expect(refused.errors![0]!.message).toContain('a url or a body');
  });
});

import { errorCodes } from '@fabrique/kit/testing';
import { as, DOMES, LIVRADOIS, newExperience, useKnowledge } from './support';

const IMPORT = `mutation($items: [ExperienceImportItem!]!, $submit: Boolean) { importExperiences(input: { items: $items, submit: $submit }) {
  createdCount alreadyImportedCount failedCount
  results { index key status experience { id title status publisher { id } } error { code field message } } } }`;

const item = (key: string, overrides: Record<string, unknown> = {}) => ({ key, experience: newExperience({ title: `Import ${key}`, ...overrides }) });

describe('bulk import of experiences with idempotency keys (real database)', () => {
  const { knowledge, api } = useKnowledge();
  const experiences = () => knowledge().database.connection.collection('experiences');
  const ofLivradois = () => experiences().countDocuments({ publisherId: LIVRADOIS });

  it('imports each item on its own, with its reason when it fails', async () => {
    const before = await ofLivradois();
    const data = (await api.ok(IMPORT, {
      items: [item('a'), item('b'), item('c'), item('d', { title: '' }), item('e', { publisherId: DOMES }), item('f', { themeIds: ['inconnu'] })],
    }, as.livradois)).importExperiences;
    expect(data).toMatchObject({ createdCount: 3, alreadyImportedCount: 0, failedCount: 3 });
    expect(data.results.map((r: { status: string }) => r.status)).toEqual(['CREATED', 'CREATED', 'CREATED', 'FAILED', 'FAILED', 'FAILED']);
    expect(data.results[0].experience).toMatchObject({ title: 'Import a', status: 'DRAFT', publisher: { id: LIVRADOIS } });
    expect(data.results[3].error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items.3.experience.title' });
    expect(data.results[4].error).toMatchObject({ code: 'FORBIDDEN' });
    expect(data.results[5].error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items.5.experience.themeIds.0' });
    expect(await ofLivradois()).toBe(before + 3);
  });

  it('creates nothing twice when the same import is retried', async () => {
    const first = (await api.ok(IMPORT, { items: [item('r1'), item('r2')] }, as.livradois)).importExperiences;
    const before = await ofLivradois();
    const retry = (await api.ok(IMPORT, { items: [item('r1'), item('r2'), item('r3')] }, as.livradois)).importExperiences;
    expect(retry.results.map((r: { status: string }) => r.status)).toEqual(['ALREADY_IMPORTED', 'ALREADY_IMPORTED', 'CREATED']);
    expect(retry.results[0].experience.id).toBe(first.results[0].experience.id);
    expect(retry.results[1].experience.id).toBe(first.results[1].experience.id);
    expect(await ofLivradois()).toBe(before + 1);
  });

  it('lets a failed item be fixed and retried under the same key', async () => {
    const failed = (await api.ok(IMPORT, { items: [item('fix', { title: ' ' })] }, as.livradois)).importExperiences;
    expect(failed.failedCount).toBe(1);
    const fixed = (await api.ok(IMPORT, { items: [item('fix')] }, as.livradois)).importExperiences;
    expect(fixed.results[0].status).toBe('CREATED');
  });

  it('refuses a key reused for other content, and a key twice in one import', async () => {
    await api.ok(IMPORT, { items: [item('same')] }, as.livradois);
    const other = (await api.ok(IMPORT, { items: [item('same', { summary: 'Un autre texte' })] }, as.livradois)).importExperiences;
    expect(other.results[0]).toMatchObject({ status: 'FAILED', error: { code: 'CONFLICT', field: 'input.items.0.key' } });
    const twice = (await api.ok(IMPORT, { items: [item('twice'), item('twice')] }, as.livradois)).importExperiences;
    expect(twice.results.map((r: { status: string }) => r.status)).toEqual(['CREATED', 'FAILED']);
    expect(twice.results[1].error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items.1.key' });
  });

  it('keeps keys per publisher: another organisation may use the same key', async () => {
    const data = (await api.ok(IMPORT, { items: [item('a')] }, as.domes)).importExperiences;
    expect(data.results[0]).toMatchObject({ status: 'CREATED', experience: { publisher: { id: DOMES } } });
  });

  it('finishes an import that died between claiming its key and creating the experience', async () => {
    const first = (await api.ok(IMPORT, { items: [item('crash-early'), item('crash-late')] }, as.livradois)).importExperiences;
    const [early, late] = first.results.map((r: { experience: { id: string } }) => r.experience.id);
    // crash-early died right after its claim: neither revision nor record; crash-late after its revision 1.
    await experiences().deleteMany({ _id: { $in: [early, late] } });
    await knowledge().database.connection.collection('revisions').deleteOne({ _id: `experiences/${early}@1` as never });
    const retry = (await api.ok(IMPORT, { items: [item('crash-early'), item('crash-late')] }, as.livradois)).importExperiences;
    expect(retry.results.map((r: { status: string; experience: { id: string } }) => [r.status, r.experience.id])).toEqual([
      ['CREATED', early],
      ['CREATED', late],
    ]);
    expect(await experiences().countDocuments({ _id: { $in: [early, late] } })).toBe(2);
    const again = (await api.ok(IMPORT, { items: [item('crash-early'), item('crash-late')] }, as.livradois)).importExperiences;
    expect(again.alreadyImportedCount).toBe(2);
  });

  it('creates each key once when the same import arrives several times at once', async () => {
    const before = await ofLivradois();
    const items = [item('burst-1'), item('burst-2'), item('burst-3')];
    const responses = await Promise.all(Array.from({ length: 6 }, () => api.ok(IMPORT, { items }, as.livradois)));
    expect(await ofLivradois()).toBe(before + 3);
    for (let i = 0; i < 3; i++) {
      const ids = new Set(responses.map((r) => r.importExperiences.results[i].experience?.id));
      expect(ids.size).toBe(1);
      expect(responses.map((r) => r.importExperiences.results[i].status).filter((s: string) => s === 'FAILED')).toEqual([]);
    }
  });

  it('submits the imported experiences when asked', async () => {
    const data = (await api.ok(IMPORT, { items: [item('submitted')], submit: true }, as.livradois)).importExperiences;
    expect(data.results[0].experience.status).toBe('SUBMITTED');
  });

  it('refuses anonymous callers and oversized imports', async () => {
    expect(errorCodes(await api.send(IMPORT, { items: [item('anon')] }))).toEqual(['UNAUTHENTICATED']);
    const big = await api.send(IMPORT, { items: Array.from({ length: 101 }, (_, i) => item(`big-${i}`)) }, as.livradois);
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items' });
  });
});

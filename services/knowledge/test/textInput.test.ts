import { as, CREATE, newExperience, useKnowledge } from './support';

/** Issue 12, items 1 and 6, on the knowledge subgraph: bounded searches, clean titles, NFC storage. */
describe('text input of the knowledge subgraph (real database)', () => {
  const { api } = useKnowledge();
  const roundTripsOf = (res: { headers: Headers }) => Number(res.headers.get('x-fabrique-db-round-trips'));

  it('refuses an over-long searchKnowledge query before any database call', async () => {
    const res = await api.send('query($q: String!) { searchKnowledge(query: $q) { totalCount } }', { q: 'mobilité '.repeat(50_000) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query', max: 200 });
    expect(roundTripsOf(res)).toBe(0);
  });

  it('bounds filter strings and long texts: an over-long body names its limit, nothing is written', async () => {
    const filter = await api.send('query($l: String) { experiences(filter: { language: $l }) { totalCount } }', { l: 'f'.repeat(301) });
    expect(filter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.language', max: 300 });
    expect(roundTripsOf(filter)).toBe(0);
    const body = await api.send(CREATE, { input: newExperience({ body: 'x'.repeat(100_001) }) }, as.livradois);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body', max: 100_000 });
    expect(roundTripsOf(body)).toBe(0);
  });

  it('refuses control characters, unpaired surrogates and bidirectional overrides in a title, naming the field', async () => {
    for (const title of ['Chaufferie\u0000bois', 'Chaufferie\tbois', 'Chaufferie \ud800', 'Chaufferie \u202esiob']) {
      const res = await api.send(CREATE, { input: newExperience({ title }) }, as.livradois);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
      expect(roundTripsOf(res)).toBe(0);
    }
    const lesson = await api.send(CREATE, { input: newExperience({ lessons: ['Une leçon', 'bis\u0007'] }) }, as.livradois);
    expect(lesson.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lessons.1' });
  });

  it('keeps line breaks in long texts and stores every text in NFC', async () => {
    const created = await api.ok(
      'mutation($input: CreateExperienceInput!) { createExperience(input: $input) { id title summary body } }',
      { input: newExperience({ title: 'Le re\u0301seau de chaleur', summary: 'Premie\u0300re e\u0301tape.\nSeconde.', body: '## Bilan\r\n\n\tFin.' }) },
      as.livradois,
    );
    expect(created.createExperience).toMatchObject({ title: 'Le réseau de chaleur', summary: 'Première étape.\nSeconde.', body: '## Bilan\r\n\n\tFin.' });
    expect(created.createExperience.title).toBe(created.createExperience.title.normalize('NFC'));
  });
});

import { stableId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { createRepositories } from '../src/repositories';
import { WORD_CANDIDATE_LIMIT } from '../src/domain/search/search';
import { analyseQuery } from '../src/domain/text/analysis';
import { titleTerm } from '../src/domain/text/searchIndex';
import { SEARCH_ENTRY_FORMAT } from '../src/models/search/schema';
import { reindexStale } from '../src/seed';
import { checkEntries } from '../src/domain/search/entryCheck';
import { experienceRecord, resourceRecord, type DemoExperience, type DemoResource } from '../src/seed/build';
import { demoThemes } from '../src/seed/themes';
import { client, startKnowledge, type Knowledge } from './support';

/** A fixture set small enough to know the right answers. */
const base = { publisher: 'cerema', outcomes: [], lessons: [], date: '2024-01-01' };
const EXPERIENCES: DemoExperience[] = [
  { ...base, key: 'ecoles', title: 'Rénovation énergétique des écoles', summary: 'Isoler les écoles communales et changer les chaudières.', body: 'Les travaux ont porté sur trois écoles.', themes: ['renovation-habitat'], territories: ['COMMUNE:44109'] },
  { ...base, key: 'covoiturage', title: 'Le covoiturage rural organisé par la commune', summary: 'Des lignes de covoiturage entre villages.', body: 'Une application et des arrêts matérialisés.', themes: ['mobilite'], territories: ['COMMUNE:46102'] },
  { ...base, key: 'cantine', title: 'Une cantine bio avec les producteurs locaux', summary: 'Approvisionner la restauration scolaire en circuit court.', body: 'Les producteurs livrent chaque semaine.', themes: ['alimentation', 'sante-environnement'], territories: ['COMMUNE:81004'] },
  { ...base, key: 'velo-titre', title: 'Un vélo pour chaque collégien', summary: 'Prêt de vélos aux élèves.', body: 'Le département prête un vélo pour l’année scolaire.', themes: ['mobilite', 'education-sensibilisation'], territories: ['COMMUNE:15014'], date: '2023-01-01' },
  { ...base, key: 'velo-corps', title: 'Plan de mobilité des salariés', summary: 'Réduire les trajets domicile-travail en voiture.', body: `${'Le plan combine télétravail, transports en commun et covoiturage. '.repeat(4)}Des vélos de service sont aussi proposés aux agents.`, themes: ['mobilite'], territories: ['COMMUNE:37261'] },
  { ...base, key: 'energies', title: 'Énergies renouvelables citoyennes', summary: 'Des habitants investissent dans le solaire.', body: 'Une coopérative porte les projets.', themes: ['energie', 'economie-locale'], territories: ['COMMUNE:22046'] },
  { ...base, key: 'velo-brouillon', title: 'Vélo, vélo, vélo', summary: 'Un brouillon sur le vélo.', body: 'Vélo.', themes: ['mobilite'], territories: ['COMMUNE:63113'], status: 'DRAFT' },
  { ...base, key: 'eau-clermont', title: "L'eau potable à Clermont-Ferrand", summary: 'Préserver la ressource en eau.', body: 'Réduire les fuites du réseau.', themes: ['eau'], territories: ['COMMUNE:63113'] },
  { ...base, key: 'eau-rennes', title: "Économiser l'eau à Rennes", summary: "Des récupérateurs d'eau de pluie.", body: 'Distribution gratuite aux habitants.', themes: ['eau'], territories: ['COMMUNE:35238'] },
  { ...base, key: 'eau-promotion', title: "Partager l'eau en période de sécheresse", summary: 'Un travail de la promotion pilote.', body: 'Règles de partage entre usages.', themes: ['eau', 'participation-citoyenne'], territories: ['COMMUNE:34142'], programme: 'PILOT_COHORT' },
];
const RESOURCES: DemoResource[] = [
  { ...base, key: 'guide-renovation', kind: 'GUIDE', title: 'Guide de la rénovation des logements', summary: 'Les étapes d’une rénovation globale.', body: 'Audit, plan de travaux, financement.', themes: ['renovation-habitat'], territories: [] },
];
const id = (key: string) => stableId('experience', key);

const SEARCH = `query($q: String!, $filter: KnowledgeSearchFilter, $first: Int, $after: String) {
  searchKnowledge(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount terms ignoredWords truncated pageInfo { hasNextPage endCursor }
    edges { cursor node { type score item { __typename ... on Experience { id title } ... on Resource { id title kind } }
      snippet { field text html highlights { start length } } } } } }`;

describe('searchKnowledge relevance on a fixture set (real database)', () => {
  let knowledge: Knowledge;
  let api: ReturnType<typeof client>;
  const search = async (q: string, filter?: Record<string, unknown>, first = 10) =>
    (await api.ok(SEARCH, { q, filter, first })).searchKnowledge;
  const ids = (result: { edges: Array<{ node: { item: { id: string } } }> }) => result.edges.map((e) => e.node.item.id);

  beforeAll(async () => {
    knowledge = await startKnowledge({ seed: false });
    api = client(knowledge);
    const repositories = createRepositories(knowledge.database.connection);
    await repositories.themes.model.insertMany(demoThemes);
    await repositories.experiences.model.insertMany(EXPERIENCES.map(experienceRecord));
    await repositories.resources.model.insertMany(RESOURCES.map(resourceRecord));
    await reindexStale(repositories);
  });
  afterAll(() => knowledge.stop());

  it('finds the singular from a plural, title matches first, drafts never', async () => {
    const result = await search('vélos');
    expect(ids(result)).toEqual([id('velo-titre'), id('velo-corps')]);
    expect(result.totalCount).toBe(2);
    expect(result.edges[0].node.score).toBeGreaterThan(result.edges[1].node.score);
  });

  it('ignores case and accents', async () => {
    expect(ids(await search('VELO'))).toEqual([id('velo-titre'), id('velo-corps')]);
    expect(ids(await search('energies'))).toEqual([id('energies')]);
    expect(ids(await search('renovation energetique'))[0]).toBe(id('ecoles'));
  });

  it('ignores stop words and ranks items matching more words higher', async () => {
    const result = await search('la rénovation des écoles');
    expect(result.ignoredWords).toEqual(['la', 'des']);
    expect(ids(result)).toEqual([id('ecoles'), stableId('resource', 'guide-renovation')]);
    expect(result.edges[1].node.item).toMatchObject({ __typename: 'Resource', kind: 'GUIDE' });
    expect(ids(await search('covoiturage rural'))[0]).toBe(id('covoiturage'));
  });

  it('filters by territory, including everything inside it', async () => {
    expect(ids(await search('eau', { territory: 'DEPARTEMENT:63' }))).toEqual([id('eau-clermont')]);
    expect(ids(await search('eau', { territory: 'REGION:84' }))).toEqual([id('eau-clermont')]);
    expect(ids(await search('eau', { territory: 'REGION:53' }))).toEqual([id('eau-rennes')]);
    expect(ids(await search('eau'))).toHaveLength(3);
  });

  it('filters by programme, theme (with sub-themes) and type', async () => {
    expect(ids(await search('eau', { programme: stableId('programme', 'PILOT_COHORT') }))).toEqual([id('eau-promotion')]);
    expect(ids(await search('eau', { themes: ['enjeux-democratiques'] }))).toEqual([id('eau-promotion')]);
    expect(ids(await search('producteurs', { themes: ['enjeux-sociaux'] }))).toEqual([id('cantine')]);
    expect(ids(await search('rénovation', { types: ['RESOURCE'] }))).toEqual([stableId('resource', 'guide-renovation')]);
    expect(ids(await search('rénovation', { types: ['EXPERIENCE'] }))).toEqual([id('ecoles')]);
  });

  it('returns a highlighted snippet of the best passage', async () => {
    const hit = (await search('vélos')).edges[1].node;
    expect(hit.snippet.field).toBe('body');
    expect(hit.snippet.html).toContain('<mark>vélos</mark>');
    const { start, length } = hit.snippet.highlights[0];
    expect(hit.snippet.text.slice(start, start + length)).toBe('vélos');
  });

  it('pages the ranked results with cursors bound to the search', async () => {
    const page1 = await search('eau', undefined, 2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await api.ok(SEARCH, { q: 'eau', first: 2, after: page1.pageInfo.endCursor })).searchKnowledge;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...ids(page1), ...ids(page2)]).toEqual(ids(await search('eau')));
    const foreign = await api.send(SEARCH, { q: 'vélo', first: 2, after: page1.pageInfo.endCursor });
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers clearly on empty, stop-word-only and overlong queries', async () => {
    expect((await api.send(SEARCH, { q: '  ' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(errorCodes(await api.send(SEARCH, { q: 'x'.repeat(201) }))).toEqual(['BAD_USER_INPUT']);
    const none = await search('le la les');
    expect(none).toMatchObject({ totalCount: 0, edges: [], ignoredWords: ['le', 'la', 'les'], terms: [] });
  });

  it('costs the same database round trips whatever the page size (one page load per type)', async () => {
    const measure = async (first: number, types?: string[]) =>
      Number((await api.send(SEARCH, { q: 'eau vélo rénovation', first, filter: { types } })).headers.get('x-fabrique-db-round-trips'));
    // The corpus size, reused for a minute, and where lists are asked within marks (DocumentDB) each set of
    // types' marks, which the process remembers: read once before measuring.
    await measure(1);
    await measure(1, ['EXPERIENCE']);
    const experiencesOnly = await measure(1, ['EXPERIENCE']);
    expect(experiencesOnly).toBe(3 + 1); // a list per word (none is full: no title list), the page's experiences
    expect(await measure(50, ['EXPERIENCE'])).toBe(experiencesOnly);
    // Both types: one more load, for the page's resources.
    expect(await measure(50)).toBe(experiencesOnly + 1);
  });

  it('repairs a search entry a write left behind, and never shows an unpublished item', async () => {
    const experiences = knowledge.database.connection.collection('experiences');
    // As if the process died between archiving the record and re-indexing it.
    await experiences.updateOne({ _id: id('cantine') as never }, { $set: { status: 'ARCHIVED', version: 2 } });
    expect(ids(await search('producteurs'))).toEqual([]);
    const entry = await knowledge.database.connection.collection('search_entries').findOne({ _id: `EXPERIENCE:${id('cantine')}` as never });
    expect(entry).toMatchObject({ version: 2, status: 'ARCHIVED' });
    await experiences.updateOne({ _id: id('cantine') as never }, { $set: { status: 'PUBLISHED', version: 3 } });
    expect(ids(await search('producteurs'))).toEqual([]); // its entry says ARCHIVED: found again once re-indexed
    expect(await reindexStale(createRepositories(knowledge.database.connection))).toBe(1);
    expect(ids(await search('producteurs'))).toEqual([id('cantine')]);
  });

  it('leaves at start-up an entry ahead of its record (a record restored from a backup) to the check of the entries', async () => {
    const entries = knowledge.database.connection.collection('search_entries');
    const _id = `EXPERIENCE:${id('eau-rennes')}`;
    const version = (await entries.findOne({ _id: _id as never }))!.version as number;
    await entries.updateOne({ _id: _id as never }, { $set: { version: version + 5 } });
    try {
      // Neither rebuilt nor counted, however often the service starts.
      expect(await reindexStale(createRepositories(knowledge.database.connection))).toBe(0);
      expect(await reindexStale(createRepositories(knowledge.database.connection))).toBe(0);
      expect((await checkEntries(createRepositories(knowledge.database.connection))).problems).toContainEqual({ entry: _id, problem: 'ahead' });
    } finally {
      await entries.updateOne({ _id: _id as never }, { $set: { version } });
    }
  });

  it('rebuilds at start-up an entry of an older format (without title terms), so its title matches are found', async () => {
    const entries = knowledge.database.connection.collection('search_entries');
    const _id = `EXPERIENCE:${id('covoiturage')}`;
    const before = (await entries.findOne({ _id: _id as never }))!;
    expect(before.format).toBe(SEARCH_ENTRY_FORMAT);
    expect(before.terms).toContain(titleTerm(analyseQuery('covoiturage').words[0]!.keys[0]!));
    await entries.updateOne({ _id: _id as never }, { $unset: { format: '' }, $set: { terms: before.terms.filter((t: string) => !t.startsWith('^')) } });
    expect(await reindexStale(createRepositories(knowledge.database.connection))).toBe(1);
    expect(await entries.findOne({ _id: _id as never })).toMatchObject({ format: SEARCH_ENTRY_FORMAT, terms: before.terms });
  });

  describe('a word held by more items than a search reads', () => {
    const bulk = (from: number, count: number, where: 'title' | 'body') =>
      Array.from({ length: count }, (_, i) => {
        const n = from + i;
        // One a day from 2020 on: the later an item, the newer.
        const date = new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
        const title = where === 'title' ? `Méthaniseur agricole ${n}` : `Une unité agricole ${n}`;
        return experienceRecord({ ...base, key: `bulk-${n}`, date, title, summary: 'Un projet agricole.', body: where === 'body' ? 'Un méthaniseur.' : 'Un projet.', themes: ['dechets-economie-circulaire'], territories: [] });
      });
    const insert = async (records: ReturnType<typeof bulk>) => {
      await knowledge.database.connection.collection('experiences').insertMany(records as never[]);
      await reindexStale(createRepositories(knowledge.database.connection));
    };
    /** The search's round trips, and the limit and reply size of each query on the search entries. */
    async function traced(q: string) {
      const client = knowledge.database.connection.getClient();
      const finds: Array<{ limit: number; returned: number }> = [];
      const started = new Map<number, number>();
      const onStart = (e: { commandName: string; requestId: number; command: Record<string, unknown> }) => {
        if (e.commandName === 'find' && e.command.find === 'search_entries') started.set(e.requestId, Number(e.command.limit));
      };
      const onEnd = (e: { commandName: string; requestId: number; reply: unknown }) => {
        const limit = started.get(e.requestId);
        if (limit !== undefined) finds.push({ limit, returned: (e.reply as { cursor: { firstBatch: unknown[] } }).cursor.firstBatch.length });
      };
      client.on('commandStarted', onStart);
      client.on('commandSucceeded', onEnd);
      try {
        const res = await api.send(SEARCH, { q });
        return { result: res.data!.searchKnowledge, roundTrips: Number(res.headers.get('x-fabrique-db-round-trips')), finds: finds.sort((a, b) => a.limit - b.limit || a.returned - b.returned) };
      } finally {
        client.off('commandStarted', onStart);
        client.off('commandSucceeded', onEnd);
      }
    }

    it('reads the same entries with 10 times as many matching items: no count, a bounded list per word', async () => {
      // Older items hold the word in their title, newer ones in their body only.
      await insert([...bulk(0, 10, 'title'), ...bulk(10, WORD_CANDIDATE_LIMIT + 20, 'body')]);
      await search('méthaniseur'); // the corpus size, reused for a minute: not in the traced round trips
      const few = await traced('méthaniseur');
      // Ten times as many, older: the lists read the same entries.
      await insert(bulk(1_000, 10 * WORD_CANDIDATE_LIMIT, 'body').map((r, i) => ({ ...r, listedAt: new Date(Date.UTC(2010, 0, 1 + i)) })));
      await search('méthaniseur');
      const many = await traced('méthaniseur');
      expect(many.roundTrips).toBe(few.roundTrips);
      expect(many.finds).toEqual(few.finds);
      // One word: its matches anywhere (the limit and one more, telling there are more) and its title matches.
      expect(few.finds.map((f) => f.limit)).toEqual([WORD_CANDIDATE_LIMIT, WORD_CANDIDATE_LIMIT + 1]);
      expect(few.finds.map((f) => f.returned)).toEqual([10, WORD_CANDIDATE_LIMIT + 1]);
      for (const { result } of [few, many]) {
        expect(result.truncated).toBe(true);
        // The newest items holding the word, and the older ones holding it in their title (ranked first).
        expect(result.totalCount).toBe(WORD_CANDIDATE_LIMIT + 10);
        expect(result.edges).toHaveLength(10);
        expect(result.edges.every((e: { node: { item: { title: string } } }) => e.node.item.title.startsWith('Méthaniseur'))).toBe(true);
      }
      expect((await search('vélos')).truncated).toBe(false);
    });
  });
});

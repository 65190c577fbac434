import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { checkText, guardTextArguments, longText, optionalText, requiredText, SEARCH_TEXT, textList } from '../src';
import { refusal } from './support/refusal';

describe('text rules', () => {
  it('refuses an over-long text naming the field and its limit', () => {
    expect(refusal(() => checkText('x'.repeat(201), 'search', SEARCH_TEXT))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'search',
      max: 200,
      message: 'search is at most 200 characters.',
    });
    expect(checkText('x'.repeat(200), 'search', SEARCH_TEXT)).toHaveLength(200);
  });

  it('refuses NUL and other control characters in one-line texts', () => {
    for (const char of ['\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085']) {
      const error = refusal(() => requiredText(`Nom${char}propre`, 'input.name', 200));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      expect(error.message).toMatch(/control character/);
    }
  });

  it('allows tab and line breaks in long texts only, never NUL', () => {
    expect(requiredText('Premier paragraphe.\r\n\n\tSecond.', 'input.body', longText(1000))).toBe('Premier paragraphe.\r\n\n\tSecond.');
    expect(refusal(() => requiredText('a\u0000b', 'input.body', longText(1000)))).toMatchObject({ field: 'input.body' });
  });

  it('refuses unpaired surrogates, keeps real astral characters', () => {
    for (const lone of ['\ud800', 'a\udc00', '\ud83d', 'x\udfff\ud800']) {
      expect(refusal(() => checkText(lone, 'input.title', longText(100))).message).toMatch(/unpaired surrogate/);
    }
    expect(checkText('Vélo 🚲', 'input.title', { max: 100 })).toBe('Vélo 🚲');
    // A real U+FFFD is a character like any other.
    expect(checkText('a\ufffdb', 'input.title', { max: 100 })).toBe('a\ufffdb');
  });

  it('refuses bidirectional overrides and isolates in names and titles, not in long texts', () => {
    for (const char of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(refusal(() => requiredText(`Mairie ${char}fdp.exe`, 'input.name', 200)).message).toMatch(/bidirectional/);
    }
    expect(requiredText('نص \u2067عربي\u2069 mixte', 'input.body', longText(1000))).toContain('\u2067');
  });

  it('returns text in Unicode NFC, trimmed when required or optional', () => {
    const decomposed = 'Puy-de-Do\u0302me  ';
    expect(requiredText(decomposed, 'input.name', 200)).toBe('Puy-de-D\u00f4me');
    expect(optionalText('  ', 'input.note', 10)).toBeNull();
    expect(optionalText(null, 'input.note', 10)).toBeNull();
    expect(refusal(() => requiredText('   ', 'input.name', 10))).toMatchObject({ field: 'input.name', message: 'input.name must not be empty.' });
  });

  it('checks lists item by item, naming the index', () => {
    expect(textList(['a', ' b '], 'input.lessons', 3, 5)).toEqual(['a', 'b']);
    expect(refusal(() => textList(['a', 'b\u0000'], 'input.lessons', 3, 5))).toMatchObject({ field: 'input.lessons.1' });
    expect(refusal(() => textList(['a', 'b', 'c', 'd'], 'input.lessons', 3, 5))).toMatchObject({ field: 'input.lessons', max: 3 });
  });
});

describe('the text guard on a schema', () => {
  const sdl = `
    input Author { name: String!, bio: String }
    input Draft { title: String!, body: String, authors: [Author!], tags: [String!], version: Int }
    type Query {
      search(search: String!, after: String, first: Int): String
      echo(draft: Draft!): String
      plain(first: Int): String
    }
  `;
  let calls = 0;
  let schema: GraphQLSchema;
  beforeEach(() => {
    calls = 0;
    schema = buildSchema(sdl);
    const resolvers: Record<string, (source: unknown, args: Record<string, unknown>) => unknown> = {
      search: (_s, args) => (calls++, JSON.stringify(args)),
      echo: (_s, args) => (calls++, JSON.stringify(args)),
      plain: () => 'plain',
    };
    for (const [name, resolve] of Object.entries(resolvers)) schema.getQueryType()!.getFields()[name]!.resolve = resolve;
    guardTextArguments(schema, {
      'Query.search(search:)': SEARCH_TEXT,
      'Draft.body': longText(1_000),
      'Author.bio': longText(500),
    });
  });
  const run = (source: string, variableValues: Record<string, unknown> = {}) => graphql({ schema, source, variableValues });

  it('refuses an over-long argument before its resolver runs, naming the argument and its limit', async () => {
    const result = await run('query($s: String!) { search(search: $s) }', { s: 'x'.repeat(900_000) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', max: 200 });
    expect(result.errors?.[0]?.message).toBe('search is at most 200 characters.');
    expect(calls).toBe(0);
  });

  it('names nested input fields and list items with their path', async () => {
    const draft = (patch: Record<string, unknown>) => ({ title: 'Titre', ...patch });
    const field = async (value: Record<string, unknown>) => (await run('query($d: Draft!) { echo(draft: $d) }', { d: value })).errors?.[0]?.extensions?.field;
    expect(await field(draft({ title: 'a\u202eb' }))).toBe('draft.title');
    expect(await field(draft({ tags: ['ok', 'x'.repeat(301)] }))).toBe('draft.tags.1');
    expect(await field(draft({ authors: [{ name: 'A' }, { name: 'B', bio: 'x\u0000' }] }))).toBe('draft.authors.1.bio');
    expect(calls).toBe(0);
  });

  it('hands the resolver the values in NFC, long texts keeping their line breaks', async () => {
    const result = await run('query($d: Draft!) { echo(draft: $d) }', { d: { title: 'E\u0301te\u0301', body: 'un\ndeux', version: 3 } });
    expect(JSON.parse(result.data!.echo as string)).toEqual({ draft: { title: 'Été', body: 'un\ndeux', version: 3 } });
  });

  it('bounds arguments no rule names (one-line, 300) and cursors (1,000)', async () => {
    const error = (await run('query($d: Draft!) { echo(draft: $d) }', { d: { title: 'x'.repeat(301) } })).errors?.[0]?.extensions;
    expect(error).toMatchObject({ field: 'draft.title', max: 300 });
    expect((await run(`{ search(search: "a", after: "${'c'.repeat(1_000)}") }`)).errors).toBeUndefined();
    expect((await run(`{ search(search: "a", after: "${'c'.repeat(1_001)}") }`)).errors?.[0]?.extensions).toMatchObject({ field: 'after', max: 1_000 });
  });

  it('leaves fields without text arguments alone', async () => {
    expect((await run('{ plain(first: 1) }')).data).toEqual({ plain: 'plain' });
  });

  it('refuses at start a rule naming a coordinate the schema does not have', () => {
    expect(() => guardTextArguments(buildSchema(sdl), { 'Query.serch(search:)': SEARCH_TEXT })).toThrow(/Query\.serch\(search:\)/);
  });
});

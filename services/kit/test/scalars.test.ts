import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse, type GraphQLSchema } from 'graphql';
import { guardTextArguments, readSdl, SCALARS_SDL_PATH, scalarResolvers } from '../src';

// A schema using the four scalars the way a subgraph does (the kit's SDL file, its resolvers, its guard).
const sdl = `
  type Query {
    echo(day: Date, at: DateTime, site: URL, email: EmailAddress, days: [Date!]): String
    read: Stored
  }
  input Contact { email: EmailAddress! }
  type Mutation { contact(input: Contact!): String }
  type Stored { day: Date, dayFromDate: Date, at: DateTime, atFromString: DateTime, site: URL, email: EmailAddress }
`;

describe('the kit scalars: Date, DateTime, URL, EmailAddress', () => {
  let schema: GraphQLSchema;
  let calls = 0;
  beforeAll(() => {
    schema = buildSubgraphSchema([
      {
        typeDefs: parse(`${sdl}\n${readSdl([SCALARS_SDL_PATH])}`),
        resolvers: {
          ...scalarResolvers,
          Query: {
            echo: (_: unknown, args: Record<string, unknown>) => (calls++, JSON.stringify(args)),
            read: () => ({
              day: '2026-05-12',
              dayFromDate: new Date('2026-05-12T00:00:00Z'),
              at: new Date('2026-05-12T07:30:00Z'),
              atFromString: '2026-05-12T09:30:00+02:00',
              site: 'https://example.org',
              email: 'name@example.org',
            }),
          },
          Mutation: { contact: () => (calls++, 'written') },
        } as never,
      },
    ]);
    guardTextArguments(schema, {});
  });
  beforeEach(() => {
    calls = 0;
  });
  const run = (source: string, variableValues: Record<string, unknown> = {}) => graphql({ schema, source, variableValues });

  it('keeps the SDL description and @specifiedBy URL', () => {
    for (const name of ['Date', 'DateTime', 'URL', 'EmailAddress']) {
      const type = schema.getType(name) as { specifiedByURL?: string; description?: string };
      expect(type.specifiedByURL).toMatch(/^https:\/\//);
      expect(type.description).toMatch(/such as/);
    }
  });

  it('hands resolvers strings: dates and URLs as written, a DateTime in UTC', async () => {
    const result = await run('query($at: DateTime) { echo(day: "2024-02-29", at: $at, site: "https://example.org", email: "name@example.org", days: ["2026-01-02"]) }', {
      at: '2026-05-12T09:30:00+02:00',
    });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data!.echo as string)).toEqual({
      day: '2024-02-29',
      at: '2026-05-12T07:30:00.000Z',
      site: 'https://example.org',
      email: 'name@example.org',
      days: ['2026-01-02'],
    });
  });

  it('serializes in the scalar form, URLs unchanged', async () => {
    const result = await run('{ read { day dayFromDate at atFromString site email } }');
    expect(result.data!.read).toEqual({
      day: '2026-05-12',
      dayFromDate: '2026-05-12',
      at: '2026-05-12T07:30:00.000Z',
      atFromString: '2026-05-12T07:30:00.000Z',
      site: 'https://example.org',
      email: 'name@example.org',
    });
  });

  it.each([
    ['{ echo(day: "2023-02-29") }', {}, 'day', /YYYY-MM-DD/],
    ['query($d: [Date!]) { echo(days: $d) }', { d: ['2026-01-02', '2026-1-3'] }, 'days.1', /YYYY-MM-DD/],
    ['{ echo(at: "2026-05-12T09:30:00") }', {}, 'at', /ISO 8601 with an offset/],
    ['{ echo(site: "example.org") }', {}, 'site', /absolute URL/],
    ['query($s: URL) { echo(site: $s) }', { s: `https://example.org/${'x'.repeat(2_000)}` }, 'site', /absolute URL/],
    ['{ echo(email: "name@") }', {}, 'email', /email address/],
    ['mutation($i: Contact!) { contact(input: $i) }', { i: { email: 'not an email' } }, 'input.email', /email address/],
    ['query($e: EmailAddress) { echo(email: $e) }', { e: 42 }, 'email', /email address/],
  ])('refuses %s as BAD_USER_INPUT naming the field, before the resolver', async (source, variables, field, form) => {
    const result = await run(source, variables);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message).toMatch(form);
    expect(result.errors![0]!.message.length).toBeLessThan(250);
    expect(calls).toBe(0);
  });
});

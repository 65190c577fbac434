import { composeSdl, composeSupergraph, CompositionError, readCheckedInSupergraph } from '../src';

describe('the checked-in supergraph', () => {
  it('is exactly what the subgraphs compose to (run `npm run compose` after changing a schema.graphql)', () => {
    expect(readCheckedInSupergraph()).toBe(composeSupergraph());
  });
});

describe('composition errors', () => {
  const header = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n';

  it('lists every problem with its code', () => {
    const a = { name: 'a', url: 'http://a', sdl: `${header}type Query { thing: Thing } type Thing @key(fields: "id") { id: ID! size: Int }` };
    const b = { name: 'b', url: 'http://b', sdl: `${header}type Thing @key(fields: "id") { id: ID! size: String }` };
    let error: unknown;
    try {
      composeSdl([a, b]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompositionError);
    const problems = (error as CompositionError).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/\[FIELD_TYPE_MISMATCH\].*Thing\.size/);
    expect((error as Error).message).toContain('1. [');
  });

  it('reports unparsable SDL with the subgraph name', () => {
    expect(() => composeSdl([{ name: 'broken', url: 'http://x', sdl: 'type Query {' }])).toThrow(/GRAPHQL_PARSE_FAILED\] broken/);
  });
});

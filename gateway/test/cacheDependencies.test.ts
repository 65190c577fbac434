import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '@fabrique/schema';
import { parse } from 'graphql';
import { cacheDependencies } from '../src/cache/dependencies';
import { ResponseCache } from '../src/cache/responseCache';

const dependencies = cacheDependencies(readFileSync(SUPERGRAPH_PATH, 'utf8'));
const read = (query: string) => dependencies.readTags(parse(query))!.sort();
const write = (query: string) => dependencies.touchedTags(parse(query)).sort();
const overlaps = (a: string[], b: string[]) => a.some((tag) => b.includes(tag));

const TERRITORY = '{ territory(code: "63", level: DEPARTEMENT) { id name population parent { name } } }';
const ORGANISATIONS = '{ organisations(first: 100) { totalCount pageInfo { hasNextPage } } }';
const CREATE_ORGANISATION = 'mutation { createOrganisation(input: { slug: "s", name: "N", kind: ASSOCIATION }) { id name } }';

describe('what a cached read depends on and what a mutation touches', () => {
  it('tags a read with the types of the records it holds, in the subgraphs serving them', () => {
    expect(read(TERRITORY)).toEqual(['actors:Territory']);
    // A page of organisations, even only counted, holds organisations.
    expect(read(ORGANISATIONS)).toEqual(['actors:Organisation']);
    expect(read('{ territory(code: "63") { name conventions { totalCount } } }')).toEqual(['actors:Territory', 'conventions:Convention', 'conventions:Territory']);
    // Through an interface: each of its types, in the subgraph resolving the field (an entity fetch).
    expect(read('{ conventions(first: 1) { edges { node { parties { actor { name } } } } } }')).toEqual(
      ['actors:Organisation', 'actors:Territory', 'conventions:Convention', 'conventions:ConventionParty', 'conventions:Organisation', 'conventions:Territory'],
    );
    expect(read('{ programmes { kind } }')).toEqual(['conventions:Programme']);
  });

  it('follows fragments, and ignores __typename and introspection', () => {
    expect(read('query { ...T } fragment T on Query { territory(code: "63") { ... on Territory { name } __typename } }')).toEqual(['actors:Territory']);
    expect(read('{ __typename }')).toEqual([]);
  });

  it("says a mutation touches its answer's types, those pointing to them, and the subgraph's derived values, in its own subgraph only", () => {
    const touched = write(CREATE_ORGANISATION);
    expect(touched).toEqual(expect.arrayContaining(['actors:Organisation', 'actors:Alliance', 'actors:Membership', 'actors:Position', 'actors:AllianceStatistics']));
    expect(touched.every((tag) => tag.startsWith('actors:'))).toBe(true);
    expect(touched).not.toContain('actors:Territory');
    expect(overlaps(touched, read(ORGANISATIONS))).toBe(true);
    expect(overlaps(touched, read(TERRITORY))).toBe(false);
    expect(overlaps(touched, read('{ programmes { kind name } }'))).toBe(false);
  });

  it('a membership touches the territories and organisations listing memberships', () => {
    const touched = write('mutation { leaveAlliance(id: "m") { id } }');
    expect(touched).toEqual(expect.arrayContaining(['actors:Membership', 'actors:Territory', 'actors:Alliance']));
  });

  it('a mutation answering a scalar touches everything its subgraph serves', () => {
    const mutation = /(\w+)\([^)]*\)\s*:\s*Boolean!\s*@join__field\(graph: KNOWLEDGE\)/.exec(readFileSync(SUPERGRAPH_PATH, 'utf8').replace(/"""[\s\S]*?"""/g, ''));
    if (!mutation) return;
    expect(write(`mutation { ${mutation[1]} }`)).toContain('knowledge:*');
  });

  it('the cache drops the entries holding a touched tag, and only those', () => {
    const cache = new ResponseCache({ ttlSeconds: 60, maxEntries: 10, maxBodyBytes: 1000, maxTotalBytes: 1_000_000 });
    const answer = { status: 200, contentType: undefined, body: '{}' };
    cache.set('territory', { ...answer, tags: read(TERRITORY) }, 0);
    cache.set('organisations', { ...answer, tags: read(ORGANISATIONS) }, 0);
    cache.set('unknown', answer, 0);
    expect(cache.invalidate(write(CREATE_ORGANISATION))).toBe(2);
    expect([cache.get('territory'), cache.get('organisations'), cache.get('unknown')].map(Boolean)).toEqual([true, false, false]);
    cache.set('organisations', { ...answer, tags: read(ORGANISATIONS) }, cache.generation);
    expect(cache.invalidate(['actors:*'])).toBe(2);
    expect(cache.size).toBe(0);
  });
});

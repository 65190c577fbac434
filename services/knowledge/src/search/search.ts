import { createHash } from 'node:crypto';
import { BadUserInputError, parseTerritoryId } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { PublicationQueries, SearchCandidate } from '../models/publications/repository';
import type { PublicationRecord } from '../models/publications/schema';
import { analyseQuery, type QueryWord } from '../text/analysis';
import { averageLengths, holds, score, type CorpusStats } from './ranking';

/**
 * searchKnowledge without `$text` (FerretDB has none), the same on FerretDB and MongoDB:
 * 1. the query is reduced to search keys (text/analysis);
 * 2. per type, one indexed query `terms: {$in: keys}` + filters selects the candidates, projected to
 *    the stats of the query's keys (never the text), newest first, at most CANDIDATE_LIMIT;
 * 3. candidates are ranked here (BM25F, search/ranking) and the page is sliced;
 * 4. only the page's items are loaded in full (one batched query per type) for display and snippets.
 * When more than CANDIDATE_LIMIT items match, ranking covers the newest CANDIDATE_LIMIT only
 * (`truncated`), and document frequencies and the total come from counts.
 */
export const CANDIDATE_LIMIT = 2_000;
export const MAX_SEARCH_PAGE = 50;
const MAX_QUERY_LENGTH = 200;

export type KnowledgeType = 'EXPERIENCE' | 'RESOURCE';

export interface SearchArgs {
  query: string;
  filter?: { types?: KnowledgeType[] | null; themes?: string[] | null; territory?: string | null; programme?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

export interface SearchHit {
  type: KnowledgeType;
  id: string;
  score: number;
  listedAt: Date;
  /** Keys of the query, for snippets. */
  keys: ReadonlySet<string>;
}

function searchFilter(filter: SearchArgs['filter']): Record<string, unknown> {
  const query: Record<string, unknown> = { status: 'PUBLISHED' };
  if (filter?.themes?.length) query.themeScope = { $in: filter.themes };
  if (filter?.territory) {
    if (!parseTerritoryId(filter.territory)) throw new BadUserInputError('filter.territory', 'Expected a territory id such as "DEPARTEMENT:63".');
    query.territoryScope = filter.territory;
  }
  if (filter?.programme) query.programmeId = filter.programme;
  return query;
}

const fingerprint = (args: SearchArgs) => createHash('sha1').update(JSON.stringify([args.query, args.filter ?? null])).digest('base64url').slice(0, 10);

function readOffset(args: SearchArgs): number {
  if (!args.after) return 0;
  try {
    const cursor = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8')) as { o: number; q: string };
    if (Number.isInteger(cursor.o) && cursor.o >= 0 && cursor.q === fingerprint(args)) return cursor.o;
  } catch {
    // fall through
  }
  throw new BadUserInputError('after', 'This cursor is invalid or belongs to another search; start again without it.');
}

const cursorAt = (args: SearchArgs, offset: number) => Buffer.from(JSON.stringify({ o: offset, q: fingerprint(args) })).toString('base64url');

interface TypeResult {
  type: KnowledgeType;
  candidates: SearchCandidate[];
  documents: number;
  matched: number;
  truncated: boolean;
  documentFrequency: number[];
}

async function searchType(type: KnowledgeType, queries: PublicationQueries<PublicationRecord>, filter: Record<string, unknown>, words: QueryWord[]): Promise<TypeResult> {
  const keys = words.flatMap((w) => w.keys);
  // The idf's corpus is the whole collection (its size costs no scan), not the filtered set.
  const [found, size] = await Promise.all([queries.searchCandidates(filter, keys, CANDIDATE_LIMIT + 1), queries.estimatedSize()]);
  const truncated = found.length > CANDIDATE_LIMIT;
  const candidates = found.slice(0, CANDIDATE_LIMIT);
  const documents = Math.max(size, candidates.length);
  if (!truncated) {
    const documentFrequency = words.map((w) => candidates.filter((c) => holds(c, w)).length);
    return { type, candidates, documents, matched: candidates.length, truncated, documentFrequency };
  }
  const [matched, ...documentFrequency] = await Promise.all([
    queries.count({ ...filter, terms: { $in: keys } }),
    ...words.map((w) => queries.count({ ...filter, terms: { $in: w.keys } })),
  ]);
  return { type, candidates, documents: Math.max(documents, matched!), matched: matched!, truncated, documentFrequency };
}

export async function searchKnowledge(args: SearchArgs, { repositories }: Pick<KnowledgeContext, 'repositories'>) {
  const query = typeof args.query === 'string' ? args.query.trim() : '';
  if (query === '') throw new BadUserInputError('query', 'Give at least one word to search for.');
  if (query.length > MAX_QUERY_LENGTH) throw new BadUserInputError('query', `The query is too long (at most ${MAX_QUERY_LENGTH} characters).`);
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 0 || first > MAX_SEARCH_PAGE) throw new BadUserInputError('first', `first must be between 0 and ${MAX_SEARCH_PAGE}.`);
  const offset = readOffset(args);
  const filter = searchFilter(args.filter);
  const { words, ignored } = analyseQuery(query);
  const types = args.filter?.types?.length ? [...new Set(args.filter.types)] : (['EXPERIENCE', 'RESOURCE'] as const);
  const empty = { hits: [] as SearchHit[], offset, first, total: 0, terms: [] as string[], ignoredWords: ignored, truncated: false };
  if (words.length === 0) return { ...empty, cursorAt: (o: number) => cursorAt(args, o) };

  const results = await Promise.all(
    types.map((type) =>
      searchType(type, (type === 'EXPERIENCE' ? repositories.experiences : repositories.resources) as unknown as PublicationQueries<PublicationRecord>, filter, words),
    ),
  );
  const all = results.flatMap((r) => r.candidates);
  const stats: CorpusStats = {
    documents: results.reduce((n, r) => n + r.documents, 0),
    documentFrequency: words.map((_, w) => results.reduce((n, r) => n + r.documentFrequency[w]!, 0)),
    averageLength: averageLengths(all),
  };
  const keys = new Set(words.flatMap((w) => w.keys));
  const hits: SearchHit[] = results
    .flatMap((r) => r.candidates.map((c) => ({ type: r.type, id: c._id, score: score(c, words, stats), listedAt: c.listedAt, keys })))
    .sort((a, b) => b.score - a.score || b.listedAt.getTime() - a.listedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    hits: hits.slice(offset, offset + first + 1),
    offset,
    first,
    total: results.reduce((n, r) => n + r.matched, 0),
    terms: words.map((w) => w.keys[0]!),
    ignoredWords: ignored,
    truncated: results.some((r) => r.truncated),
    cursorAt: (o: number) => cursorAt(args, o),
  };
}

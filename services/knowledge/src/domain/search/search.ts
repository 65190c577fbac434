// searchKnowledge without `$text` (FerretDB has none), the same on FerretDB and MongoDB:
// 1. the query is reduced to words, each with its search keys (text/analysis);
// 2. one query per word on the search entries (models/search), its keys + published + filters,
//    newest first, at most WORD_CANDIDATE_LIMIT + 1, projected to the packed term statistics (never
//    the text): the items holding the word anywhere; when that list is full, a second query reads the
//    newest items holding the word in their title (its title terms). The candidates are the union;
// 3. candidates are ranked here (BM25F, search/ranking) and the page is sliced;
// 4. only the page's items are loaded in full (one batched query per type) for display and snippets.
//
// The work of a search is bounded by its query, not by the data: at most two queries per word (12
// words at most, text/analysis), each reading at most WORD_CANDIDATE_LIMIT + 1 entries in the order of the
// index `{terms, status, type, listedAt}`, and no count. Before, one query read up to 2,000 candidates
// holding any word with their statistics (2.4 MB of replies for a common word on the bench's quick
// dataset) and, when more matched, counted every posting of the query's keys (the total, then once
// per word): work growing with the collection, 10 req/s with a p99 over 3 s on an indexed engine with
// 5,000 experiences.
// Why lists per word: a rare word's items are ranked even when a common word of the same query has
// more than the limit (one list of the newest holding any word leaves a rare word's older items out),
// and a word's document frequency is its list's length, exact unless the list is full. Why a title
// list: a title match weighs most in the ranking (title 3, summary 2, body 1); the newest items
// holding the word anywhere are not the best ones, those holding it in their title mostly are.
// Measured on the bench's quick dataset (260 searches of its workload, top 10 against the ranking of
// every matching item): 100 newest per word alone kept 66 % of the top 10, with 100 title matches
// beside them 88 %, with 200 of each 92 % (the former 2,000 newest of the union with exact counts:
// 97 %). What it costs: when a word's list is full (`truncated`), its older items without it in their
// title are not ranked, its document frequency is that lower bound (its idf is overestimated next to
// rarer words', which still rank above it), and the total is the number of items ranked.
// On MongoDB each list is an index range read in order and stopped at its limit. DocumentDB 0.106
// (FerretDB 2.5) selects a key's postings with the index but sorts them all (its multikey index gives
// no order): there a list is asked within the key's marks first, about 101, 1,001, then 10,001 of its
// newest postings (candidates.ts). On FerretDB v1 (no index use) each of these queries scans the search
// entries.
import { createHash } from 'node:crypto';
import { BadUserInputError, checkText, SEARCH_TEXT } from '@fabrique/kit';
import type { KnowledgeContext } from '../../context';
import type { QuerySearchKnowledgeArgs } from '../../generated/resolvers';
import type { ExperienceRecord } from '../../models/experiences/schema';
import type { ResourceRecord } from '../../models/resources/schema';
import { KNOWLEDGE_TYPES } from '../../models/search/schema';
import { statisticsScope } from '../../models/statistics/counters';
import { checkFilterReferences } from '../input';
import { analyseQuery, tokenize } from '../text/analysis';
import { plainText } from '../text/markdown';
import { titleTerm, unpackStats, type TermStats } from '../text/searchIndex';
import { buildSnippet, snippetHtml } from '../text/snippet';
import { filterShare, recentFilterSizes, wordCandidates, type CandidateFilter, type FilterScopes } from './candidates';
import { repairStale } from './entries';
import type { SearchHit, ShownHit } from './hits';
import { averageLengths, score, type CorpusStats } from './ranking';

/**
 * The entries read per list (a word's title matches, its matches anywhere). 100: a search of two common
 * words decodes the statistics of at most 400 entries (about 1.2 kB each on the bench's dataset: under
 * 0.5 MB of replies, against 2.4 MB before for one common word), for 88 % of the exhaustive top 10
 * on the bench's searches (200 would give 92 % for twice the reading; see the header).
 */
export const WORD_CANDIDATE_LIMIT = 100;
const MAX_SEARCH_PAGE = 50;

/** What a search is asked (the page size may be left out: 10). */
type SearchArgs = Omit<QuerySearchKnowledgeArgs, 'first'> & { first?: number | null };


function searchFilter(filter: SearchArgs['filter']): CandidateFilter {
  // Both types when none is asked: the index is {terms, status, type, listedAt} (models/search).
  const types = filter?.types?.length ? [...new Set(filter.types)] : [...KNOWLEDGE_TYPES];
  const base = { status: 'PUBLISHED', type: { $in: types } };
  const query: Record<string, unknown> = { ...base };
  if (filter?.themes?.length) query.themeScope = { $in: filter.themes };
  // The ids are checked by the resolver (checkFilterReferences).
  if (filter?.territory) query.territoryScope = filter.territory;
  if (filter?.programme) query.programmeId = filter.programme;
  return { base, filter: query, types };
}

/** The maintained counters' scopes of the search's filters (filterSizes in candidates.ts). */
export function filterScopes(filter: SearchArgs['filter']): FilterScopes {
  return [
    // A theme named twice counts once: the share is bounded by the taxonomy, whatever the list's length.
    ...(filter?.themes?.length ? [[...new Set(filter.themes)].map((id) => statisticsScope('theme', id))] : []),
    ...(filter?.territory ? [[statisticsScope('territory', filter.territory)]] : []),
    ...(filter?.programme ? [[statisticsScope('programme', filter.programme)]] : []),
  ];
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

export async function searchKnowledge(args: SearchArgs, context: Pick<KnowledgeContext, 'repositories'>) {
  const query = typeof args.query === 'string' ? args.query.trim() : '';
  if (query === '') throw new BadUserInputError('query', 'Give at least one word to search for.');
  checkText(query, 'query', SEARCH_TEXT);
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 0 || first > MAX_SEARCH_PAGE) throw new BadUserInputError('first', `first must be between 0 and ${MAX_SEARCH_PAGE}.`);
  const offset = readOffset(args);
  await checkFilterReferences(args.filter, 'filter', context);
  const filter = searchFilter(args.filter);
  const { words, ignored } = analyseQuery(query);
  const result = { offset, first, ignoredWords: ignored, cursorAt: (o: number) => cursorAt(args, o) };
  if (words.length === 0) return { ...result, hits: [] as SearchHit[], total: 0, terms: [] as string[], truncated: false };

  const { searchEntries } = context.repositories;
  // Where lists are asked within windows, a filtered list skips those its filters' share could not fill.
  const scopes = filterScopes(args.filter);
  if (scopes.length > 0 && (await searchEntries.listReads()) === 'unordered') {
    Object.assign(filter, { share: filterShare(await recentFilterSizes(context.repositories, filter.types, scopes)) });
  }
  const lists = (keys: readonly string[], limit: number) => wordCandidates(context.repositories, filter, keys, limit);
  const keys = new Set(words.flatMap((w) => w.keys));
  // The idf's corpus is the whole index (its size, read at most once a minute: models/search), not the filtered set.
  const [size, ...anywhere] = await Promise.all([
    searchEntries.estimatedSize(),
    ...words.map((w) => lists(w.keys, WORD_CANDIDATE_LIMIT + 1)),
  ]);
  // A list that is not full holds every item of its word, title matches included: only full ones need theirs.
  const full = words.filter((_, i) => anywhere[i]!.length > WORD_CANDIDATE_LIMIT);
  const titled = await Promise.all(full.map((w) => lists(w.keys.map(titleTerm), WORD_CANDIDATE_LIMIT)));
  const read = [...anywhere, ...titled];
  const truncated = full.length > 0;
  const byId = new Map<string, (typeof read)[number][number] & { termStats: TermStats }>();
  for (const list of read) {
    for (const c of list.slice(0, WORD_CANDIDATE_LIMIT)) if (!byId.has(c._id)) byId.set(c._id, { ...c, termStats: unpackStats(c.stats, keys) });
  }
  const candidates = [...byId.values()];
  const total = candidates.length;
  // A word's list holds every item holding it (under the filters) unless it is full: then "more than the limit".
  const documentFrequency = anywhere.map((list) => list.length);
  const stats: CorpusStats = {
    documents: Math.max(size, total),
    documentFrequency,
    averageLength: averageLengths(candidates.map((c) => c.termStats)),
  };
  const hits: SearchHit[] = candidates
    .map((c) => ({ type: c.type, id: c.itemId, version: c.version, score: score(c.termStats, words, stats), listedAt: c.listedAt, keys }))
    .sort((a, b) => b.score - a.score || b.listedAt.getTime() - a.listedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...result, hits: hits.slice(offset, offset + first + 1), total, terms: words.map((w) => w.keys[0]!), truncated };
}

/**
 * The page's hits with their records, loaded in full (one batched query per type), each with its
 * position in the ranking. An entry a write left behind is repaired, and never shows an item that is
 * no longer published.
 */
export async function shownHits(result: Awaited<ReturnType<typeof searchKnowledge>>, context: KnowledgeContext): Promise<Array<{ position: number; hit: ShownHit }>> {
  const visible = result.hits.slice(0, result.first);
  const records: Array<ExperienceRecord | ResourceRecord | null> = await Promise.all(
    visible.map((hit) => (hit.type === 'EXPERIENCE' ? context.loaders.experience.load(hit.id) : context.loaders.resource.load(hit.id))),
  );
  await repairStale(visible, records, context.repositories.searchEntries);
  return visible.flatMap((hit, i) => {
    const record = records[i];
    return record?.status === 'PUBLISHED' ? [{ position: result.offset + i + 1, hit: { ...hit, record } }] : [];
  });
}

/** The excerpt of summary or body holding the most query words. */
export function hitSnippet(hit: ShownHit) {
  const candidates = [
    { field: 'summary', text: hit.record.summary },
    { field: 'body', text: plainText(hit.record.body) },
  ].map((c) => ({ field: c.field, ...buildSnippet(c.text, hit.keys) }));
  const distinct = (c: (typeof candidates)[number]) => new Set(tokenize(c.text).flatMap((t) => t.keys.filter((k) => hit.keys.has(k)))).size;
  const best = candidates.filter((c) => c.text).sort((a, b) => distinct(b) - distinct(a))[0] ?? candidates[0]!;
  return { ...best, html: snippetHtml(best) };
}

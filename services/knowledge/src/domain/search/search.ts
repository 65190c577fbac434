// searchKnowledge without `$text` (FerretDB has none), the same on FerretDB and MongoDB:
// 1. the query is reduced to search keys (text/analysis);
// 2. one indexed query on the search entries (models/search), `terms: {$in: keys}` + published +
//    filters, selects the candidates, projected to their packed term statistics (never the text),
//    newest first, at most CANDIDATE_LIMIT;
// 3. candidates are ranked here (BM25F, search/ranking) and the page is sliced;
// 4. only the page's items are loaded in full (one batched query per type) for display and snippets.
// When more than CANDIDATE_LIMIT items match, ranking covers the newest CANDIDATE_LIMIT only
// (`truncated`), and document frequencies and the total come from counts.
import { createHash } from 'node:crypto';
import { BadUserInputError, checkText, SEARCH_TEXT } from '@fabrique/kit';
import type { KnowledgeContext } from '../../context';
import type { QuerySearchKnowledgeArgs } from '../../generated/resolvers';
import type { ExperienceRecord } from '../../models/experiences/schema';
import type { ResourceRecord } from '../../models/resources/schema';
import { checkFilterReferences } from '../input';
import { analyseQuery, tokenize } from '../text/analysis';
import { plainText } from '../text/markdown';
import { unpackStats } from '../text/searchIndex';
import { buildSnippet, snippetHtml } from '../text/snippet';
import { repairStale } from './entries';
import type { SearchHit, ShownHit } from './hits';
import { averageLengths, holds, score, type CorpusStats } from './ranking';

export const CANDIDATE_LIMIT = 2_000;
const MAX_SEARCH_PAGE = 50;

/** What a search is asked (the page size may be left out: 10). */
type SearchArgs = Omit<QuerySearchKnowledgeArgs, 'first'> & { first?: number | null };


function searchFilter(filter: SearchArgs['filter']): Record<string, unknown> {
  const query: Record<string, unknown> = { status: 'PUBLISHED' };
  if (filter?.types?.length) query.type = { $in: [...new Set(filter.types)] };
  if (filter?.themes?.length) query.themeScope = { $in: filter.themes };
  // The ids are checked by the resolver (checkFilterReferences).
  if (filter?.territory) query.territoryScope = filter.territory;
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
  const keys = new Set(words.flatMap((w) => w.keys));
  // The idf's corpus is the whole index (its size costs no scan), not the filtered set.
  const [found, size] = await Promise.all([searchEntries.candidates(filter, [...keys], CANDIDATE_LIMIT + 1), searchEntries.estimatedSize()]);
  const truncated = found.length > CANDIDATE_LIMIT;
  const candidates = found.slice(0, CANDIDATE_LIMIT).map((c) => ({ ...c, termStats: unpackStats(c.stats, keys) }));
  let total = candidates.length;
  let documentFrequency = words.map((w) => candidates.filter((c) => holds(c.termStats, w)).length);
  if (truncated) {
    [total, ...documentFrequency] = await Promise.all([
      searchEntries.count({ ...filter, terms: { $in: [...keys] } }),
      ...words.map((w) => searchEntries.count({ ...filter, terms: { $in: w.keys } })),
    ]);
  }
  const stats: CorpusStats = {
    documents: Math.max(size, total),
    documentFrequency,
    averageLength: averageLengths(candidates.map((c) => c.termStats)),
  };
  const hits: SearchHit[] = candidates
    .map((c) => ({ type: c.type, id: c.itemId, version: c.version, score: score(c.termStats, words, stats), listedAt: c.listedAt, keys }))
    .sort((a, b) => b.score - a.score || b.listedAt.getTime() - a.listedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...result, hits: hits.slice(offset, offset + first + 1), total: total!, terms: words.map((w) => w.keys[0]!), truncated };
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

// Name search: the stored search forms of a name (`searchName`, `nameWords`), the word-prefix
// filters that query them, in the database and in memory (the territory snapshot), and the ranked
// order of a search's results (exact name, then name prefix, then word matches; see rankedPage).
import { BadUserInputError, type Page, type SortSpec } from '@fabrique/kit';

/** Lower-case, accent-free, with hyphens and apostrophes as spaces: "Puy-de-Dôme" → "puy de dome". */
export function searchableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a searchable name: stored in `nameWords` so that a word prefix is an indexed range. */
export const nameWords = (searchName: string): string[] => [...new Set(searchName.split(' ').filter(Boolean))];

// Usual abbreviations in French place names: "st flour" finds Saint-Flour.
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const MAX_WORDS = 8;

/** The query's words, each as the alternatives a word of the name may be ("st" also means "saint"). */
function queryWords(search: string, field: string): string[] {
  const words = searchableName(search).split(' ').filter(Boolean);
  if (words.length === 0) throw new BadUserInputError(field, 'A search needs at least one letter or digit.');
  if (new Set(words).size > MAX_WORDS) throw new BadUserInputError(field, `A search has at most ${MAX_WORDS} words.`);
  return words.map((word) => {
    const full = ABBREVIATIONS[word];
    return full ? `(${full}|${word})` : word;
  });
}

/**
 * The words of a name search, each as the anchored pattern a word of the name must match: every word of
 * the query starts a word of the name, in any order, ignoring accents, case, hyphens and apostrophes
 * ("puy de dome" and "dome" both find Puy-de-Dôme).
 */
const nameSearchPatterns = (search: string, field: string): string[] => [...new Set(queryWords(search, field))].map((word) => `^${word}`);

/**
 * How well a name matches a search, best first: 0 the whole name is the query (after the same
 * normalisation: "st flour" is exactly Saint-Flour), 1 the name starts with the query
 * (Saint-Flour-de-Mercoire), 2 the query's words start words of the name (Anglards-de-Saint-Flour).
 */
export type SearchRank = 0 | 1 | 2;
export const SEARCH_RANKS: readonly SearchRank[] = [0, 1, 2];

/** The pattern of `searchName` for ranks 0 and 1 (exact; starts with the query and goes on). */
function rankPatterns(search: string, field: string) {
  const phrase = `^${queryWords(search, field).join(' ')}`;
  return { exact: `${phrase}$`, prefix: `${phrase}.` };
}

/** The database filter of a name search: anchored patterns on `nameWords`, which MongoDB serves from the index; with `rank`, only the matches of that rank. */
export function nameSearchFilter(search: string, field = 'filter.search', rank?: SearchRank | null): Record<string, unknown> {
  const clauses: Array<Record<string, unknown>> = nameSearchPatterns(search, field).map((pattern) => ({ nameWords: { $regex: pattern } }));
  if (rank != null) {
    const { exact, prefix } = rankPatterns(search, field);
    if (rank === 0) clauses.push({ searchName: { $regex: exact } });
    if (rank === 1) clauses.push({ searchName: { $regex: prefix } });
    if (rank === 2) clauses.push({ $nor: [{ searchName: { $regex: exact } }, { searchName: { $regex: prefix } }] });
  }
  return clauses.length === 1 ? clauses[0]! : { $and: clauses };
}

/** What a name search reads of a record. */
export interface SearchableRecord {
  searchName: string;
  nameWords: readonly string[];
}

/** The same search as a test of a record in memory (with `rank`, only the matches of that rank). */
export function nameSearchTest(search: string, field = 'filter.search', rank?: SearchRank | null): (record: SearchableRecord) => boolean {
  const patterns = nameSearchPatterns(search, field).map((pattern) => new RegExp(pattern));
  const rankOf = rank == null ? null : nameSearchRank(search, field);
  return (record) => patterns.every((pattern) => record.nameWords.some((word) => pattern.test(word))) && (rankOf === null || rankOf(record.searchName) === rank);
}

/** The rank of a matching name (see SearchRank). */
export function nameSearchRank(search: string, field = 'filter.search'): (searchName: string) => SearchRank {
  const { exact, prefix } = rankPatterns(search, field);
  const [isExact, isPrefix] = [new RegExp(exact), new RegExp(prefix)];
  return (searchName) => (isExact.test(searchName) ? 0 : isPrefix.test(searchName) ? 1 : 2);
}

/** The field a ranked search's rows carry their rank in: the first sort key, so that cursors hold it. */
export const SEARCH_RANK_FIELD = 'searchRank';

/** A ranked search's ordering: the rank, then the list's own order within each rank. */
export const rankedOrder = (within: SortSpec): SortSpec => [[SEARCH_RANK_FIELD, 1, 'number'], ...within];

/**
 * One page of a ranked search (`limit + 1` rows, see the kit's toConnection), read rank by rank: each
 * rank is a filtered list in the list's own order (`readRank` with the page's sort minus the rank), so
 * the rank is a real sort key. A cursor holds the rank and the row's own sort values, and the page goes
 * on from that rank: at most three bounded reads per page, each as cheap as an unranked page.
 */
export async function rankedPage<R>(page: Page, readRank: (rank: SearchRank, page: Page) => Promise<R[]>): Promise<Array<R & { searchRank: SearchRank }>> {
  const rows: Array<R & { searchRank: SearchRank }> = [];
  if (page.limit === 0) return rows;
  const within = page.sort.slice(1);
  const fromRank = (page.after?.[0] ?? 0) as SearchRank;
  if (!SEARCH_RANKS.includes(fromRank)) throw new BadUserInputError('after', 'This cursor is invalid or belongs to another ordering; start again without it.');
  for (const rank of SEARCH_RANKS) {
    const wanted = page.limit + 1 - rows.length;
    if (rank < fromRank || wanted <= 0) continue;
    const after = rank === fromRank && page.after ? page.after.slice(1) : null;
    const found = await readRank(rank, { limit: wanted, after, sort: within });
    for (const row of found.slice(0, wanted)) rows.push({ ...row, searchRank: rank });
  }
  return rows;
}

/** The stored search forms of a name. */
export function nameFields(name: string) {
  const searchName = searchableName(name);
  return { name, searchName, nameWords: nameWords(searchName) };
}

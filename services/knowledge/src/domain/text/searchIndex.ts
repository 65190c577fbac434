// What each searchable item's search entry stores so that search needs no `$text` index (FerretDB has
// none): `terms`, its distinct search keys (a multikey index selects candidates with
// `terms: {$in: keys}`), and its term statistics, the frequency of each key in each weighted field and
// the length of each field in words, from which the service computes a BM25F score.
import { plainText } from './markdown';
import { tokenize } from './analysis';

const SEARCH_FIELDS = ['title', 'summary', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface TermStats {
  /** key → [count in title, count in summary, count in body]. */
  tf: Record<string, number[]>;
  /** [words in title, in summary, in body]. */
  len: number[];
}

export interface SearchIndex {
  terms: string[];
  termStats: TermStats;
}

/** Builds the index of a document from its weighted fields (body is Markdown, reduced to its words). */
export function buildSearchIndex(fields: Record<SearchField, string>): SearchIndex {
  const tf: Record<string, number[]> = {};
  const len = SEARCH_FIELDS.map((field, i) => {
    const text = field === 'body' ? plainText(fields[field]) : fields[field];
    const tokens = tokenize(text);
    for (const token of tokens) {
      for (const key of token.keys) (tf[key] ??= [0, 0, 0])[i]! += 1;
    }
    return tokens.length;
  });
  return { terms: Object.keys(tf).sort(), termStats: { tf, len } };
}

/**
 * The term marking a key of the title, kept in `terms` beside the key: search reads the newest items
 * holding a word in their title apart from the newest holding it anywhere, so that strong matches
 * are ranked even when a common word has more items than search reads (`^` is in no key).
 */
export const titleTerm = (key: string) => `^${key}`;

/** `terms` of an entry: its keys, and the title term of each key of the title. */
export const entryTerms = (index: SearchIndex): string[] => [
  ...index.terms,
  ...index.terms.filter((key) => index.termStats.tf[key]![0]! > 0).map(titleTerm),
];

/**
 * Term statistics in one string, `len|key:t,s,b|key:t,s,b...` (len is `t,s,b` too): FerretDB decodes
 * each value of each scanned document, so one string costs far less than an object of arrays.
 */
export function packStats(stats: TermStats): string {
  return [stats.len.join(','), ...Object.entries(stats.tf).map(([key, counts]) => `${key}:${counts.join(',')}`)].join('|');
}

/** The statistics of the given keys only (the others are not parsed). */
export function unpackStats(packed: string, keys: ReadonlySet<string>): TermStats {
  const [len = '0,0,0', ...entries] = packed.split('|');
  const tf: Record<string, number[]> = {};
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const key = entry.slice(0, colon);
    if (keys.has(key)) tf[key] = entry.slice(colon + 1).split(',').map(Number);
  }
  return { tf, len: len.split(',').map(Number) };
}

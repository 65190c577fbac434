// French text analysis for search, the same for documents and queries:
// words are lower-cased, `œ`/`æ` spelt out, stop words dropped, and each word is reduced to search
// keys: the Snowball French stem of the word as written and of the word without accents, both
// accent-folded. A query typed without accents (`mobilite`) gives the stem of the unaccented form,
// which documents written with accents (`mobilité`) also carry, so search is accent-insensitive
// without losing Snowball's accent-aware rules on well-written text.
import { STOP_WORDS } from './stopWords';

// The package ships CommonJS next to its ES modules, but declares its types as ES module only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stemmer: snowballFrench } = require('@orama/stemmers/french') as { stemmer(word: string): string };

/** A word of an analysed text. */
interface Token {
  /** Offset of the word in the analysed text. */
  start: number;
  end: number;
  /** Its search keys (one or two), empty for a stop word. */
  keys: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Removes diacritics (é → e, ç → c, ï → i). */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

function spellOutLigatures(word: string): string {
  return word.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/**
 * Snowball keeps the `s` of a plural after a vowel (`vélos`, `élus`, `amis`) and the `x` of `-eux`
 * plurals (`enjeux`, `lieux`); we drop them so that a plural finds its singular. Applied to documents
 * and queries alike, the rare words it merges (`avis` → `avi`) merge consistently.
 */
function dropPluralMark(stem: string): string {
  if (stem.length >= 4 && /[aiou]s$/.test(stem)) return stem.slice(0, -1);
  if (stem.length >= 4 && /(eu|au|ou)x$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/** The search keys of one lower-cased word; empty when it is a stop word or too short to mean anything. */
export function keysOf(word: string): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const written = spellOutLigatures(word);
  const folded = foldAccents(written);
  let keys: string[] = [];
  const meaningful = folded.length > 1 || /\d/.test(folded);
  if (meaningful && !STOP_WORDS.has(folded)) {
    const fromWritten = dropPluralMark(foldAccents(snowballFrench(written)));
    const fromFolded = dropPluralMark(snowballFrench(folded));
    keys = fromWritten === fromFolded ? [fromWritten] : [fromWritten, fromFolded];
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, keys);
  return keys;
}

/** Every word of the text with its offsets and search keys (stop words keep their place, with no key). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Offsets are taken on the text as given (lower-casing may change the length of some letters).
  for (const match of text.matchAll(WORD)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, keys: keysOf(match[0].toLowerCase()) });
  }
  return tokens;
}

/** One word of a query: it matches a document holding any of its keys. */
export interface QueryWord {
  word: string;
  keys: string[];
}

interface AnalysedQuery {
  words: QueryWord[];
  /** Words of the query that were ignored (stop words, single letters). */
  ignored: string[];
}

export function analyseQuery(query: string, maxWords = 12): AnalysedQuery {
  const words: QueryWord[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const match of query.toLowerCase().matchAll(WORD)) {
    const keys = keysOf(match[0]);
    if (keys.length === 0) ignored.push(match[0]);
    else if (!seen.has(keys[0]!) && words.length < maxWords) {
      seen.add(keys[0]!);
      words.push({ word: match[0], keys });
    }
  }
  return { words, ignored };
}

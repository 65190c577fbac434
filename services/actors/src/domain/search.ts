// Name search: the stored search forms of a name (`searchName`, `nameWords`) and the word-prefix
// filters that query them, in the database and in memory (the territory snapshot).
import { BadUserInputError } from '@fabrique/kit';

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

/**
 * The words of a name search, each as the anchored pattern a word of the name must match: every word of
 * the query starts a word of the name, in any order, ignoring accents, case, hyphens and apostrophes
 * ("puy de dome" and "dome" both find Puy-de-Dôme).
 */
function nameSearchPatterns(search: string, field = 'search'): string[] {
  const words = nameWords(searchableName(search));
  if (words.length === 0) throw new BadUserInputError(field, 'A search needs at least one letter or digit.');
  if (words.length > MAX_WORDS) throw new BadUserInputError(field, `A search has at most ${MAX_WORDS} words.`);
  return words.map((word) => {
    const full = ABBREVIATIONS[word];
    return full ? `^(${full}|${word})` : `^${word}`;
  });
}

/** The database filter of a name search: anchored patterns on `nameWords`, which MongoDB serves from the index. */
export function nameSearchFilter(search: string, field = 'search'): Record<string, unknown> {
  const clauses = nameSearchPatterns(search, field).map((pattern) => ({ nameWords: { $regex: pattern } }));
  return clauses.length === 1 ? clauses[0]! : { $and: clauses };
}

/** The same search as a test of a record in memory. */
export function nameSearchTest(search: string, field = 'search'): (nameWordsOfRecord: readonly string[]) => boolean {
  const patterns = nameSearchPatterns(search, field).map((pattern) => new RegExp(pattern));
  return (words) => patterns.every((pattern) => words.some((word) => pattern.test(word)));
}

/** The stored search forms of a name. */
export function nameFields(name: string) {
  const searchName = searchableName(name);
  return { name, searchName, nameWords: nameWords(searchName) };
}

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
 * The filter of a name search: every word of the query starts a word of the name, in any order, ignoring
 * accents, case, hyphens and apostrophes ("puy de dome" and "dome" both find Puy-de-Dôme). Word prefixes
 * on `nameWords` are anchored regular expressions, which MongoDB serves from the index.
 */
export function nameSearchFilter(search: string, field = 'search'): Record<string, unknown> {
  const words = nameWords(searchableName(search));
  if (words.length === 0) throw new BadUserInputError(field, 'A search needs at least one letter or digit.');
  if (words.length > MAX_WORDS) throw new BadUserInputError(field, `A search has at most ${MAX_WORDS} words.`);
  const clauses = words.map((word) => {
    const full = ABBREVIATIONS[word];
    return { nameWords: { $regex: full ? `^(${full}|${word})` : `^${word}` } };
  });
  return clauses.length === 1 ? clauses[0]! : { $and: clauses };
}

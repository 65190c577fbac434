import { BadUserInputError, checkActorId, checkRecordId, checkTerritoryId, longText, malformedId, optionalText, parseTerritoryId, territoryHierarchy, territoryScope, textList as kitTextList, unknownReference } from '@fabrique/kit';
import type { ThemeRecord } from '../models/themes/schema';

/**
 * Input checks shared by experiences, resources and imports. Every check names the offending field
 * with its full path (`input.title`, `items.3.experience.themeIds.1`) and nothing is written before
 * all checks pass.
 */
const LANGUAGE = /^[a-z]{2}$/;

export const LIMITS = { title: 200, summary: 2_000, body: 100_000, listItem: 2_000, listLength: 50, territories: 50, themes: 20 };

// Texts follow the kit's input module (one place for text rules); these name this subgraph's limits.
export { longText, optionalText, requiredText } from '@fabrique/kit';

/** Outcomes and lessons: at most LIMITS.listLength items, each a long text. */
export const textList = (values: readonly unknown[] | null | undefined, field: string): string[] =>
  kitTextList(values, field, LIMITS.listLength, longText(LIMITS.listItem));

export function language(value: unknown, field: string): string {
  if (typeof value !== 'string' || !LANGUAGE.test(value)) throw new BadUserInputError(field, `${field} must be an ISO 639-1 code such as "fr" or "en".`);
  return value;
}

export function objectIdOrNull(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw malformedId(field, 'record');
  return checkRecordId(field, value);
}

/** An actor id: a territory of the reference data or an organisation id. */
export function actorId(value: unknown, field: string): string {
  if (typeof value !== 'string') throw malformedId(field, 'actor');
  return checkActorId(field, value, 'input');
}

export function territoryIds(values: readonly unknown[] | null | undefined, field: string): { territoryIds: string[]; territoryScope: string[] } {
  const ids = [...new Set((values ?? []).map(String))];
  if (ids.length > LIMITS.territories) throw new BadUserInputError(field, `${field} has too many territories (at most ${LIMITS.territories}).`);
  ids.forEach((id, i) => checkTerritoryId(`${field}.${i}`, id, 'input'));
  return { territoryIds: ids, territoryScope: territoryScope(ids) };
}

/** Checks the theme ids against the taxonomy (themes loaded by the caller, in order). */
export function themeIds(ids: readonly string[], themes: ReadonlyArray<ThemeRecord | null>, field: string): { themeIds: string[]; themeScope: string[] } {
  if (ids.length > LIMITS.themes) throw new BadUserInputError(field, `${field} has too many themes (at most ${LIMITS.themes}).`);
  const scope = new Set<string>();
  ids.forEach((id, i) => {
    const theme = themes[i];
    if (!theme) throw unknownReference(`${field}.${i}`, 'Theme', id, 'input');
    for (const ancestor of theme.ancestorIds) scope.add(ancestor);
    scope.add(theme._id);
  });
  return { themeIds: [...new Set(ids)], themeScope: [...scope] };
}

export function nonNegativeInt(value: unknown, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new BadUserInputError(field, `${field} must be a whole number, zero or more.`);
  return value;
}

export function httpUrl(value: unknown, field: string): string | null {
  const text = optionalText(value, field, 2_000);
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return text;
  } catch {
    // fall through
  }
  throw new BadUserInputError(field, `${field} must be an http(s) URL.`);
}

// The knowledge subgraph's domain checks of input (generic text checks come from the kit's input
// module). Every check names the offending field with its full path (`input.title`,
// `input.items.3.experience.themeIds.1`) and nothing is written before all checks pass.
import {
  BadUserInputError,
  checkActorId,
  checkProgrammeId,
  checkRecordId,
  checkTerritoryId,
  malformedId,
  territoryScope,
  unknownReference,
} from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { KnowledgeSearchFilter, PublicationFilter } from '../generated/resolvers';
import type { ThemeRecord } from '../models/themes/schema';

const LANGUAGE = /^[a-z]{2}$/;
export const LIMITS = { title: 200, summary: 2_000, body: 100_000, listItem: 2_000, listLength: 50, territories: 50, themes: 20 };

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

/** A territory id of the reference data. */
export function territoryId(value: unknown, field: string): string {
  if (typeof value !== 'string') throw malformedId(field, 'territory');
  return checkTerritoryId(field, value, 'input');
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

/** The ids a list, search or statistics filter may name. */
type FilterReferences = Pick<PublicationFilter, 'territory' | 'theme' | 'publisher' | 'programme' | 'convention'> & Pick<KnowledgeSearchFilter, 'themes'>;

/**
 * Refuses a filter naming nothing (NOT_FOUND, or BAD_USER_INPUT when malformed, at `<path>.<key>`),
 * which would otherwise answer an empty list. Territories and programmes are known from the kit's
 * reference data, themes from our taxonomy; organisations and conventions belong to other subgraphs,
 * so only their form is checked.
 */
export async function checkFilterReferences(filter: FilterReferences | null | undefined, path: string, context: Pick<KnowledgeContext, 'repositories'>): Promise<void> {
  if (!filter) return;
  // Checked before any read: a search filter's themes become a `$in` and a counter read each (filterShare).
  if ((filter.themes?.length ?? 0) > LIMITS.themes) throw new BadUserInputError(`${path}.themes`, `${path}.themes names too many themes (at most ${LIMITS.themes}).`);
  if (filter.territory) checkTerritoryId(`${path}.territory`, filter.territory);
  if (filter.publisher) checkActorId(`${path}.publisher`, filter.publisher);
  if (filter.programme) checkProgrammeId(`${path}.programme`, filter.programme);
  if (filter.convention) checkRecordId(`${path}.convention`, filter.convention);
  const themes = [
    ...(filter.theme ? [{ field: `${path}.theme`, id: filter.theme }] : []),
    ...(filter.themes ?? []).map((id, i) => ({ field: `${path}.themes.${i}`, id })),
  ];
  await knownThemes(themes, context);
}

/** Theme ids of the taxonomy named by arguments (one query for all of them). */
export async function knownThemes(themes: ReadonlyArray<{ field: string; id: string }>, { repositories }: Pick<KnowledgeContext, 'repositories'>): Promise<void> {
  if (themes.length === 0) return;
  const found = new Set((await repositories.themes.findByIds(themes.map((t) => t.id))).map((t) => t._id));
  const unknown = themes.find((t) => !found.has(t.id));
  if (unknown) throw unknownReference(unknown.field, 'Theme', unknown.id);
}

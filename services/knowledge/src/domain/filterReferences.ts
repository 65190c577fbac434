import { checkActorId, checkProgrammeId, checkRecordId, checkTerritoryId, unknownReference } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';

/** The ids a list, search or statistics filter may name. */
export interface FilterReferences {
  territory?: string | null;
  theme?: string | null;
  themes?: readonly string[] | null;
  publisher?: string | null;
  programme?: string | null;
  convention?: string | null;
}

/**
 * Refuses a filter naming nothing (NOT_FOUND, or BAD_USER_INPUT when malformed, at `<path>.<key>`),
 * which would otherwise answer an empty list. Territories and programmes are known from the kit's
 * reference data, themes from our taxonomy; organisations and conventions belong to other subgraphs,
 * so only their form is checked.
 */
export async function checkFilterReferences(filter: FilterReferences | null | undefined, path: string, context: Pick<KnowledgeContext, 'repositories'>): Promise<void> {
  if (!filter) return;
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

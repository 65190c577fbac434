// The theme taxonomy: staff add themes; a theme's place is fixed (experiences store its ancestors in
// `themeScope`).
import { BadUserInputError, ConflictError, isDuplicateKeyError, longText, nonNegativeInt, optionalText, requireStaff, requiredText, unknownReference } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { CreateThemeInput } from '../generated/resolvers';
import type { ThemeRecord } from '../models/themes/schema';
import { knownThemes } from './input';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function createTheme(input: CreateThemeInput, context: KnowledgeContext): Promise<ThemeRecord> {
  requireStaff(context.identity);
  if (typeof input.id !== 'string' || !SLUG.test(input.id) || input.id.length > 60) {
    throw new BadUserInputError('input.id', 'id must be a slug: lower-case letters, digits and dashes (at most 60).');
  }
  let ancestorIds: string[] = [];
  if (input.parentId) {
    const parent = await context.loaders.theme.load(input.parentId);
    if (!parent) throw unknownReference('input.parentId', 'Theme', input.parentId, 'input');
    ancestorIds = [...parent.ancestorIds, parent._id];
  }
  const theme: ThemeRecord = {
    _id: input.id,
    parentId: input.parentId ?? null,
    ancestorIds,
    labels: { fr: requiredText(input.labelFr, 'input.labelFr', 100), en: requiredText(input.labelEn, 'input.labelEn', 100) },
    descriptions: {
      fr: optionalText(input.descriptionFr, 'input.descriptionFr', longText(2_000)) || null,
      en: optionalText(input.descriptionEn, 'input.descriptionEn', longText(2_000)) || null,
    },
    rank: nonNegativeInt(input.rank, 'input.rank') ?? 100,
  };
  try {
    await context.repositories.themes.insert(theme);
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new ConflictError(`Theme "${theme._id}" already exists.`);
    throw error;
  }
  return theme;
}

/** The sub-themes of a theme of the taxonomy, or the root themes. */
export async function childThemes(parent: string | null | undefined, context: KnowledgeContext): Promise<ThemeRecord[]> {
  if (parent) await knownThemes([{ field: 'filter.parent', id: parent }], context);
  return context.loaders.themeChildren.load(parent ?? '');
}

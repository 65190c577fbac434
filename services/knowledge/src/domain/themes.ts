import { BadUserInputError, ConflictError, isDuplicateKeyError, requireStaff, unknownReference } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { ThemeRecord } from '../models/themes/schema';
import * as check from './input';

export interface CreateThemeInput {
  id: string;
  parentId?: string | null;
  labelFr: string;
  labelEn: string;
  descriptionFr?: string | null;
  descriptionEn?: string | null;
  rank?: number | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Staff add themes; a theme's place is fixed (experiences store its ancestors in `themeScope`). */
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
    labels: { fr: check.requiredText(input.labelFr, 'input.labelFr', 100), en: check.requiredText(input.labelEn, 'input.labelEn', 100) },
    descriptions: {
      fr: check.optionalText(input.descriptionFr, 'input.descriptionFr', check.longText(2_000)) || null,
      en: check.optionalText(input.descriptionEn, 'input.descriptionEn', check.longText(2_000)) || null,
    },
    rank: check.nonNegativeInt(input.rank, 'input.rank') ?? 100,
  };
  try {
    await context.repositories.themes.insert(theme);
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new ConflictError(`Theme "${theme._id}" already exists.`);
    throw error;
  }
  return theme;
}

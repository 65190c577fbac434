import { publishedSubList } from '../domain/lists';
import type { LabelLanguage, ThemeResolvers } from '../generated/resolvers';
import type { ThemeRecord } from '../models/themes/schema';

const lang = (language: LabelLanguage | null | undefined) => (language === 'EN' ? 'en' : 'fr');

export const Theme: ThemeResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.theme.load(ref.id),
  id: (t) => t._id,
  label: (t, args) => t.labels[lang(args.language)],
  labelFr: (t) => t.labels.fr,
  labelEn: (t) => t.labels.en,
  description: (t, args) => t.descriptions?.[lang(args.language)] ?? null,
  parent: (t, _, { loaders }) => (t.parentId ? loaders.theme.load(t.parentId) : null),
  children: (t, _, { loaders }) => loaders.themeChildren.load(t._id),
  ancestors: async (t, _, { loaders }) => (await loaders.theme.loadMany(t.ancestorIds)).filter((a): a is ThemeRecord => Boolean(a) && !(a instanceof Error)),
  experiences: (t, args, { loaders }) => publishedSubList(loaders.experienceSubLists, 'themeScope', true, t._id, args),
  resources: (t, args, { loaders }) => publishedSubList(loaders.resourceSubLists, 'themeScope', true, t._id, args),
};

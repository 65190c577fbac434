import type { KnowledgeContext } from '../context';
import type { ThemeRecord } from '../models/themes/schema';
import { publishedSubList } from '../domain/lists';

type Language = { language?: 'FR' | 'EN' | null };
const lang = (args: Language) => (args.language === 'EN' ? 'en' : 'fr');

export const Theme = {
  __resolveReference: (ref: { id: string }, { loaders }: KnowledgeContext) => loaders.theme.load(ref.id),
  id: (t: ThemeRecord) => t._id,
  label: (t: ThemeRecord, args: Language) => t.labels[lang(args)],
  labelFr: (t: ThemeRecord) => t.labels.fr,
  labelEn: (t: ThemeRecord) => t.labels.en,
  description: (t: ThemeRecord, args: Language) => t.descriptions?.[lang(args)] ?? null,
  parent: (t: ThemeRecord, _: unknown, { loaders }: KnowledgeContext) => (t.parentId ? loaders.theme.load(t.parentId) : null),
  children: (t: ThemeRecord, _: unknown, { loaders }: KnowledgeContext) => loaders.themeChildren.load(t._id),
  async ancestors(t: ThemeRecord, _: unknown, { loaders }: KnowledgeContext) {
    return (await loaders.theme.loadMany(t.ancestorIds)).filter((a) => a && !(a instanceof Error));
  },
  experiences: publishedSubList('experience', 'themeScope', true),
  resources: publishedSubList('resource', 'themeScope', true),
};

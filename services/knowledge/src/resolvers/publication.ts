// Field resolvers shared by Experience and Resource (each typed by its kind's resolvers where spread).
import { actorReference, type PageArgs } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import { revisionAt, revisionPage } from '../domain/lists';
import type { ExperienceRevisionArgs } from '../generated/resolvers';
import type { PublicationRecord } from '../models/publications/schema';
import type { ThemeRecord } from '../models/themes/schema';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

type RevisionLoader = (context: KnowledgeContext) => KnowledgeContext['loaders']['experienceRevisions'];

export function publicationFields<P extends PublicationRecord>(revisions: RevisionLoader) {
  return {
    id: (r: P) => r._id,
    territories: (r: P) => r.territoryIds.map((id) => ({ id })),
    publisher: (r: P) => actorReference(r.publisherId),
    programme: (r: P) => (r.programmeId ? { id: r.programmeId } : null),
    themes: async (r: P, _: unknown, { loaders }: KnowledgeContext) =>
      (await loaders.theme.loadMany(r.themeIds)).filter((t): t is ThemeRecord => Boolean(t) && !(t instanceof Error)),
    createdAt: (r: P) => new Date(r.createdAt).toISOString(),
    updatedAt: (r: P) => new Date(r.updatedAt).toISOString(),
    submittedAt: (r: P) => iso(r.submittedAt),
    publishedAt: (r: P) => iso(r.publishedAt),
    archivedAt: (r: P) => iso(r.archivedAt),
    revisions: (r: P, args: PageArgs, context: KnowledgeContext) => revisionPage(r, revisions(context), args, context.identity),
    revision: (r: P, args: ExperienceRevisionArgs, context: KnowledgeContext) => revisionAt(r, revisions(context), args.version, context.identity),
  };
}

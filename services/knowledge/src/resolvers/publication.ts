import { actorReference, connectionFromArray, ForbiddenError, readPage, type PageArgs, type RevisionRecord } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { PublicationRecord } from '../models/publications/schema';
import { canActFor, canSee } from '../domain/access';

/** Field resolvers shared by Experience and Resource. */
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/** Revisions are the publisher's and staff's: they hold drafts never published. */
export function requireRevisionReader(record: PublicationRecord, { identity }: KnowledgeContext): void {
  if (!canActFor(identity, record.publisherId)) throw new ForbiddenError('Only its publisher and Fabrique staff may read the revisions.');
}

export const REVISION_ORDER = [['version', -1, 'number']] as const;

export function publicationFields(revisionsLoader: (context: KnowledgeContext) => { load(id: string): Promise<RevisionRecord[]> }) {
  return {
    id: (r: PublicationRecord) => r._id,
    territories: (r: PublicationRecord) => r.territoryIds.map((id) => ({ id })),
    publisher: (r: PublicationRecord) => actorReference(r.publisherId),
    programme: (r: PublicationRecord) => (r.programmeId ? { id: r.programmeId } : null),
    async themes(r: PublicationRecord, _: unknown, { loaders }: KnowledgeContext) {
      return (await loaders.theme.loadMany(r.themeIds)).filter((t) => t && !(t instanceof Error));
    },
    createdAt: (r: PublicationRecord) => iso(r.createdAt),
    updatedAt: (r: PublicationRecord) => iso(r.updatedAt),
    submittedAt: (r: PublicationRecord) => iso(r.submittedAt),
    publishedAt: (r: PublicationRecord) => iso(r.publishedAt),
    archivedAt: (r: PublicationRecord) => iso(r.archivedAt),
    async revisions(r: PublicationRecord, args: PageArgs, context: KnowledgeContext) {
      requireRevisionReader(r, context);
      const page = readPage(args, REVISION_ORDER);
      return connectionFromArray(await revisionsLoader(context).load(r._id), page);
    },
    async revision(r: PublicationRecord, args: { version: number }, context: KnowledgeContext) {
      requireRevisionReader(r, context);
      return (await revisionsLoader(context).load(r._id)).find((rev) => rev.version === args.version) ?? null;
    },
  };
}

/** A record the caller may see, or null (entity references and lookups by id). */
export const visibleOrNull = <R extends PublicationRecord>(record: R | null, { identity }: KnowledgeContext) =>
  record && canSee(identity, record) ? record : null;

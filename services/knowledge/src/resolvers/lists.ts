import { allOf, BadUserInputError, readPage, toConnection, type Filter, type Identity, type PageArgs } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import { LIST_ORDER, type PublicationRepository } from '../models/publications/repository';
import { PUBLICATION_STATUSES, type PublicationRecord, type PublicationStatus } from '../models/publications/schema';
import { visibilityFilter } from '../publishing/access';
import { checkFilterReferences } from '../filterReferences';

export type { PageArgs };

export interface PublicationFilterArgs {
  status?: PublicationStatus[] | null;
  territory?: string | null;
  theme?: string | null;
  publisher?: string | null;
  programme?: string | null;
  convention?: string | null;
  kind?: string | null;
  language?: string | null;
}

/** The Mongo filter of a list: what the caller may see, then the requested statuses and filters. */
export function publicationListFilter(filter: PublicationFilterArgs | null | undefined, identity: Identity): Filter {
  const statuses = filter?.status?.length ? [...new Set(filter.status)] : ['PUBLISHED'];
  if (statuses.some((s) => !PUBLICATION_STATUSES.includes(s as PublicationStatus))) throw new BadUserInputError('filter.status', 'Unknown status.');
  const where: Filter = { status: statuses.length === 1 ? statuses[0] : { $in: statuses } };
  if (filter?.territory) where.territoryScope = filter.territory;
  if (filter?.theme) where.themeScope = filter.theme;
  if (filter?.publisher) where.publisherId = filter.publisher;
  if (filter?.programme) where.programmeId = filter.programme;
  if (filter?.convention) where.conventionId = filter.convention;
  if (filter?.kind) where.kind = filter.kind;
  if (filter?.language) where.language = filter.language;
  return allOf(visibilityFilter(identity), where);
}

export async function listPublications<R extends PublicationRecord>(
  queries: PublicationRepository<R>,
  args: PageArgs & { filter?: PublicationFilterArgs | null },
  context: KnowledgeContext,
) {
  const page = readPage(args, LIST_ORDER);
  await checkFilterReferences(args.filter, 'filter', context);
  const filter = publicationListFilter(args.filter, context.identity);
  const rows = await queries.list(filter, page);
  return toConnection(rows, page, () => queries.count(filter));
}

/**
 * The resolver of a published sub-list contributed to another type (Territory.experiences...):
 * batched across all parents of the request (the kit's subLists).
 */
export function publishedSubList(kind: 'experience' | 'resource', field: string, array: boolean) {
  return async (parent: { id?: string; _id?: string }, args: PageArgs, { loaders }: KnowledgeContext) => {
    const id = (parent._id ?? parent.id)!;
    const page = readPage(args, LIST_ORDER);
    const lists = kind === 'experience' ? loaders.experienceSubLists : loaders.resourceSubLists;
    const rows: PublicationRecord[] = page.limit === 0 ? [] : await lists.page(field, array, page).load(id);
    return toConnection(rows, page, () => lists.count(field, array).load(id));
  };
}

// Lists: the filters built from list arguments (what the caller may see first), and the pages and
// connections of every list the subgraph serves (publications, sub-lists contributed to other types,
// learning journeys, revisions, search results).
import type DataLoader from 'dataloader';
import {
  allOf,
  BadUserInputError,
  checkTerritoryId,
  connectionFromArray,
  readPage,
  requestedStatuses,
  toConnection,
  type Filter,
  type Identity,
  type Page,
  type PageArgs,
  type RevisionRecord,
} from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { PublicationFilter, QueryLearningJourneysArgs, QuerySearchKnowledgeArgs } from '../generated/resolvers';
import type { Repositories } from '../repositories';
import { JOURNEY_ORDER } from '../models/journeys/repository';
import type { LearningJourneyRecord } from '../models/journeys/schema';
import { LIST_ORDER, type PublicationRepository } from '../models/publications/repository';
import { PUBLICATION_STATUSES, type PublicationRecord, type PublicationStatus } from '../models/publications/schema';
import { requireRevisionReader, visibilityFilter } from './access';
import { checkFilterReferences } from './input';
import { searchKnowledge, shownHits } from './search/search';

const REVISION_ORDER = [['version', -1, 'number']] as const;

/** The Mongo filter of a list: what the caller may see, then the requested statuses and filters. */
function publicationListFilter(filter: PublicationFilter | null | undefined, identity: Identity): Filter {
  const requested = requestedStatuses(filter?.statuses, 'filter.statuses');
  const statuses = requested ?? ['PUBLISHED'];
  if (statuses.some((s) => !PUBLICATION_STATUSES.includes(s as PublicationStatus))) throw new BadUserInputError('filter.statuses', 'Unknown status.');
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
  args: PageArgs & { filter?: PublicationFilter | null },
  context: KnowledgeContext,
) {
  const page = readPage(args, LIST_ORDER);
  await checkFilterReferences(args.filter, 'filter', context);
  const filter = publicationListFilter(args.filter, context.identity);
  const rows = await queries.list(filter, page);
  return toConnection(rows, page, () => queries.count(filter));
}

/** The published sub-lists of many parents, batched per request (the loaders' `experienceSubLists`...). */
interface SubLists<R> {
  page(field: string, array: boolean, page: Page): DataLoader<string, R[]>;
  count(field: string, array: boolean): DataLoader<string, number>;
}

/**
 * A published sub-list contributed to another type (Territory.experiences...): the parent's records
 * whose `field` names it (`array` when the field holds several ids), batched across all parents of
 * the request (the kit's subLists).
 */
export async function publishedSubList<R>(lists: SubLists<R>, field: string, array: boolean, parentId: string, args: PageArgs) {
  const page = readPage(args, LIST_ORDER);
  const rows: R[] = page.limit === 0 ? [] : await lists.page(field, array, page).load(parentId);
  return toConnection(rows, page, () => lists.count(field, array).load(parentId));
}

export async function listLearningJourneys(args: QueryLearningJourneysArgs, repositories: Repositories) {
  const page = readPage(args, JOURNEY_ORDER);
  const { host, endingFrom } = args.filter ?? {};
  if (endingFrom != null && !/^\d{4}-\d{2}-\d{2}$/.test(endingFrom)) throw new BadUserInputError('filter.endingFrom', 'filter.endingFrom must be a date such as 2026-05-12.');
  const filter = allOf(host ? { hostScope: checkTerritoryId('filter.host', host) } : {}, endingFrom ? { endsOn: { $gte: endingFrom } } : {});
  const rows = await repositories.journeys.list(filter, page);
  return toConnection(rows, page, () => repositories.journeys.count(filter));
}

/** The learning journeys hosted by a territory or inside it (loaded for every territory of the request). */
export const journeysHostedBy = (journeys: readonly LearningJourneyRecord[], args: PageArgs) => connectionFromArray([...journeys], readPage(args, JOURNEY_ORDER));

/** The revisions of publications, loaded per request (`experienceRevisions`, `resourceRevisions`). */
type RevisionLoader = Pick<DataLoader<string, RevisionRecord[]>, 'load'>;

/** A publication's revisions, newest first, for its publisher and staff. */
export async function revisionPage(record: PublicationRecord, revisions: RevisionLoader, args: PageArgs, identity: Identity) {
  requireRevisionReader(identity, record);
  return connectionFromArray(await revisions.load(record._id), readPage(args, REVISION_ORDER));
}

/** One revision of a publication, for its publisher and staff. */
export async function revisionAt(record: PublicationRecord, revisions: RevisionLoader, version: number, identity: Identity): Promise<RevisionRecord | null> {
  requireRevisionReader(identity, record);
  return (await revisions.load(record._id)).find((rev) => rev.version === version) ?? null;
}

/** The connection of a search: its page's published hits, with cursors holding their rank. */
export async function searchConnection(args: QuerySearchKnowledgeArgs, context: KnowledgeContext) {
  const result = await searchKnowledge(args, context);
  const edges = (await shownHits(result, context)).map(({ position, hit }) => ({ cursor: result.cursorAt(position), node: hit }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: result.hits.length > result.first,
      hasPreviousPage: result.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: result.total,
    terms: result.terms,
    ignoredWords: result.ignoredWords,
    truncated: result.truncated,
  };
}

import type { Connection, Model } from 'mongoose';
import { readAll, versionedCollection, type Page, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { nameSearchFilter, type SearchRank } from '../../domain/search';
import { organisationSchema, type OrganisationKind, type OrganisationRecord } from './schema';

export const ORGANISATION_ORDER: SortSpec = [
  ['searchName', 1, 'string'],
  ['_id', 1, 'string'],
];

export interface OrganisationFilter {
  kind?: OrganisationKind | null;
  /** Only organisations based inside this territory (at any depth, itself included). */
  within?: string | null;
  search?: string | null;
  /** Only the search's matches of this rank (see domain/search.ts). */
  searchRank?: SearchRank | null;
}

function toQuery(filter: OrganisationFilter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filter.kind) query.kind = filter.kind;
  if (filter.within) query.homeScope = filter.within;
  return filter.search ? { ...query, ...nameSearchFilter(filter.search, 'filter.search', filter.searchRank) } : query;
}

/** Writes refused by the unique slug are a DuplicateKeyError on `slug`. */
export function createOrganisationRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const repository = versionedCollection<OrganisationRecord>(connection, revisions, 'Organisation', organisationSchema);
  return {
    ...repository,
    findBySlugs: (slugs: readonly string[]) => readAll<OrganisationRecord>(repository.model.find({ slug: { $in: slugs } })),
    list: (filter: OrganisationFilter, page: Page) => repository.list(toQuery(filter), page),
    count: (filter: OrganisationFilter) => repository.count(toQuery(filter)),
  };
}

import type { Connection, Model } from 'mongoose';
import { BadUserInputError, findPage, type Page, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { nameSearchFilter } from '../../domain/search';
import { versionedWrites } from '../versioned';
import { organisationSchema, type OrganisationKind, type OrganisationRecord } from './schema';
import { byIds, readAll } from '../readAll';

export const ORGANISATION_ORDER: SortSpec = [
  ['searchName', 1, 'string'],
  ['_id', 1, 'string'],
];

export interface OrganisationFilter {
  kind?: OrganisationKind | null;
  /** Only organisations based inside this territory (at any depth, itself included). */
  within?: string | null;
  search?: string | null;
}

function toQuery(filter: OrganisationFilter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filter.kind) query.kind = filter.kind;
  if (filter.within) query.homeScope = filter.within;
  return filter.search ? { ...query, ...nameSearchFilter(filter.search) } : query;
}

const slugTaken = (o: OrganisationRecord) => new BadUserInputError('input.slug', `The slug "${o.slug}" is already taken by another organisation.`);

export function createOrganisationRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<OrganisationRecord> = connection.model<OrganisationRecord>('Organisation', organisationSchema);
  const writes = versionedWrites<OrganisationRecord>(model, revisions, 'Organisation', slugTaken);
  return {
    model,
    findByIds: (ids: readonly string[]) => readAll<OrganisationRecord>(model.find(byIds(ids))),
    findBySlugs: (slugs: readonly string[]) => readAll<OrganisationRecord>(model.find({ slug: { $in: slugs } })),
    list: (filter: OrganisationFilter, page: Page) => findPage<OrganisationRecord>(model, toQuery(filter), page),
    count: (filter: OrganisationFilter) => model.countDocuments(toQuery(filter)).exec(),
    ...writes,
  };
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;

import type { Connection, Model } from 'mongoose';
import { versionedRepository, type Page, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { nameSearchFilter, type SearchRank } from '../../domain/search';
import { personSchema, type PersonRecord } from './schema';

export const PERSON_ORDER: SortSpec = [
  ['searchName', 1, 'string'],
  ['_id', 1, 'string'],
];

const toQuery = (search?: string | null, rank?: SearchRank | null) => (search ? nameSearchFilter(search, 'filter.search', rank) : {});

export function createPersonRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<PersonRecord> = connection.model<PersonRecord>('Person', personSchema);
  const repository = versionedRepository<PersonRecord>(model, revisions, 'Person');
  return {
    ...repository,
    /** With `rank`, only the search's matches of that rank (see domain/search.ts). */
    list: (search: string | null | undefined, page: Page, rank?: SearchRank | null) => repository.list(toQuery(search, rank), page),
    count: (search: string | null | undefined) => repository.count(toQuery(search)),
  };
}

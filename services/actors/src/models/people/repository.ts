import type { Connection, Model } from 'mongoose';
import { findPage, type Page, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { nameSearchFilter } from '../../domain/search';
import { versionedWrites } from '../versioned';
import { personSchema, type PersonRecord } from './schema';
import { byIds, readAll } from '../readAll';

export const PERSON_ORDER: SortSpec = [
  ['searchName', 1, 'string'],
  ['_id', 1, 'string'],
];

const toQuery = (search?: string | null) => (search ? nameSearchFilter(search) : {});

export function createPersonRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<PersonRecord> = connection.model<PersonRecord>('Person', personSchema);
  const writes = versionedWrites<PersonRecord>(model, revisions, 'Person', () => new Error('people have no unique field'));
  return {
    model,
    findByIds: (ids: readonly string[]) => readAll<PersonRecord>(model.find(byIds(ids))),
    list: (search: string | null | undefined, page: Page) => findPage<PersonRecord>(model, toQuery(search), page),
    count: (search: string | null | undefined) => model.countDocuments(toQuery(search)).exec(),
    ...writes,
  };
}

export type PersonRepository = ReturnType<typeof createPersonRepository>;

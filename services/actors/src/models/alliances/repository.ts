import type { Connection, Model } from 'mongoose';
import { readAll, versionedCollection, type Page, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { allianceSchema, type AllianceRecord } from './schema';

export const ALLIANCE_ORDER: SortSpec = [
  ['searchName', 1, 'string'],
  ['_id', 1, 'string'],
];

/** Writes refused by the unique slug are a DuplicateKeyError on `slug`. */
export function createAllianceRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const repository = versionedCollection<AllianceRecord>(connection, revisions, 'Alliance', allianceSchema);
  return {
    ...repository,
    findBySlugs: (slugs: readonly string[]) => readAll<AllianceRecord>(repository.model.find({ slug: { $in: slugs } })),
    list: (page: Page) => repository.list({}, page),
    count: () => repository.count({}),
  };
}

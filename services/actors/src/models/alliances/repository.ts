import type { Connection, Model } from 'mongoose';
import { BadUserInputError, findPage, type Page, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { versionedWrites } from '../versioned';
import { allianceSchema, type AllianceRecord } from './schema';
import { byIds, readAll } from '../readAll';

export const ALLIANCE_ORDER: SortSpec = [
  ['searchName', 1, 'string'],
  ['_id', 1, 'string'],
];

const slugTaken = (a: AllianceRecord) => new BadUserInputError('input.slug', `The slug "${a.slug}" is already taken by another alliance.`);

export function createAllianceRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<AllianceRecord> = connection.model<AllianceRecord>('Alliance', allianceSchema);
  const writes = versionedWrites<AllianceRecord>(model, revisions, 'Alliance', slugTaken);
  return {
    model,
    findByIds: (ids: readonly string[]) => readAll<AllianceRecord>(model.find(byIds(ids))),
    findBySlugs: (slugs: readonly string[]) => readAll<AllianceRecord>(model.find({ slug: { $in: slugs } })),
    list: (page: Page) => findPage<AllianceRecord>(model, {}, page),
    count: () => model.countDocuments({}).exec(),
    ...writes,
  };
}

export type AllianceRepository = ReturnType<typeof createAllianceRepository>;

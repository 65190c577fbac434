import type { Model } from 'mongoose';
import type { RevisionRecord } from '@fabrique/kit';

/** Reads of the `revisions` collection the kit's versionStore writes (one list query for many records). */
export function createRevisionQueries(model: Model<RevisionRecord>) {
  return {
    /** Every revision of these records of `collection`, newest first. */
    ofRecords: (collection: string, ids: readonly string[]) =>
      model.find({ collectionName: collection, entityId: { $in: ids } }).sort({ version: -1 }).lean<RevisionRecord[]>().exec(),
  };
}

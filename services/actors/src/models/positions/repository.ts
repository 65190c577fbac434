import type { Connection, Model } from 'mongoose';
import { readAll, versionedRepository, type RevisionRecord } from '@fabrique/kit';
import { positionSchema, type PositionRecord } from './schema';

/** Holder keys are `<HOLDER_KIND>/<holderId>`: an alliance and an organisation may share an id format. */
export const holderKey = (p: Pick<PositionRecord, 'holderKind' | 'holderId'>) => `${p.holderKind}/${p.holderId}`;

const byStart = { since: 1, _id: 1 } as const;

export function createPositionRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<PositionRecord> = connection.model<PositionRecord>('Position', positionSchema);
  return {
    ...versionedRepository<PositionRecord>(model, revisions, 'Position'),
    /** Positions held in any of these holders (keys from `holderKey`), oldest first. */
    async findByHolders(keys: readonly string[]): Promise<PositionRecord[]> {
      const ids = [...new Set(keys.map((key) => key.slice(key.indexOf('/') + 1)))];
      const wanted = new Set(keys);
      const rows = await readAll<PositionRecord>(model.find({ holderId: { $in: ids } }).sort(byStart));
      return rows.filter((p) => wanted.has(holderKey(p)));
    },
    /** Positions held by any of these people, oldest first. */
    findByPeople: (personIds: readonly string[]) => readAll<PositionRecord>(model.find({ personId: { $in: personIds } }).sort(byStart)),
  };
}

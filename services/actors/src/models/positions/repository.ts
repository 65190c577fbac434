import type { Connection, Model } from 'mongoose';
import type { RevisionRecord } from '@fabrique/kit';
import { versionedWrites } from '../versioned';
import { positionSchema, type PositionRecord } from './schema';
import { readAll } from '../readAll';

/** Holder keys are `<HOLDER_KIND>/<holderId>`: an alliance and an organisation may share an id format. */
export const holderKey = (p: Pick<PositionRecord, 'holderKind' | 'holderId'>) => `${p.holderKind}/${p.holderId}`;

const byStart = { since: 1, _id: 1 } as const;

export function createPositionRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<PositionRecord> = connection.model<PositionRecord>('Position', positionSchema);
  const writes = versionedWrites<PositionRecord>(model, revisions, 'Position', () => new Error('positions have no unique field'));
  return {
    model,
    /** Positions held in any of these holders (keys from `holderKey`), oldest first. */
    async findByHolders(keys: readonly string[]): Promise<PositionRecord[]> {
      const ids = [...new Set(keys.map((key) => key.slice(key.indexOf('/') + 1)))];
      const wanted = new Set(keys);
      const rows = await readAll<PositionRecord>(model.find({ holderId: { $in: ids } }).sort(byStart));
      return rows.filter((p) => wanted.has(holderKey(p)));
    },
    /** Positions held by any of these people, oldest first. */
    findByPeople: (personIds: readonly string[]) => readAll<PositionRecord>(model.find({ personId: { $in: personIds } }).sort(byStart)),
    ...writes,
  };
}

export type PositionRepository = ReturnType<typeof createPositionRepository>;

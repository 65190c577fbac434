import type { Connection, Model } from 'mongoose';
import { baseRepository } from '@fabrique/kit';
import { programmeSchema, type ProgrammeKind, type ProgrammeRecord } from './schema';

export function createProgrammeRepository(connection: Connection) {
  const model: Model<ProgrammeRecord> = connection.model<ProgrammeRecord>('Programme', programmeSchema);
  return {
    ...baseRepository(model),
    all: () => model.find({}).sort({ rank: 1 }).lean<ProgrammeRecord[]>().exec(),
    findByKinds: (kinds: readonly ProgrammeKind[]) => model.find({ kind: { $in: kinds } }).lean<ProgrammeRecord[]>().exec(),
  };
}

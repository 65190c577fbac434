import type { Connection, Model } from 'mongoose';
import { programmeSchema, type ProgrammeKind, type ProgrammeRecord } from './schema';

export function createProgrammeRepository(connection: Connection) {
  const model: Model<ProgrammeRecord> = connection.model<ProgrammeRecord>('Programme', programmeSchema);
  return {
    model,
    all: () => model.find({}).sort({ rank: 1 }).lean<ProgrammeRecord[]>().exec(),
    findByIds: (ids: readonly string[]) => model.find({ _id: { $in: ids } }).lean<ProgrammeRecord[]>().exec(),
    findByKinds: (kinds: readonly ProgrammeKind[]) => model.find({ kind: { $in: kinds } }).lean<ProgrammeRecord[]>().exec(),
  };
}

export type ProgrammeRepository = ReturnType<typeof createProgrammeRepository>;

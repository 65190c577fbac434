import type { Connection, Model } from 'mongoose';
import { publicationQueries } from '../publications/repository';
import { experienceSchema, type ExperienceRecord } from './schema';

export function createExperienceRepository(connection: Connection) {
  const model: Model<ExperienceRecord> = connection.model<ExperienceRecord>('Experience', experienceSchema);
  return publicationQueries<ExperienceRecord>(model);
}

export type ExperienceRepository = ReturnType<typeof createExperienceRepository>;

import type { Connection, Model } from 'mongoose';
import type { RevisionRecord, VersionHooks } from '@fabrique/kit';
import { publicationRepository } from '../publications/repository';
import { experienceSchema, type ExperienceRecord } from './schema';

export function createExperienceRepository(connection: Connection, revisions: Model<RevisionRecord>, hooks?: VersionHooks<ExperienceRecord>) {
  const model: Model<ExperienceRecord> = connection.model<ExperienceRecord>('Experience', experienceSchema);
  return publicationRepository<ExperienceRecord>(model, revisions, 'Experience', hooks);
}

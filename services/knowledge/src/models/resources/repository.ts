import type { Connection, Model } from 'mongoose';
import type { RevisionRecord, VersionHooks } from '@fabrique/kit';
import { publicationRepository } from '../publications/repository';
import { resourceSchema, type ResourceRecord } from './schema';

export function createResourceRepository(connection: Connection, revisions: Model<RevisionRecord>, hooks?: VersionHooks<ResourceRecord>) {
  const model: Model<ResourceRecord> = connection.model<ResourceRecord>('Resource', resourceSchema);
  return publicationRepository<ResourceRecord>(model, revisions, 'Resource', hooks);
}

import type { Connection, Model } from 'mongoose';
import { publicationQueries } from '../publications/repository';
import { resourceSchema, type ResourceRecord } from './schema';

export function createResourceRepository(connection: Connection) {
  const model: Model<ResourceRecord> = connection.model<ResourceRecord>('Resource', resourceSchema);
  return publicationQueries<ResourceRecord>(model);
}

export type ResourceRepository = ReturnType<typeof createResourceRepository>;

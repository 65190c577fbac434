import type { Connection, Model } from 'mongoose';
import { organisationSchema, type OrganisationRecord } from './schema';

export function createOrganisationRepository(connection: Connection) {
  const model: Model<OrganisationRecord> = connection.model<OrganisationRecord>('Organisation', organisationSchema);
  return {
    model,
    findByIds: (ids: readonly string[]) => model.find({ _id: { $in: ids } }).lean<OrganisationRecord[]>().exec(),
    findBySlugs: (slugs: readonly string[]) => model.find({ slug: { $in: slugs } }).lean<OrganisationRecord[]>().exec(),
  };
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;

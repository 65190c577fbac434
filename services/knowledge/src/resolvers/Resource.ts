import { visibleOrNull } from '../domain/access';
import type { ResourceResolvers } from '../generated/resolvers';
import type { ResourceRecord } from '../models/resources/schema';
import { publicationFields } from './publication';

export const Resource: ResourceResolvers = {
  __resolveReference: async (ref, { loaders, identity }) => visibleOrNull(await loaders.resource.load(ref.id), identity),
  ...publicationFields<ResourceRecord>((context) => context.loaders.resourceRevisions),
};

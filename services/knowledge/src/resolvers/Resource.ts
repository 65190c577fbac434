import type { KnowledgeContext } from '../context';
import { publicationFields, visibleOrNull } from './publication';

export const Resource = {
  __resolveReference: async (ref: { id: string }, context: KnowledgeContext) => visibleOrNull(await context.loaders.resource.load(ref.id), context),
  ...publicationFields((context) => context.loaders.resourceRevisions),
};

import { hitSnippet } from '../domain/search/search';
import type { KnowledgeItemResolvers, KnowledgeSearchHitResolvers } from '../generated/resolvers';

export const KnowledgeSearchHit: KnowledgeSearchHitResolvers = {
  item: (hit) => hit.record,
  snippet: (hit) => hitSnippet(hit),
};

export const KnowledgeItem: KnowledgeItemResolvers = {
  __resolveType: (record) => ('kind' in record ? 'Resource' : 'Experience'),
};

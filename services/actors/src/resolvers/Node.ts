import type { NodeResolvers } from '../generated/resolvers';

/** `node` and `nodes` answer values that carry their type (see domain/nodes.ts). */
export const Node: NodeResolvers = {
  __resolveType: (found) => found.__typename,
};

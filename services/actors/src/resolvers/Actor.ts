import type { ActorResolvers } from '../generated/resolvers';
import { actorTypeName } from '../domain/actors';

/** Other subgraphs refer to actors through the `Actor` interface (see domain/actors.ts). */
export const Actor: ActorResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.actor(ref.id),
  __resolveType: (actor) => actorTypeName(actor),
};

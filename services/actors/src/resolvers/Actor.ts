import type { ActorsContext } from '../context';

/**
 * Other subgraphs refer to actors through the `Actor` interface: a territory id has the form
 * `<LEVEL>:<code>`, anything else is an organisation id.
 */
export const Actor = {
  __resolveReference: (ref: { id: string }, { loaders }: ActorsContext) => loaders.actor(ref.id),
  __resolveType: (actor: { level?: string }) => (actor.level ? 'Territory' : 'Organisation'),
};

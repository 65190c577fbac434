import { buildSubgraph, type BuildOptions, type SubgraphDefinition } from '@fabrique/kit';
import { accessResolvers } from './access/resolvers';
import { accessRoutes } from './access/route';
import { createLoaders, type Loaders } from './loaders';
import { createRepositories, type Repositories } from './repositories';
import { resolvers } from './resolvers';
import { schemaPaths } from './sdl';

export const actorsSubgraph: SubgraphDefinition<Repositories, Loaders> = {
  name: 'actors',
  defaultPort: 4001,
  schemaPaths,
  resolvers: [resolvers, accessResolvers],
  createRepositories,
  createLoaders,
  routes: accessRoutes,
};

/** Builds the actors subgraph without listening (tests listen on port 0). */
export const createActorsServer = (options: BuildOptions) => buildSubgraph(actorsSubgraph, options);

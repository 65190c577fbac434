import { buildSubgraph, type BuildOptions, type SubgraphDefinition } from '@fabrique/kit';
import { createLoaders, type Loaders } from './loaders';
import { createRepositories, type Repositories } from './repositories';
import { resolvers } from './resolvers';
import { schemaPaths } from './sdl';
import { textRules } from './textRules';

export const conventionsSubgraph: SubgraphDefinition<Repositories, Loaders> = {
  name: 'conventions',
  defaultPort: 4002,
  schemaPaths,
  textRules,
  resolvers: [resolvers],
  createRepositories,
  createLoaders,
};

/** Builds the conventions subgraph without listening (tests listen on port 0). */
export const createConventionsServer = (options: BuildOptions) => buildSubgraph(conventionsSubgraph, options);

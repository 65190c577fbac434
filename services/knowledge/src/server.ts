import { buildSubgraph, type BuildOptions, type SubgraphDefinition } from '@fabrique/kit';
import { createLoaders, type Loaders } from './loaders';
import { createRepositories, type Repositories } from './repositories';
import { resolvers } from './resolvers';
import { schemaPaths } from './sdl';
import { textRules } from './textRules';

export const knowledgeSubgraph: SubgraphDefinition<Repositories, Loaders> = {
  name: 'knowledge',
  defaultPort: 4003,
  schemaPaths,
  textRules,
  resolvers: [resolvers],
  createRepositories,
  createLoaders,
};

/** Builds the knowledge subgraph without listening (tests listen on port 0). */
export const createKnowledgeServer = (options: BuildOptions) => buildSubgraph(knowledgeSubgraph, options);

import { buildSubgraph, env, parseConfig, type BuildOptions, type SubgraphDefinition } from '@fabrique/kit';
import { accessRoutes } from './domain/access/authenticate';
import { setNodePeers, type NodePeers } from './domain/nodes';
import { revocationReport } from './domain/access/revocationReport';
import { createLoaders, type Loaders } from './loaders';
import { createRepositories, type Repositories } from './repositories';
import { resolvers } from './resolvers';
import { schemaPaths } from './sdl';
import { textRules } from './textRules';

const snapshotVariables = {
  snapshot: env.bool('TERRITORY_SNAPSHOT', {
    description: 'Serve territory reads from an in-memory snapshot of the reference data (off: every read queries the database).',
    default: true,
  }),
  refreshSeconds: env.int('TERRITORY_SNAPSHOT_REFRESH_SECONDS', {
    description: 'How often the subgraph checks whether an import made elsewhere changed the territories.',
    default: 10,
    min: 1,
  }),
};

/** Where `node` asks the other subgraphs which ids are theirs (domain/nodes.ts). */
const nodePeerVariables = {
  conventions: env.url('CONVENTIONS_URL', { description: 'GraphQL URL of the conventions subgraph (for `node`).', default: 'http://127.0.0.1:4002/graphql' }),
  knowledge: env.url('KNOWLEDGE_URL', { description: 'GraphQL URL of the knowledge subgraph (for `node`).', default: 'http://127.0.0.1:4003/graphql' }),
};

export const actorsSubgraph: SubgraphDefinition<Repositories, Loaders> = {
  name: 'actors',
  defaultPort: 4001,
  schemaPaths,
  textRules,
  resolvers: [resolvers],
  createRepositories,
  createLoaders,
  routes: accessRoutes,
  plugins: [revocationReport()],
  serve(repositories, { logger }) {
    const peers = parseConfig(nodePeerVariables);
    setNodePeers(repositories, () => peers);
    const config = parseConfig(snapshotVariables);
    if (!config.snapshot) return;
    repositories.territories.snapshot.start(config.refreshSeconds, (error) => logger.error({ err: error }, 'territory snapshot failed'));
    return { stop: () => repositories.territories.snapshot.stop() };
  },
};

/**
 * Builds the actors subgraph without listening (tests listen on port 0). `nodePeers` gives the other
 * subgraphs' URLs, which `node` asks (read when needed: they may listen after this one is built);
 * without it, CONVENTIONS_URL and KNOWLEDGE_URL (read when the server is built).
 */
export async function createActorsServer(options: BuildOptions & { nodePeers?: () => NodePeers }) {
  const server = await buildSubgraph(actorsSubgraph, options);
  if (options.nodePeers) setNodePeers(server.repositories, options.nodePeers);
  return server;
}

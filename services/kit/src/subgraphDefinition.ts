// A subgraph as data (its SDL files, resolvers, repositories, loaders...) and `buildSubgraph`, which
// turns that definition into a server with its indexes ensured, without listening (tests use it as is).

import type { ApolloServerPlugin } from '@apollo/server';
import type { Connection } from 'mongoose';
import { ensureIndexes, type AnyModel, type Database } from './data/database';
import type { RouteHandler } from './http';
import { createLogger, type Logger } from './logger';
import type { TextRules } from './input';
import { loadTypeDefs } from './schemaFile';
import { createSubgraphServer, type RequestContext, type ResolverMap, type SubgraphServer } from './subgraphServer';

/** What a subgraph service is made of; the kit turns it into a server and a process. */
export interface SubgraphDefinition<R extends { models: AnyModel[] }, L> {
  name: string;
  defaultPort: number;
  /** Absolute paths of the service's SDL files: `schema.graphql` first, then module files. */
  schemaPaths: string[];
  /** Resolver maps, merged type by type (a module may add fields to Query, Mutation...). */
  resolvers: ResolverMap[];
  createRepositories(connection: Connection): R;
  /** Called once per request: loaders never share a cache across requests. */
  createLoaders(repositories: R): L;
  /**
   * Starts what runs beside the requests while the subgraph serves (an in-memory snapshot, a periodic
   * refresh), once, outside any request: its database commands are nobody's round trips. Returns how to
   * stop it.
   */
  serve?: (repositories: R, services: { logger: Logger }) => { stop(): void | Promise<void> } | void;
  /** Extra HTTP routes keyed by "METHOD /path" (e.g. an internal endpoint the gateway calls). */
  routes?: (services: { repositories: R; identitySecret: string; logger: Logger }) => Record<string, RouteHandler>;
  /** Apollo Server plugins of the service (see SubgraphOptions.plugins). */
  plugins?: Array<ApolloServerPlugin<any>>;
  /** Limits of its long texts, searches and other texts beyond the kit's defaults (see the kit's input/). */
  textRules?: TextRules;
}

export type ServiceContext<R, L> = RequestContext & { repositories: R; loaders: L };

export interface BuildOptions {
  database: Database;
  identitySecret: string;
  nodeEnv?: 'development' | 'test' | 'production';
  errorStacktraces?: boolean;
  logger?: Logger;
}

type BuiltSubgraph<R, L> = SubgraphServer<ServiceContext<R, L>> & { repositories: R };

function mergeResolvers(maps: ResolverMap[]): ResolverMap {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
  }
  return merged as ResolverMap;
}

/** Builds the subgraph server (indexes ensured) without listening: tests listen on port 0. */
export async function buildSubgraph<R extends { models: AnyModel[] }, L>(
  definition: SubgraphDefinition<R, L>,
  options: BuildOptions,
): Promise<BuiltSubgraph<R, L>> {
  const repositories = definition.createRepositories(options.database.connection);
  await ensureIndexes(repositories.models);
  const logger = options.logger ?? createLogger(definition.name, 'silent');
  const server = createSubgraphServer<ServiceContext<R, L>>({
    name: definition.name,
    typeDefs: loadTypeDefs(definition.schemaPaths),
    resolvers: mergeResolvers(definition.resolvers),
    database: options.database,
    identitySecret: options.identitySecret,
    nodeEnv: options.nodeEnv ?? 'production',
    errorStacktraces: options.errorStacktraces,
    logger,
    createContext: (base) => ({ ...base, repositories, loaders: definition.createLoaders(repositories) }),
    routes: definition.routes?.({ repositories, identitySecret: options.identitySecret, logger }),
    plugins: definition.plugins,
    textRules: definition.textRules,
  });
  const background = definition.serve?.(repositories, { logger });
  return {
    ...server,
    repositories,
    async stop() {
      await server.stop();
      await background?.stop();
    },
  };
}

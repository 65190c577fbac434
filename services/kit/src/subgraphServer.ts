// The HTTP and Apollo server of one subgraph: verified identity in every request context, text
// arguments guarded, errors masked and logged, /health and /ready, /metrics on a port of its own.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import type { Database } from './data/database';
import { isDatabaseUnreachable } from './databaseOutage';
import { createErrorFormatter } from './errorMasking';
import { databaseHealth } from './health';
import { createRequestHandler, sendJson, type RouteHandler } from './http';
import { createMetricsServer } from './metricsServer';
import { serverLifecycle, type ServerLifecycle } from './serverLifecycle';
import { IDENTITY_HEADER, verifyIdentity, type Identity } from './identity';
import { guardTextArguments, type TextRules } from './input';
import { scalarResolvers } from './scalars';
import type { Logger } from './logger';

/** What every subgraph request context holds; services extend it with loaders and repositories. */
/**
 * A subgraph's resolvers, type by type. Each subgraph checks its own against its SDL with the types
 * generated from it; Apollo's map type is not part of its public API, so the kit asks only for the shape.
 */
export type ResolverMap = Record<string, object>;

export interface RequestContext extends BaseContext {
  identity: Identity;
  /** The signed identity header as received, for a call this request makes to another subgraph. */
  identityHeader?: string;
  requestId: string;
  logger: Logger;
}

export const ROUND_TRIPS_HEADER = 'x-fabrique-db-round-trips';

interface SubgraphOptions<C extends RequestContext> {
  name: string;
  typeDefs: DocumentNode;
  /** Resolvers by type and field, typed by each subgraph from its generated types (src/generated/resolvers.ts). */
  resolvers: ResolverMap;
  database: Database;
  identitySecret: string;
  logger: Logger;
  nodeEnv: 'development' | 'test' | 'production';
  /** Stack traces in error responses (development only): ERROR_STACKTRACES. */
  errorStacktraces?: boolean;
  /** Adds the service's loaders and repositories to the base context. */
  createContext: (base: RequestContext) => C;
  routes?: Record<string, RouteHandler>;
  /** The service's own Apollo Server plugins (e.g. to report what a request did in its response). */
  plugins?: Array<ApolloServerPlugin<C>>;
  /** Limits of the service's text arguments and input fields beyond the kit's defaults (see input/). */
  textRules?: TextRules;
}

export interface SubgraphServer<C extends RequestContext> extends ServerLifecycle {
  name: string;
  apollo: ApolloServer<C>;
  httpServer: Server;
  database: Database;
}

function errorLogging<C extends RequestContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const internal = !code || code === 'INTERNAL_SERVER_ERROR';
            const log = contextValue?.logger;
            // An outage is reported (SERVICE_UNAVAILABLE) and seen on /health: not a bug to log as one.
            if (internal && log && isDatabaseUnreachable(error.originalError)) log.warn({ operationName, path: error.path }, 'database unreachable');
            else if (internal && log) log.error({ err: error.originalError ?? error, operationName, path: error.path }, 'internal error');
          }
        },
      };
    },
  };
}

export function createSubgraphServer<C extends RequestContext>(options: SubgraphOptions<C>): SubgraphServer<C> {
  const { database, logger } = options;
  const httpServer = createServer();
  // Outlive the gateway's pooled keep-alive sockets so it never writes to a socket we just closed.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  // The kit's scalars (Date, DateTime, URL, EmailAddress) are implemented once, for every subgraph.
  const schema = buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: { ...scalarResolvers, ...options.resolvers } as never }]);
  guardTextArguments(schema, options.textRules ?? {});
  const apollo = new ApolloServer<C>({
    schema,
    // Traces are only useful to a graph registry we do not run, and they cost throughput.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorLogging<C>(),
      ...(options.plugins ?? []),
    ],
    formatError: createErrorFormatter(options.nodeEnv !== 'development', options.name),
    // Stack traces carry absolute paths: only when asked for, while debugging.
    includeStacktraceInErrorResponses: options.nodeEnv === 'development' && options.errorStacktraces === true,
  });

  let requests = 0;
  const health = databaseHealth(database);
  const metrics = createMetricsServer(async () => ({
    contentType: 'text/plain; version=0.0.4',
    body: [
      '# HELP fabrique_subgraph_requests_total GraphQL requests served.',
      '# TYPE fabrique_subgraph_requests_total counter',
      `fabrique_subgraph_requests_total{service="${options.name}"} ${requests}`,
      '# HELP fabrique_db_round_trips_total Commands sent to the database.',
      '# TYPE fabrique_db_round_trips_total counter',
      `fabrique_db_round_trips_total{service="${options.name}"} ${database.roundTrips.total}`,
      '',
    ].join('\n'),
  }));
  const lifecycle = serverLifecycle({ apollo, httpServer, metrics, logger, readyMessage: `${options.name} subgraph ready` });
  // Answers within a second, from a probe of the database made at most once a second.
  const reportHealth = async (res: ServerResponse, okStatus: string) => {
    const { ok, reason } = await health();
    sendJson(res, ok ? 200 : 503, { status: ok ? okStatus : 'unavailable', service: options.name, database: ok, ...(reason ? { reason } : {}) });
  };
  const handler = createRequestHandler<C>({
    apollo,
    logger,
    async context(req: IncomingMessage, requestId: string) {
      const header = req.headers[IDENTITY_HEADER];
      const identityHeader = Array.isArray(header) ? header[0] : header;
      const identity = verifyIdentity(identityHeader, options.identitySecret);
      return options.createContext({ identity, identityHeader, requestId, logger: logger.child({ requestId }) });
    },
    async around(res, work, requestId) {
      requests += 1;
      const { result, store } = database.roundTrips.track(work, requestId);
      const value = await result;
      res.setHeader(ROUND_TRIPS_HEADER, String(store.count));
      return value;
    },
    routes: {
      'GET /health': (_req, res) => reportHealth(res, 'ok'),
      'GET /ready': (_req, res) => (lifecycle.isDraining() ? sendJson(res, 503, { status: 'draining', service: options.name }) : reportHealth(res, 'ready')),
      ...options.routes,
    },
  });
  httpServer.on('request', handler);

  return { name: options.name, apollo, httpServer, database, ...lifecycle };
}

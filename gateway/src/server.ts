import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import { applyScalarSpecifications, createLogger, createMetricsServer, createRequestHandler, serverLifecycle, type Logger, type ServerLifecycle } from '@fabrique/kit';
import { anonymousMutationsPlugin } from './auth/anonymousMutations';
import { createAuthenticator } from './auth/authenticator';
import { revocationReader } from './auth/revocationReports';
import { redisRevocationBus } from './auth/revocations';
import { TokenVerifier } from './auth/tokenVerifier';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { createGatewayErrorFormatter } from './errors';
import { exportRoutes } from './exports/routes';
import { observedHandler } from './http/handler';
import { recordOf } from './http/requestRecord';
import { createAdmission } from './limits/admission';
import { limitsPlugin } from './limits/limitsPlugin';
import { operationChoicePlugin } from './limits/operationChoice';
import { memoryRateLimiter, type RateLimiter } from './limits/rateLimiter';
import { redisRateLimiter } from './limits/redisRateLimiter';
import { createMetrics, type Metrics } from './operations/metrics';
import { observabilityPlugin } from './operations/observabilityPlugin';
import { operationsRoutes } from './operations/routes';
import { PersistedQueryCache } from './persisted/apqCache';
import { loadManifest } from './persisted/manifest';
import { safelistPlugin } from './persisted/safelistPlugin';
import { observatoireServer } from './observatoire/serve';
import { playgroundRoutes } from './playground/routes';
import { cacheControlPlugin } from './cache/cacheControl';
import { responseCachePlugin } from './cache/cachePlugin';
import { ALL, cacheDependencies } from './cache/dependencies';
import { responseCacheHooks } from './cache/httpHooks';
import { ResponseCache } from './cache/responseCache';
import { redisChannel } from './cluster/redisChannel';
import { SubgraphDataSource } from './subgraphs/dataSource';
import { deduplicatingFetch } from './subgraphs/deduplicate';
import { gatherFinalFetches } from './subgraphs/finalFetches';
import { keepAliveFetcher, type KeepAliveFetcher } from './subgraphs/fetcher';
import { queryPlanCache } from './subgraphs/planCache';

/** Stopping lets the requests in flight finish up to the grace period (SHUTDOWN_GRACE_MS). */
export interface Gateway extends ServerLifecycle {
  httpServer: Server;
  apollo: ApolloServer<GatewayContext>;
  metrics: Metrics;
  fetcher: KeepAliveFetcher;
  tokens: TokenVerifier;
}

export type GatewayOptions = Omit<GatewayConfig, 'port' | 'host' | 'logLevel' | 'metricsPort' | 'metricsHost' | 'errorStacktraces'> & {
  logger?: Logger;
  /** Stack traces in error responses (development only): ERROR_STACKTRACES. */
  errorStacktraces?: boolean;
};

const GRAPHQL_PATH = '/graphql';

function rateLimiterFor(options: GatewayOptions, logger: Logger): RateLimiter | null {
  if (options.rateLimitRequests === 0) return null;
  const rate = { limit: options.rateLimitRequests, windowSeconds: options.rateLimitWindowSeconds };
  return options.redisUrl ? redisRateLimiter(options.redisUrl, rate, logger) : memoryRateLimiter(rate);
}

/** The tags of an invalidation announced over Redis: everything when the message is not a list of them. */
function tagsOf(message: string): string[] {
  try {
    const tags: unknown = JSON.parse(message);
    if (Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')) return tags;
  } catch {
    // an older instance's '*'
  }
  return [ALL];
}

/** Builds the gateway over the static supergraph, without listening (tests listen on port 0). */
export function createGateway(options: GatewayOptions): Gateway {
  const logger = options.logger ?? createLogger('gateway', 'silent');
  const development = options.nodeEnv === 'development';
  const metrics = createMetrics();
  const fetcher = keepAliveFetcher({ timeoutMs: options.subgraphTimeoutMs, maxSockets: options.subgraphMaxSockets, keepAlive: options.subgraphKeepAlive });
  const urls: Record<string, string> = { actors: options.actorsUrl, conventions: options.conventionsUrl, knowledge: options.knowledgeUrl };
  const manifest = options.safelist ? loadManifest(options.safelistPath) : null;

  const tokens = new TokenVerifier({
    actorsUrl: options.actorsUrl,
    identitySecret: options.identitySecret,
    cacheSeconds: options.tokenCacheSeconds,
    fetch: fetcher.fetch,
    onLookup: (result) => metrics.tokenCache.inc({ result }),
    logger,
  });
  const rateLimiter = rateLimiterFor(options, logger);
  const revocations = options.redisUrl ? redisRevocationBus(options.redisUrl, (id) => tokens.evict(id), logger) : null;
  const cache = new ResponseCache({
    ttlSeconds: options.responseCacheTtlSeconds,
    maxEntries: options.responseCacheMaxEntries,
    maxBodyBytes: options.responseCacheMaxBodyBytes,
    maxTotalBytes: options.responseCacheMaxBytes,
  });
  const supergraphSdl = readFileSync(options.supergraphPath, 'utf8');
  const dependencies = cacheDependencies(supergraphSdl);
  // Every instance sharing Redis drops what a mutation touched when any of them runs one (the message
  // is the JSON list of tags; anything else clears everything).
  const invalidations =
    options.redisUrl && cache.enabled
      ? redisChannel(options.redisUrl, 'fabrique:public-cache-invalidated', (message) => cache.invalidate(tagsOf(message)), logger, 'cache invalidations')
      : null;
  const readRevocations = revocationReader(tokens, revocations);
  const subgraphFetch = options.subgraphDeduplicate ? deduplicatingFetch(fetcher.fetch, () => metrics.subgraphMerged.inc()) : fetcher.fetch;

  const gateway = new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: { cache: queryPlanCache(options.queryPlanCacheMib, (result) => metrics.queryPlans.inc({ result })) },
    // Branches ending on one subgraph fetch it together, as one call (SUBGRAPH_BATCH; finalFetches.ts).
    ...(options.subgraphBatch ? { experimental_didResolveQueryPlan: ({ queryPlan }) => gatherFinalFetches(queryPlan) } : {}),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, urls[name] ?? url!, options.identitySecret, subgraphFetch, (subgraph, outcome, seconds) =>
        metrics.subgraphCalls.observe({ subgraph, outcome }, seconds),
        name === 'actors' ? readRevocations : undefined,
        { batch: options.subgraphBatch, onBatch: (queries) => metrics.subgraphBatched.inc(queries) },
      ),
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    applyScalarSpecifications(loaded.apiSchema);
    apiSchema = loaded.apiSchema;
  });
  const httpServer = createServer();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    allowBatchedHttpRequests: options.maxBatch > 1,
    csrfPrevention: true,
    // Parsed and validated documents: kept (Apollo Server's default store) unless the plan cache is off.
    ...(options.queryPlanCacheMib > 0 ? {} : { documentStore: null }),
    introspection: options.introspection,
    persistedQueries: { cache: new PersistedQueryCache(manifest) },
    parseOptions: { maxTokens: options.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      // The operation's cache policy is computed from the subgraphs' Cache-Control headers; the header
      // we send is cacheControlPlugin's.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      cacheControlPlugin(),
      observabilityPlugin(metrics),
      ...(manifest ? [safelistPlugin(manifest, options.introspection)] : []),
      operationChoicePlugin(),
      anonymousMutationsPlugin(),
      ...(cache.enabled ? [responseCachePlugin(cache, dependencies, (tags) => invalidations?.publish(JSON.stringify(tags)))] : []),
      limitsPlugin({
        maxDepth: options.maxDepth,
        maxCost: options.maxCost,
        maxAliases: options.maxAliases,
        pages: { default: options.defaultPageSize, max: options.maxPageSize },
      }),
    ],
    formatError: createGatewayErrorFormatter(!development),
    // Stack traces carry absolute paths: only when asked for, while debugging.
    includeStacktraceInErrorResponses: development && options.errorStacktraces === true,
  });

  const metricsServer = createMetricsServer(async () => ({ body: await metrics.registry.metrics(), contentType: metrics.registry.contentType }));
  const lifecycle = serverLifecycle({
    apollo,
    httpServer,
    metrics: metricsServer,
    logger,
    readyMessage: 'gateway ready',
    async beforeListen() {
      await revocations?.ready;
      await invalidations?.ready;
      await rateLimiter?.ready;
    },
    async afterStop() {
      await rateLimiter?.close();
      await revocations?.close();
      await invalidations?.close();
      fetcher.destroy();
    },
  });
  const admit = createAdmission({
    authenticate: createAuthenticator(tokens, options.bootstrapAdminToken),
    rateLimiter,
    maxBatch: options.maxBatch,
    trustProxy: options.trustProxy,
    onRateLimited: () => metrics.rateLimited.inc(),
    onRefused: (req, code) => {
      recordOf(req).errorCodes.push(code);
      metrics.errors.inc({ operation: '(refused)', code });
    },
  });
  const routes = {
    ...playgroundRoutes(),
    ...operationsRoutes({ subgraphUrls: urls, isDraining: lifecycle.isDraining, rateLimitStatus: () => rateLimiter?.status() }),
    ...exportRoutes({
      apollo,
      admit,
      logger,
      schema: () => apiSchema,
      pageSize: Math.min(options.exportPageSize, options.maxPageSize),
      stallMs: options.exportStallSeconds * 1000,
      supergraphPath: options.supergraphPath,
      running: metrics.exportsRunning,
    }),
  };
  const graphqlHandler = createRequestHandler<GatewayContext>({
    apollo,
    logger,
    graphqlPath: GRAPHQL_PATH,
    maxBodyBytes: options.maxBodyBytes,
    ...(cache.enabled ? responseCacheHooks(cache, metrics) : {}),
    admit,
    async context(req, requestId) {
      const record = recordOf(req);
      return { identity: record.identity, requestId, logger: logger.child({ requestId }), record };
    },
    routes,
  });
  const serveObservatoire = observatoireServer(options.observatoireDir);
  const handler: typeof graphqlHandler = (req, res) => {
    if (!serveObservatoire(req, res)) graphqlHandler(req, res);
  };
  httpServer.on('request', observedHandler(handler, { logger, metrics, corsOrigins: options.corsOrigins, graphqlPath: GRAPHQL_PATH, paths: Object.keys(routes).map((route) => route.slice(route.indexOf(' ') + 1)) }));

  return { httpServer, apollo, metrics, fetcher, tokens, ...lifecycle };
}

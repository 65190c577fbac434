import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ANONYMOUS, createErrorFormatter, createLogger, createRequestHandler, listen, sendJson, type Logger } from '@fabrique/kit';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { playgroundRoutes } from './playground';
import { checkSubgraphs, SubgraphDataSource } from './subgraphs';

export interface Gateway {
  httpServer: Server;
  apollo: ApolloServer<GatewayContext>;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export type GatewayOptions = Pick<GatewayConfig, 'identitySecret' | 'nodeEnv' | 'actorsUrl' | 'conventionsUrl' | 'knowledgeUrl' | 'supergraphPath'> & {
  logger?: Logger;
};

/** Builds the gateway over the static supergraph, without listening (tests listen on port 0). */
export function createGateway(options: GatewayOptions): Gateway {
  const logger = options.logger ?? createLogger('gateway', 'silent');
  const urls: Record<string, string> = {
    actors: options.actorsUrl,
    conventions: options.conventionsUrl,
    knowledge: options.knowledgeUrl,
  };
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(options.supergraphPath, 'utf8'),
    buildService: ({ name, url }) => new SubgraphDataSource(urls[name] ?? url!, options.identitySecret),
  });
  const httpServer = createServer();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    formatError: createErrorFormatter(options.nodeEnv !== 'development'),
    includeStacktraceInErrorResponses: options.nodeEnv === 'development',
  });

  httpServer.on(
    'request',
    createRequestHandler<GatewayContext>({
      apollo,
      logger,
      async context(_req, requestId) {
        return { identity: ANONYMOUS, requestId, logger: logger.child({ requestId }) };
      },
      routes: {
        ...playgroundRoutes(),
        'GET /health': async (_req, res) => {
          const subgraphs = await checkSubgraphs(urls);
          const ok = Object.values(subgraphs).every(Boolean);
          sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', subgraphs });
        },
      },
    }),
  );

  return {
    httpServer,
    apollo,
    async listen(port, host) {
      await apollo.start();
      const url = await listen(httpServer, port, host);
      logger.info({ url }, 'gateway ready');
      return url;
    },
    stop: () => apollo.stop(),
  };
}

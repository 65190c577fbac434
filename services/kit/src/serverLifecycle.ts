// Listening and stopping, the same for the gateway and every subgraph: Apollo starts before the port
// opens, /metrics has a port of its own, and stopping refuses new work (readiness says "draining")
// while the requests in flight finish.

import type { Server } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { listen } from './http';
import type { Logger } from './logger';
import type { MetricsServer } from './metricsServer';

export interface ServerLifecycle {
  /** Starts Apollo and listens; port 0 picks a free port. Returns the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Serves /metrics on its own port (0: a free one), loopback by default. Returns its base URL. */
  listenMetrics(port: number, host?: string): Promise<string>;
  /** Stops taking requests, lets those in flight finish, then closes. */
  stop(): Promise<void>;
}

export function serverLifecycle<C extends BaseContext>(parts: {
  apollo: ApolloServer<C>;
  httpServer: Server;
  metrics: MetricsServer;
  logger: Logger;
  /** Logged with the URL once listening. */
  readyMessage: string;
  /** What must be ready before the port opens (after Apollo has started). */
  beforeListen?: () => Promise<unknown>;
  /** What to close once Apollo and /metrics are stopped. */
  afterStop?: () => Promise<void>;
}): ServerLifecycle & { isDraining(): boolean } {
  let draining = false;
  return {
    isDraining: () => draining,
    async listen(port, host) {
      await parts.apollo.start();
      await parts.beforeListen?.();
      const url = await listen(parts.httpServer, port, host);
      parts.logger.info({ url }, parts.readyMessage);
      return url;
    },
    listenMetrics: (port, host) => parts.metrics.listen(port, host),
    async stop() {
      draining = true;
      await parts.apollo.stop();
      await parts.metrics.close();
      await parts.afterStop?.();
    },
  };
}

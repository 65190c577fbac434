// Running a service as a process: start, graceful stop on SIGINT/SIGTERM, exit codes; `runSubgraph`
// is a subgraph's whole entry point (configuration from the environment, database, listen).

import { ConfigError, parseConfig, subgraphVariables } from './config';
import { connectDatabase, type AnyModel } from './data/database';
import { setLoaderBatching } from './loaders';
import { createLogger } from './logger';
import { buildSubgraph, type SubgraphDefinition } from './subgraphDefinition';

/**
 * Runs a service process: starts it, and on SIGINT/SIGTERM stops it gracefully (in-flight requests
 * finish) before exiting. A configuration problem is printed as the list of every problem.
 */
export function runService(name: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  start()
    .then((service) => {
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        const timer = setTimeout(() => process.exit(1), 10_000);
        timer.unref();
        try {
          await service.stop();
          process.exit(0);
        } catch (error) {
          console.error(`${name}: error while stopping after ${signal}:`, error);
          process.exit(1);
        }
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    })
    .catch((error: unknown) => {
      if (error instanceof ConfigError) console.error(`${name}: ${error.message}`);
      else console.error(`${name} failed to start:`, error);
      process.exit(1);
    });
}

/** The process entry point of a subgraph: configuration from the environment, then listen. */
export function runSubgraph<R extends { models: AnyModel[] }, L>(definition: SubgraphDefinition<R, L>): void {
  runService(definition.name, async () => {
    const config = parseConfig(subgraphVariables(definition.name, definition.defaultPort));
    const logger = createLogger(definition.name, config.logLevel);
    setLoaderBatching(config.loaderBatching);
    const database = await connectDatabase({ uri: config.mongodbUri, name: config.databaseName, timeoutMs: config.databaseTimeoutMs, logger });
    const server = await buildSubgraph(definition, { database, identitySecret: config.identitySecret, nodeEnv: config.nodeEnv, errorStacktraces: config.errorStacktraces, logger });
    await server.listen(config.port, config.host);
    if (config.metricsPort > 0) logger.info({ url: await server.listenMetrics(config.metricsPort, config.metricsHost) }, 'metrics served');
    return {
      async stop() {
        await server.stop();
        await database.close();
      },
    };
  });
}

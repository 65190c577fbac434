import { createHash, randomBytes } from 'node:crypto';
import { ConfigError } from './config';

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

/** A deterministic 24-hex id (ObjectId-shaped) for seeded records, so reseeding never duplicates. */
export function stableId(namespace: string, key: string): string {
  return createHash('sha1').update(`${namespace}:${key}`).digest('hex').slice(0, 24);
}

/** A new random 24-hex id. */
export function newId(): string {
  return randomBytes(12).toString('hex');
}

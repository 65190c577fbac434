import Redis from 'ioredis';
import type { Logger } from '@fabrique/kit';

/**
 * A Redis pub/sub channel shared by the gateway instances (token revocations, cache invalidations):
 * what one instance publishes, every instance hears, itself included.
 */
export interface Channel {
  publish(message: string): void;
  /** Resolves once this instance listens (or gave up trying after a few seconds). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function redisChannel(url: string, name: string, onMessage: (message: string) => void, logger: Logger, purpose: string): Channel {
  const options = { maxRetriesPerRequest: 1, connectTimeout: 2_000 };
  const publisher = new Redis(url, { ...options, lazyConnect: true });
  const subscriber = new Redis(url, options);
  for (const client of [publisher, subscriber]) client.on('error', (error) => logger.warn({ err: error }, `redis error (${purpose})`));
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === name) onMessage(message);
  });
  const subscribed = subscriber.subscribe(name).then(
    () => undefined,
    (error: unknown) => logger.error({ err: error }, `cannot listen to ${purpose} over Redis`),
  );
  const giveUp = new Promise<void>((resolve) => setTimeout(resolve, 3_000).unref());
  return {
    publish(message) {
      publisher.publish(name, message).catch((error: unknown) => logger.error({ err: error, message }, `cannot announce ${purpose} over Redis`));
    },
    ready: Promise.race([subscribed, giveUp]),
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

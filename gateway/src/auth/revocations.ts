import Redis from 'ioredis';
import type { Logger } from '@fabrique/kit';

const CHANNEL = 'fabrique:api-token-revoked';

/**
 * Tells every gateway instance that a token was revoked, so each drops its cached verdict at once
 * (without it, the others notice within TOKEN_CACHE_SECONDS). Over Redis pub/sub when REDIS_URL is set.
 */
export interface RevocationBus {
  publish(tokenId: string): void;
  /** Resolves once this instance listens (or gave up trying: revocations then wait for the cache). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function redisRevocationBus(url: string, onRevoked: (tokenId: string) => void, logger: Logger): RevocationBus {
  const options = { maxRetriesPerRequest: 1, connectTimeout: 2_000 };
  const publisher = new Redis(url, { ...options, lazyConnect: true });
  const subscriber = new Redis(url, options);
  for (const client of [publisher, subscriber]) client.on('error', (error) => logger.warn({ err: error }, 'redis error (revocations)'));
  subscriber.on('message', (_channel: string, tokenId: string) => onRevoked(tokenId));
  const subscribed = subscriber.subscribe(CHANNEL).then(
    () => undefined,
    (error: unknown) => logger.error({ err: error }, 'cannot listen to token revocations: other instances apply them within TOKEN_CACHE_SECONDS'),
  );
  const giveUp = new Promise<void>((resolve) => setTimeout(resolve, 3_000).unref());
  return {
    publish(tokenId) {
      publisher.publish(CHANNEL, tokenId).catch((error: unknown) => logger.error({ err: error, tokenId }, 'cannot announce a token revocation'));
    },
    ready: Promise.race([subscribed, giveUp]),
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

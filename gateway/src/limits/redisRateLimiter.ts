import Redis from 'ioredis';
import type { Logger } from '@fabrique/kit';
import { decide, memoryRateLimiter, type RateLimit, type RateLimiter } from './rateLimiter';

// Atomic on the Redis server: add the weight, start the window on the first hit, return count and TTL.
const CONSUME = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
if count == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]); ttl = tonumber(ARGV[2]) end
return {count, ttl}`;

const FALLBACK = 'Redis unreachable: per-instance memory limits';

/**
 * The same fixed windows, kept in Redis so every gateway instance shares them. While Redis cannot be
 * reached, each instance counts in its own memory instead (the limit then applies per instance, never
 * not at all), says so once in the logs and on /ready, and goes back to Redis when it answers again.
 */
export function redisRateLimiter(url: string, rate: RateLimit, logger: Logger): RateLimiter {
  // No offline queue: while disconnected a command fails at once instead of holding the request.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 });
  const local = memoryRateLimiter(rate);
  let degraded = false;
  redis.on('error', (error) => logger.warn({ err: error }, 'redis error (rate limit)'));
  const restore = () => {
    if (degraded) logger.warn('rate limit: Redis answers again, limits are shared again');
    degraded = false;
  };
  redis.on('ready', restore);
  const fallBack = (key: string, weight: number, error?: unknown) => {
    if (!degraded) logger.error({ err: error }, `rate limit: ${FALLBACK}`);
    degraded = true;
    return local.consume(key, weight);
  };
  const prefix = 'fabrique:rate:';
  const connected = new Promise<void>((resolve) => redis.once('ready', () => resolve()));
  const giveUp = new Promise<void>((resolve) => setTimeout(resolve, 3_000).unref());
  return {
    async consume(key, weight) {
      if (redis.status !== 'ready') return fallBack(key, weight);
      try {
        const [count, ttl] = (await redis.eval(CONSUME, 1, prefix + key, weight, rate.windowSeconds * 1000)) as [number, number];
        restore();
        return decide(count, ttl, rate);
      } catch (error) {
        return fallBack(key, weight, error);
      }
    },
    status: () => (redis.status === 'ready' && !degraded ? { store: 'redis' } : { store: 'memory', fallback: FALLBACK }),
    ready: Promise.race([connected, giveUp]),
    async close() {
      redis.disconnect();
      await local.close();
    },
  };
}

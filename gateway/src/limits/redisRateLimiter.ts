import Redis from 'ioredis';
import type { Logger } from '@fabrique/kit';
import { decide, type RateLimit, type RateLimiter } from './rateLimiter';

// Atomic on the Redis server: add the weight, start the window on the first hit, return count and TTL.
const CONSUME = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
if count == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]); ttl = tonumber(ARGV[2]) end
return {count, ttl}`;

/**
 * The same fixed windows, kept in Redis so every gateway instance shares them. If Redis cannot be
 * reached the request is let through and the failure logged: the rate limit protects the platform, it
 * must not take it down.
 */
export function redisRateLimiter(url: string, rate: RateLimit, logger: Logger): RateLimiter {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2_000 });
  redis.on('error', (error) => logger.warn({ err: error }, 'redis error'));
  const prefix = 'fabrique:rate:';
  return {
    async consume(key, weight) {
      try {
        const [count, ttl] = (await redis.eval(CONSUME, 1, prefix + key, weight, rate.windowSeconds * 1000)) as [number, number];
        return decide(count, ttl, rate);
      } catch (error) {
        logger.error({ err: error }, 'rate limit unavailable (Redis): request let through');
        return { allowed: true, limit: rate.limit, remaining: rate.limit, resetSeconds: rate.windowSeconds };
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}

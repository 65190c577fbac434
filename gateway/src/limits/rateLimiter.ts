// Per-caller rate limit: at most `limit` operations per fixed window of `windowSeconds`, counted per
// key (an API token, or the client address of anonymous callers).

interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** Where the counters are; `fallback` says why they are not where configured (Redis unreachable). */
export interface RateLimitStatus {
  store: 'memory' | 'redis';
  fallback?: string;
}

export interface RateLimiter {
  consume(key: string, weight: number): Promise<RateDecision>;
  status(): RateLimitStatus;
  /** Resolves once the limiter can count where it is meant to (or gave up waiting). */
  ready?: Promise<void>;
  close(): Promise<void>;
}

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export function decide(count: number, ttlMs: number, rate: RateLimit): RateDecision {
  return {
    allowed: count <= rate.limit,
    limit: rate.limit,
    remaining: Math.max(0, rate.limit - count),
    resetSeconds: Math.max(1, Math.ceil(ttlMs / 1000)),
  };
}

/** One gateway instance's counters, in memory. */
export function memoryRateLimiter(rate: RateLimit): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let lastSweep = Date.now();
  return {
    async consume(key, weight) {
      const now = Date.now();
      if (now - lastSweep > rate.windowSeconds * 1000) {
        for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
        lastSweep = now;
      }
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + rate.windowSeconds * 1000 };
        windows.set(key, window);
      }
      window.count += weight;
      return decide(window.count, window.resetAt - now, rate);
    },
    status: () => ({ store: 'memory' }),
    async close() {
      windows.clear();
    },
  };
}

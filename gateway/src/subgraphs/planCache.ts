import type { GatewayConfig } from '@apollo/gateway';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

/** Apollo Gateway's plan cache interface (a key-value cache it clears when the schema changes). */
type PlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;
type QueryPlan = NonNullable<Awaited<ReturnType<PlanCache['get']>>>;

/** What the gateway reports of each plan lookup. */
type PlanLookup = 'hit' | 'miss';

/**
 * The gateway's cache of query plans, at most `mib` MiB (sized like Apollo Gateway's own: the length of
 * the plan as JSON), counting hits and misses; 0 keeps nothing, every operation is planned again.
 * Planning is the gateway's dearest step, and clients send the same few operations again and again.
 */
export function queryPlanCache(mib: number, onLookup: (result: PlanLookup) => void): PlanCache {
  const store = mib > 0 ? new InMemoryLRUCache<QueryPlan>({ maxSize: mib * 2 ** 20, sizeCalculation: InMemoryLRUCache.sizeCalculation }) : null;
  return {
    async get(key) {
      const plan = await store?.get(key);
      onLookup(plan ? 'hit' : 'miss');
      return plan;
    },
    set: async (key, value, options) => store?.set(key, value, options),
    delete: async (key) => store?.delete(key) ?? true,
    clear: () => store?.clear(),
  };
}

import DataLoader from 'dataloader';

let batching = true;

/**
 * Turns batching off or on for every loader built afterwards in this process (`LOADER_BATCHING`; a
 * subgraph runs alone in its process). Off, each key costs its own query: only to measure what
 * batching is worth.
 */
export function setLoaderBatching(on: boolean): void {
  batching = on;
}

/** The options of every loader: batched (unless turned off), at most 5,000 keys per batch. */
export function loaderOptions<K, V, C = K>(options: DataLoader.Options<K, V, C> = {}): DataLoader.Options<K, V, C> {
  return { maxBatchSize: 5000, ...options, batch: batching };
}

/**
 * A DataLoader over a batch function that returns found items in any order: results come back in
 * key order, `null` for a key that matched nothing. One loader set is built per request; a loader that
 * outlives requests (a store's) batches only, `cache: false`.
 */
export function keyedLoader<K extends string | number, V>(
  fetchMany: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
  options: { maxBatchSize?: number; cache?: boolean } = {},
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const found = new Map<K, V>();
      for (const value of await fetchMany(keys)) found.set(keyOf(value), value);
      return keys.map((key) => found.get(key) ?? null);
    },
    loaderOptions({ maxBatchSize: options.maxBatchSize ?? 5000, cache: options.cache ?? true }),
  );
}

/** A DataLoader for one-to-many lookups: each key gets the (possibly empty) list of its items. */
export function groupedLoader<K extends string | number, V>(
  fetchMany: (keys: readonly K[]) => Promise<V[]>,
  keysOf: (value: V) => K | readonly K[],
  options: { maxBatchSize?: number } = {},
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const wanted = new Set(keys);
      const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
      for (const value of await fetchMany(keys)) {
        const valueKeys = keysOf(value);
        for (const key of Array.isArray(valueKeys) ? valueKeys : [valueKeys as K]) {
          if (wanted.has(key)) groups.get(key)!.push(value);
        }
      }
      return keys.map((key) => groups.get(key)!);
    },
    loaderOptions({ maxBatchSize: options.maxBatchSize ?? 5000 }),
  );
}

/**
 * Wraps a health probe so that however many callers ask, it runs at most once per `maxAgeMs`: callers
 * share the probe in flight and then its result until it is that old. A health endpoint built on it
 * cannot be used to multiply load on what it probes.
 */
export function cachedProbe<T>(probe: () => Promise<T>, maxAgeMs = 1_000): () => Promise<T> {
  // A probe still running is shared too: its age counts from when it settles.
  let last: { settledAt: number | null; value: Promise<T> } | null = null;
  return () => {
    if (last && (last.settledAt === null || Date.now() - last.settledAt < maxAgeMs)) return last.value;
    const current: { settledAt: number | null; value: Promise<T> } = { settledAt: null, value: probe() };
    const settle = () => {
      current.settledAt = Date.now();
    };
    current.value.then(settle, settle);
    last = current;
    return current.value;
  };
}

/** `work`'s result, or `fallback` when it takes longer than `ms` (the work is left to finish). */
export function withDeadline<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Wraps a read whose answer may be up to `maxAgeMs` old (a hint, a corpus size): one read per key in
 * flight, then its answer reused until that old (its age counted from when it was asked). A failed read is
 * not kept: the next caller asks again. At most `maxKeys` answers are kept (all forgotten beyond).
 */
export function cachedFor<A, T>(read: (arg: A) => Promise<T>, keyOf: (arg: A) => string, maxAgeMs: number, maxKeys = 1_000): (arg: A) => Promise<T> {
  const kept = new Map<string, { value: Promise<T>; at: number }>();
  return (arg) => {
    const key = keyOf(arg);
    const known = kept.get(key);
    if (known && Date.now() - known.at <= maxAgeMs) return known.value;
    if (kept.size >= maxKeys) kept.clear();
    const current = { value: read(arg), at: Date.now() };
    current.value.catch(() => {
      if (kept.get(key) === current) kept.delete(key);
    });
    kept.set(key, current);
    return current.value;
  };
}

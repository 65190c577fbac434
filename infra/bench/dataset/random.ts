/**
 * A seeded pseudo-random generator (mulberry32) and the draws the dataset needs, so that two loads
 * with the same seed write the very same data.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /** One of the keys, with the given weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    let draw = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      draw -= weight;
      if (draw < 0) return key;
    }
    return entries.at(-1)![0];
  }

  /** An index in [0, n) skewed towards the start (a few items drawn very often, most rarely: publishers, cities). */
  skewed(n: number, exponent = 2.5): number {
    return Math.min(n - 1, Math.floor(Math.pow(this.next(), exponent) * n));
  }

  /** A date between two dates (ms precision dropped to the minute). */
  dateBetween(from: Date, to: Date): Date {
    const ms = from.getTime() + this.next() * (to.getTime() - from.getTime());
    return new Date(Math.floor(ms / 60_000) * 60_000);
  }
}

/** A random generator per step, so that changing one step's counts does not change the others' data. */
export const randomFor = (step: string, seed = 2021): Random => {
  let hash = seed;
  for (const char of step) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return new Random(hash);
};

const DAY_MS = 86_400_000;
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

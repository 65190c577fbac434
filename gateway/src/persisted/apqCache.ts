import type { Manifest } from './manifest';

/** The key prefix Apollo Server puts before a persisted query's hash. */
const APQ_PREFIX = 'apq:';

/**
 * Where automatic persisted queries are kept: the registered operations of the manifest (always
 * found, by their id), then what clients registered, in memory, least recently used dropped first
 * beyond `maxChars` in total. (Each gateway instance has its own; a client whose hash is unknown to
 * an instance sends the query again, as the APQ protocol expects.)
 */
export class PersistedQueryCache {
  private readonly entries = new Map<string, string>();
  private size = 0;

  constructor(
    private readonly manifest: Manifest | null,
    private readonly maxChars = 30_000_000,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const registered = key.startsWith(APQ_PREFIX) ? this.manifest?.byId.get(key.slice(APQ_PREFIX.length)) : undefined;
    if (registered) return registered.body;
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.delete(key);
    this.entries.set(key, value);
    this.size += value.length;
    for (const [oldest, body] of this.entries) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(oldest);
      this.size -= body.length;
    }
  }

  async delete(key: string): Promise<boolean> {
    const value = this.entries.get(key);
    if (value === undefined) return false;
    this.entries.delete(key);
    this.size -= value.length;
    return true;
  }
}

// The public read cache: complete responses to anonymous queries, keyed by what the client sent
// (method, query, operation name, variables, persisted-query hash). Entries live at most `ttlSeconds`.
// Each entry carries the tags of what it depends on (`<subgraph>:<Type>`, see dependencies.ts); a
// mutation (through this instance, or any instance sharing Redis) removes the entries holding a tag it
// touched: a cached answer is never older than the last write the gateways saw to what it holds, and
// never older than the TTL for writes that bypass them (an import, a seed). Answers that depend on the
// caller (a token) are never cached.
import { ALL } from './dependencies';

interface CachedResponse {
  status: number;
  contentType: string | undefined;
  body: string;
  storedAt: number;
  /** What the entry weighs against `maxTotalBytes`: its key and body. */
  bytes: number;
  /** What it depends on (`<subgraph>:<Type>`; `*`, the default: anything). */
  tags: readonly string[];
}

interface ResponseCacheOptions {
  ttlSeconds: number;
  maxEntries: number;
  /** Larger responses are not kept. */
  maxBodyBytes: number;
  /** Keys and bodies together stay under this (least recently used go first): the gateway's heap is bounded. */
  maxTotalBytes: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private totalBytes = 0;
  /** Bumped by every invalidation: a response computed before it must not be stored after it. */
  private currentGeneration = 0;

  constructor(private readonly options: ResponseCacheOptions) {}

  get enabled(): boolean {
    return this.options.ttlSeconds > 0 && this.options.maxEntries > 0;
  }

  get generation(): number {
    return this.currentGeneration;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes of the keys and bodies kept. */
  get bytes(): number {
    return this.totalBytes;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }

  /** The key of a single (not batched) GraphQL request, or null when it cannot be cached. */
  keyOf(method: string | undefined, body: unknown, search: string): string | null {
    if (!this.enabled) return null;
    if (method === 'GET') return search ? `GET ${search}` : null;
    if (method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, operationName, variables, extensions } = body as Record<string, unknown>;
    return `POST ${JSON.stringify([query ?? null, operationName ?? null, variables ?? null, extensions ?? null])}`;
  }

  get(key: string, now = Date.now()): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.storedAt >= this.options.ttlSeconds * 1000) {
      this.remove(key);
      return undefined;
    }
    // Least recently used first in the map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores a response computed during `generation`, unless a write happened since. */
  set(key: string, response: Omit<CachedResponse, 'storedAt' | 'bytes' | 'tags'> & { tags?: readonly string[] }, generation: number, now = Date.now()): boolean {
    const bodyBytes = Buffer.byteLength(response.body);
    const bytes = bodyBytes + Buffer.byteLength(key);
    if (generation !== this.currentGeneration || bodyBytes > this.options.maxBodyBytes || bytes > this.options.maxTotalBytes) return false;
    this.remove(key);
    this.entries.set(key, { ...response, tags: response.tags ?? [ALL], storedAt: now, bytes });
    this.totalBytes += bytes;
    while (this.entries.size > this.options.maxEntries || this.totalBytes > this.options.maxTotalBytes) this.remove(this.entries.keys().next().value!);
    return true;
  }

  /**
   * Removes the entries holding any of `tags` (`<subgraph>:*` stands for every type of that subgraph,
   * `*` for everything; no tags: everything). Returns how many went. Answers being computed meanwhile
   * are not stored, whatever they hold (the generation moves on).
   */
  invalidate(tags: readonly string[] = [ALL]): number {
    this.currentGeneration += 1;
    const before = this.entries.size;
    if (tags.includes(ALL)) {
      this.entries.clear();
      this.totalBytes = 0;
      return before;
    }
    const exact = new Set(tags);
    const whole = new Set(tags.filter((tag) => tag.endsWith(`:${ALL}`)).map((tag) => tag.slice(0, -ALL.length)));
    const hit = (tag: string) => tag === ALL || exact.has(tag) || whole.has(tag.slice(0, tag.indexOf(':') + 1));
    for (const [key, entry] of this.entries) if (entry.tags.some(hit)) this.remove(key);
    return before - this.entries.size;
  }
}

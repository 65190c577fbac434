import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CompletedResponse } from '@fabrique/kit';
import { recordOf } from '../http/requestRecord';
import type { Metrics } from '../operations/metrics';
import { PRIVATE } from './cacheControl';
import type { ResponseCache } from './responseCache';

const isJson = (req: IncomingMessage) => /^application\/(graphql-response\+)?json/i.test(req.headers['content-type'] ?? '');
const operationNameOf = (body: unknown) => (body as { operationName?: unknown } | null)?.operationName;

/**
 * Where the public read cache meets HTTP: an anonymous JSON POST whose answer is cached is answered
 * before Apollo (after authentication and the rate limit, which hits count against like any request);
 * a cacheable answer (see cachePlugin) is stored once sent.
 */
export function responseCacheHooks(cache: ResponseCache, metrics: Metrics) {
  const keyOf = (req: IncomingMessage, body: unknown, search: string) =>
    req.method === 'POST' && isJson(req) && recordOf(req).identity.role === 'ANONYMOUS' ? cache.keyOf(req.method, body, search) : null;

  return {
    shortcut(req: IncomingMessage, res: ServerResponse, body: unknown, search: string): boolean {
      const record = recordOf(req);
      record.cacheGeneration = cache.generation;
      const key = keyOf(req, body, search);
      if (!key) return false;
      const hit = cache.get(key);
      metrics.responseCache.inc({ result: hit ? 'hit' : 'miss' });
      if (!hit) {
        res.setHeader('x-fabrique-cache', 'miss');
        return false;
      }
      const name = operationNameOf(body);
      record.operations.push(typeof name === 'string' && name ? name : '(anonymous)');
      res.writeHead(hit.status, {
        'content-type': hit.contentType ?? 'application/json; charset=utf-8',
        'x-fabrique-cache': 'hit',
        // Only POSTs are kept here, and a POST's answer is never for shared caches (see cacheControl.ts).
        'cache-control': PRIVATE,
        age: String(Math.floor((Date.now() - hit.storedAt) / 1000)),
      });
      res.end(hit.body);
      return true;
    },
    completed(req: IncomingMessage, body: unknown, search: string, response: CompletedResponse): void {
      const record = recordOf(req);
      if (!record.cacheable || response.status !== 200) return;
      const key = keyOf(req, body, search);
      if (key && cache.set(key, { ...response, tags: record.cacheTags }, record.cacheGeneration)) metrics.responseCache.inc({ result: 'store' });
    },
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id';
const EXPOSED_HEADERS = 'x-request-id, retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset';

/**
 * CORS for browser clients on other origins (dashboards): allowed origins get the headers, others get
 * none and their browser refuses the response. Callers authenticate with a bearer token, never a
 * cookie, so credentials are not allowed. Returns true when it answered a preflight itself.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: '*' | string[]): boolean {
  const origin = req.headers.origin;
  const permitted = origin !== undefined && (allowed === '*' || allowed.includes(origin));
  if (permitted) {
    res.setHeader('access-control-allow-origin', allowed === '*' ? '*' : origin);
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    if (allowed !== '*') res.setHeader('vary', 'origin');
  }
  if (req.method !== 'OPTIONS') return false;
  if (permitted) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(204);
  res.end();
  return true;
}

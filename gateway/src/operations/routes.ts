import type { RouteHandler } from '@fabrique/kit';
import { sendJson } from '@fabrique/kit';
import type { RateLimitStatus } from '../limits/rateLimiter';
import { subgraphsHealth } from '../subgraphs/health';

/**
 * Operations endpoints (metrics are served on a port of their own, see createMetricsServer):
 * - `GET /health`: 200 only when every subgraph answers its own health check (the foundation's
 *   contract, which `npm start` and monitors already rely on), 503 naming the missing ones and why
 *   (`down: { knowledge: "database unreachable" }`);
 * - `GET /ready`: the same, and 503 while the gateway is shutting down, so a load balancer stops
 *   sending it traffic; it also says when the rate limit has fallen back to this instance's memory;
 * - `GET /live`: 200 while the process serves HTTP at all (restart it when this fails).
 * The subgraphs are checked at most once a second, whatever the number of callers.
 */
export function operationsRoutes(options: {
  subgraphUrls: Record<string, string>;
  isDraining: () => boolean;
  rateLimitStatus?: () => RateLimitStatus | undefined;
}): Record<string, RouteHandler> {
  const health = subgraphsHealth(options.subgraphUrls);
  const subgraphs = async () => {
    const checked = Object.entries(await health());
    const down = checked.filter(([, s]) => !s.ok).map(([name, s]) => [name, s.reason ?? 'unavailable']);
    return {
      ok: down.length === 0,
      report: { subgraphs: Object.fromEntries(checked.map(([name, s]) => [name, s.ok])), ...(down.length ? { down: Object.fromEntries(down) } : {}) },
    };
  };
  return {
    'GET /health': async (_req, res) => {
      const { ok, report } = await subgraphs();
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', ...report });
    },
    'GET /ready': async (_req, res) => {
      if (options.isDraining()) return sendJson(res, 503, { status: 'draining' });
      const { ok, report } = await subgraphs();
      const rateLimit = options.rateLimitStatus?.();
      const fallback = rateLimit?.fallback ? { rateLimit } : {};
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'degraded', ...report, ...fallback });
    },
    'GET /live': (_req, res) => sendJson(res, 200, { status: 'alive' }),
  };
}

import type { RouteHandler } from '@fabrique/kit';
import { sendJson } from '@fabrique/kit';
import { checkSubgraphs } from '../subgraphs/health';
import type { Metrics } from './metrics';

/**
 * Operations endpoints:
 * - `GET /health`: 200 only when every subgraph answers its own health check (the foundation's
 *   contract, which `npm start` and monitors already rely on), 503 naming the missing ones;
 * - `GET /ready`: the same, and 503 while the gateway is shutting down, so a load balancer stops
 *   sending it traffic;
 * - `GET /live`: 200 while the process serves HTTP at all (restart it when this fails);
 * - `GET /metrics`: Prometheus metrics.
 */
export function operationsRoutes(options: { subgraphUrls: Record<string, string>; metrics: Metrics; isDraining: () => boolean }): Record<string, RouteHandler> {
  const subgraphs = async () => {
    const status = await checkSubgraphs(options.subgraphUrls);
    return { status, ok: Object.values(status).every(Boolean) };
  };
  return {
    'GET /health': async (_req, res) => {
      const { status, ok } = await subgraphs();
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', subgraphs: status });
    },
    'GET /ready': async (_req, res) => {
      if (options.isDraining()) return sendJson(res, 503, { status: 'draining' });
      const { status, ok } = await subgraphs();
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'degraded', subgraphs: status });
    },
    'GET /live': (_req, res) => sendJson(res, 200, { status: 'alive' }),
    'GET /metrics': async (_req, res) => {
      const body = await options.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': options.metrics.registry.contentType });
      res.end(body);
    },
  };
}

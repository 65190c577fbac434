import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER, requestIdOf, type Logger } from '@fabrique/kit';
import { PRIVATE } from '../cache/cacheControl';
import type { Metrics } from '../operations/metrics';
import { applyCors } from './cors';
import { secondsSince, startRecord } from './requestRecord';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Around the kit's GraphQL handler: gives the request its id (the client's if well formed), answers
 * CORS preflights, and when the response ends writes the request's one log line and its metrics.
 */
export function observedHandler(
  inner: RequestListener,
  options: { logger: Logger; metrics: Metrics; corsOrigins: '*' | string[]; graphqlPath: string; /** The paths of the gateway's own routes. */ paths: string[] },
): RequestListener {
  const known = new Set(options.paths);
  // The `route` label of the request counter: one value per route, never the path a client made up
  // (each new label value is a series kept for the life of the process).
  const routeOf = (path: string) =>
    path === options.graphqlPath ? 'graphql' : path.startsWith('/playground') ? 'playground' : path.startsWith('/observatoire') ? 'observatoire' : known.has(path) ? path : 'other';
  return (req, res) => {
    // The kit's handler asks the same function and gets this id.
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const record = startRecord(req, requestId);
    const path = (req.url ?? '/').split('?')[0]!;
    const graphql = path === options.graphqlPath;
    res.on('finish', () => {
      const seconds = secondsSince(record.startedAt);
      options.metrics.httpRequests.inc({ route: routeOf(path), status: String(res.statusCode) });
      const line = {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        role: record.identity.role,
        ...(record.identity.tokenId ? { tokenId: record.identity.tokenId } : {}),
        ...(record.operations.length ? { operationName: record.operations.join(',') } : {}),
        ...(record.errorCodes.length ? { errors: [...new Set(record.errorCodes)] } : {}),
      };
      if (graphql) options.logger.info(line, 'request');
      else options.logger.debug(line, 'request');
    });
    if (graphql && applyCors(req, res, options.corsOrigins)) return;
    // Until an answer says otherwise (only a public read does: cache/cacheControl.ts), nothing from
    // /graphql is for shared caches, a refusal before Apollo (401, 429...) included.
    if (graphql) res.setHeader('cache-control', PRIVATE);
    inner(req, res);
  };
}

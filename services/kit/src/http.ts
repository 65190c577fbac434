import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from './logger';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

interface GraphQLHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  logger: Logger;
  /** Builds the per-request context; may throw a GraphQLError (e.g. UNAUTHENTICATED). */
  context: (req: IncomingMessage, requestId: string) => Promise<C>;
  graphqlPath?: string;
  /** Extra routes keyed by "METHOD /path", e.g. "GET /health" (which answers HEAD too). */
  routes?: Record<string, RouteHandler>;
  maxBodyBytes?: number;
  /**
   * Runs once the body is read and parsed, before Apollo (authentication, rate limits, batch size...).
   * Throwing a GraphQLError refuses the request: its message and `extensions` (code...) are sent with
   * the HTTP status in `extensions.http.status` (400 when absent); headers set on `res` are kept.
   */
  admit?: (req: IncomingMessage, res: ServerResponse, body: unknown, requestId: string) => Promise<void> | void;
  /** Wraps each GraphQL execution (e.g. in a round-trip counting scope); may add response headers. */
  around?: <T>(res: ServerResponse, work: () => Promise<T>, requestId: string) => Promise<T>;
  /**
   * After `admit`, before Apollo: may answer the request itself (e.g. from a response cache) and
   * returns whether it did. `search` is the URL's query string (GET requests).
   */
  shortcut?: (req: IncomingMessage, res: ServerResponse, body: unknown, search: string) => boolean;
  /** Told each complete response Apollo gave (e.g. to cache it). */
  completed?: (req: IncomingMessage, body: unknown, search: string, response: CompletedResponse) => void;
}

export interface CompletedResponse {
  status: number;
  contentType: string | undefined;
  body: string;
}

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

const requestIds = new WeakMap<IncomingMessage, string>();

/**
 * The request's id: a well-formed incoming one (the client's, or the gateway's for a subgraph),
 * otherwise a new one. Decided once per request, so every layer that asks gets the same id.
 */
export function requestIdOf(req: IncomingMessage): string {
  let id = requestIds.get(req);
  if (id === undefined) {
    const given = req.headers[REQUEST_ID_HEADER];
    id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    requestIds.set(req, id);
  }
  return id;
}

/**
 * The request's URL, or null when its target cannot be read as one (`GET //[ HTTP/1.1` reaches the
 * server as written: `new URL` throws on it, and a throw in a request listener would end the process).
 */
export function requestUrl(req: IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

class BodyTooLargeError extends Error {}
class BodyNotUtf8Error extends Error {}

// Fatal: malformed UTF-8 (an encoded lone surrogate, say) is refused rather than read as U+FFFD, which
// the text rules could no longer tell from a real U+FFFD.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  try {
    return UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw new BodyNotUtf8Error();
  }
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string, requestId: string, extensions: Record<string, unknown> = {}) {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] }, { [REQUEST_ID_HEADER]: requestId });
}

/** Sends a refusal thrown by `admit` (see GraphQLHttpOptions). */
function refuse(res: ServerResponse, error: GraphQLError, requestId: string) {
  const { code, http, ...extensions } = error.extensions as { code?: string; http?: { status?: number } };
  graphqlError(res, http?.status ?? 400, String(code ?? 'BAD_REQUEST'), error.message, requestId, extensions);
}

/** The methods the routes answer at a path (HEAD wherever GET is). */
function methodsOf(routes: Record<string, RouteHandler>, path: string): string[] {
  const methods = Object.keys(routes)
    .filter((key) => key.slice(key.indexOf(' ') + 1) === path)
    .map((key) => key.slice(0, key.indexOf(' ')));
  return methods.includes('GET') && !methods.includes('HEAD') ? [...methods, 'HEAD'] : methods;
}

/** A Node request listener serving Apollo Server at `graphqlPath` plus plain routes. */
export function createRequestHandler<C extends BaseContext>(
  options: GraphQLHttpOptions<C>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const around = options.around ?? ((_res, work) => work());

  async function serveGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          return graphqlError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBodyBytes} bytes.`, requestId);
        }
        if (error instanceof BodyNotUtf8Error) return graphqlError(res, 400, 'BAD_REQUEST', 'Request body is not valid UTF-8.', requestId);
        throw error;
      }
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        return graphqlError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON.', requestId);
      }
    }
    if (options.admit) {
      try {
        await options.admit(req, res, body, requestId);
      } catch (error) {
        if (error instanceof GraphQLError) return refuse(res, error, requestId);
        throw error;
      }
    }
    if (options.shortcut?.(req, res, body, url.search)) return;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await around(
      res,
      () =>
        options.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: url.search, body },
          context: () => options.context(req, requestId),
        }),
      requestId,
    );
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      options.completed?.(req, body, url.search, { status: res.statusCode, contentType: result.headers.get('content-type'), body: result.body.string });
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    const url = requestUrl(req);
    const requestId = requestIdOf(req);
    if (!url) return graphqlError(res, 400, 'BAD_REQUEST', 'The request target is not a valid URL path.', requestId);
    // HEAD is answered as GET is (Node sends no body for it); another method on a route's path is a 405.
    const route = options.routes?.[`${req.method} ${url.pathname}`] ?? (req.method === 'HEAD' ? options.routes?.[`GET ${url.pathname}`] : undefined);
    const allowed = route || url.pathname === graphqlPath ? [] : methodsOf(options.routes ?? {}, url.pathname);
    const work = route
      ? Promise.resolve(route(req, res))
      : url.pathname === graphqlPath
        ? serveGraphQL(req, res, url, requestId)
        : allowed.length > 0
          ? Promise.resolve(sendJson(res, 405, { error: 'Method not allowed' }, { allow: allowed.join(', ') }))
          : Promise.resolve(sendJson(res, 404, { error: 'Not found' }));
    work.catch((error: unknown) => {
      options.logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) graphqlError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.', requestId);
      else res.end();
    });
  };
}

/** Listens on the port (0 picks a free one) and returns the base URL. */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return `http://${host}:${address.port}`;
}

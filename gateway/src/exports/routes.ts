import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLInputType, GraphQLSchema } from 'graphql';
import { sendJson, type Logger, type RouteHandler } from '@fabrique/kit';
import type { GatewayContext } from '../context';
import type { Admit } from '../limits/admission';
import { readOperations } from '../playground/examples';
import { apiVersion, catalogue, exportPath, LICENCE } from './catalogue';
import type { Dataset } from './dataset';
import { conventions } from './datasets/conventions';
import { experiences } from './datasets/experiences';
import { programmes } from './datasets/programmes';
import { territoriesEngagement } from './datasets/territoriesEngagement';
import { csv, json, type Format } from './formats';
import { ExportFailure, pagesOf } from './pages';
import { BadParameter, parameterTypes, readParameters } from './parameters';

export const DATASETS: Dataset[] = [experiences, conventions, territoriesEngagement, programmes];

export interface ExportOptions {
  apollo: ApolloServer<GatewayContext>;
  admit: Admit;
  logger: Logger;
  /** The API schema the gateway serves (parameters are checked against it). */
  schema: () => GraphQLSchema | undefined;
  /** Rows per page asked of the API (at most MAX_PAGE_SIZE). */
  pageSize: number;
  /** How long to wait for a client whose connection stays full before cutting it (EXPORT_STALL_SECONDS). */
  stallMs: number;
  supergraphPath: string;
  /** Told when an export starts writing and when it has stopped asking for pages. */
  running?: { inc(): void; dec(): void };
}

const NOT_CACHED = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };

function sendError(res: ServerResponse, status: number, code: string, message: string, parameter?: string) {
  sendJson(res, status, { error: { code, message, ...(parameter ? { parameter } : {}) } }, NOT_CACHED);
}

/**
 * Writes a chunk, waiting while the client's connection is full; false once the client is gone, or cut
 * after `stallMs` without reading (an idle download would otherwise hold its page and socket for ever).
 */
export async function write(res: ServerResponse, chunk: string, stallMs: number): Promise<boolean> {
  if (res.destroyed) return false;
  if (chunk === '' || res.write(chunk)) return true;
  // The listeners of the events that did not happen are removed: one per full page would pile up on a
  // slow client's response (hundreds on a large export).
  const waiting = new AbortController();
  const { signal } = waiting;
  try {
    const stalled = await Promise.race([once(res, 'drain', { signal }), once(res, 'close', { signal }), delay(stallMs, 'stalled', { signal })]);
    if (stalled === 'stalled') res.destroy();
  } finally {
    waiting.abort();
  }
  return !res.destroyed;
}

/**
 * `GET /exports/` (the catalogue) and `GET /exports/<dataset>.csv|json`: each export runs its registered
 * operation page by page and writes each page as it arrives (one page in memory at a time, waiting on
 * a slow client, stopping when it leaves). A bad parameter, or an error of the first page, is answered
 * with its HTTP status and `{ error: { code, message, parameter? } }`; an error on a later page cuts the
 * connection, so a partial file never looks complete (the CSV lacks its end, the JSON its closing `]`).
 */
export function exportRoutes(options: ExportOptions): Record<string, RouteHandler> {
  const version = apiVersion(options.supergraphPath);
  const typesCache = new Map<Dataset, Map<string, GraphQLInputType>>();
  const queries = new Map(DATASETS.map((d) => [d, readOperations(d.operation.file)[d.operation.name]!]));
  const typesOf = (dataset: Dataset) => {
    let types = typesCache.get(dataset);
    if (!types) {
      const schema = options.schema();
      if (!schema) throw new ExportFailure(503, 'SERVICE_UNAVAILABLE', 'The gateway is starting: try again shortly.');
      types = parameterTypes(dataset, queries.get(dataset)!, schema);
      typesCache.set(dataset, types);
    }
    return types;
  };

  async function serve(dataset: Dataset, format: Format, req: IncomingMessage, res: ServerResponse) {
    const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
    let pages: AsyncGenerator<unknown[]>;
    let first: IteratorResult<unknown[]>;
    try {
      const variables = dataset.variables(readParameters(dataset, search, typesOf(dataset)));
      pages = pagesOf(dataset, queries.get(dataset)!, variables, req, res, options);
      first = await pages.next();
    } catch (error) {
      if (error instanceof BadParameter) return sendError(res, 400, 'BAD_USER_INPUT', error.message, error.parameter);
      if (error instanceof ExportFailure) return sendError(res, error.status, error.code, error.message, error.parameter);
      throw error;
    }
    // The licence and the catalogue describing the file, as links (RFC 8288).
    const link = `<${LICENCE.path}>; rel="license", </exports/>; rel="describedby"`;
    res.writeHead(200, { ...format.headers(dataset.name), ...NOT_CACHED, link });
    const columns = dataset.columns;
    let written = false;
    options.running?.inc();
    try {
      // HEAD: the answer GET would start with (its first page checked the parameters and the caller), no file.
      if (req.method === 'HEAD') return void res.end();
      if (!(await write(res, format.start(columns), options.stallMs))) return;
      for (let page = first; !page.done; page = await pages.next()) {
        const rows = page.value.map((node) => columns.map((column) => column.value(node)));
        if (!(await write(res, format.rows(rows, columns, !written), options.stallMs))) return;
        written ||= rows.length > 0;
      }
      res.end(format.end());
    } catch (error) {
      options.logger.warn({ err: error, dataset: dataset.name }, 'export cut short');
      res.destroy();
    } finally {
      // A client that left stops the paging (the generator's `finally`, no further page is asked).
      await pages.return(undefined);
      options.running?.dec();
    }
  }

  const routes: Record<string, RouteHandler> = {};
  const serveCatalogue: RouteHandler = (_req, res) => {
    try {
      sendJson(res, 200, catalogue(DATASETS, typesOf, version), { 'cache-control': 'no-cache' });
    } catch (error) {
      if (!(error instanceof ExportFailure)) throw error;
      sendError(res, error.status, error.code, error.message);
    }
  };
  routes['GET /exports'] = serveCatalogue;
  routes['GET /exports/'] = serveCatalogue;
  for (const dataset of DATASETS) {
    for (const format of [csv, json]) routes[`GET ${exportPath(dataset, format.extension)}`] = (req, res) => serve(dataset, format, req, res);
  }
  return routes;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '@fabrique/kit';
import type { GatewayContext } from '../context';
import { recordOf } from '../http/requestRecord';
import type { Admit } from '../limits/admission';
import type { Dataset, Page } from './dataset';
import { parameterOf } from './parameters';

/** Why an export stopped: the API's (or the gateway's) error, with the HTTP status it maps to. */
export class ExportFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

// A GraphQL error code as an HTTP status, when the error does not carry one.
const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  AMBIGUOUS_CODE: 400,
  QUERY_TOO_COMPLEX: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  OPERATION_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  SUBGRAPH_TIMEOUT: 504,
};

/** An error of the API as an export failure: its code kept, a status that fits (502: the API failed). */
function failureOf(dataset: Dataset, error: GraphQLFormattedError | GraphQLError, status?: number): ExportFailure {
  const extensions = (error.extensions ?? {}) as { code?: unknown; field?: unknown; http?: { status?: number } };
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const httpStatus = STATUS_OF_CODE[code] ?? extensions.http?.status ?? (status && status >= 400 ? status : 502);
  return new ExportFailure(httpStatus, code, error.message, parameterOf(dataset, extensions.field));
}

interface PageSource {
  apollo: ApolloServer<GatewayContext>;
  admit: Admit;
  logger: Logger;
  pageSize: number;
}

/**
 * The dataset's pages, one GraphQL execution each (`first`: the page size, `after`: the previous page's
 * end), through the gateway's own executor with its plugins (safelist, limits...) and the request's
 * admission for every page: the caller's token is checked and each page counts against its rate limit,
 * exactly like an operation sent to /graphql. Rate-limit headers go on the response until it starts.
 */
export async function* pagesOf<Node>(
  dataset: Dataset<Node>,
  query: string,
  variables: Record<string, unknown>,
  req: IncomingMessage,
  res: ServerResponse,
  source: PageSource,
): AsyncGenerator<Node[]> {
  const headers = { setHeader: (name: string, value: string) => (res.headersSent ? undefined : res.setHeader(name, value)) };
  const record = recordOf(req);
  let after: string | null = null;
  for (;;) {
    const request: { query: string; operationName: string; variables: Record<string, unknown> } = { query, operationName: dataset.operation.name, variables: { ...variables, first: source.pageSize, after } };
    try {
      await source.admit(req, headers, request);
    } catch (error) {
      if (error instanceof GraphQLError) throw failureOf(dataset, error);
      throw error;
    }
    // Each page's operation is told to this request's log line once, not once per page.
    const pageRecord = { ...record, operations: [], errorCodes: [] };
    const response = await source.apollo.executeOperation(request, {
      contextValue: { identity: record.identity, requestId: record.requestId, logger: source.logger.child({ requestId: record.requestId }), record: pageRecord },
    });
    for (const name of pageRecord.operations) if (!record.operations.includes(name)) record.operations.push(name);
    record.errorCodes.push(...pageRecord.errorCodes.filter((code) => !record.errorCodes.includes(code)));
    if (response.body.kind !== 'single') throw new ExportFailure(502, 'INTERNAL_SERVER_ERROR', 'The API answered in an unexpected form.');
    const { data, errors } = response.body.singleResult;
    // Any error fails the export: a file with missing parts must not pass for the whole data.
    if (errors?.length) throw failureOf(dataset, errors[0]!, response.http.status);
    const page: Page<Node> | null | undefined = data ? dataset.page(data) : null;
    if (!page) throw new ExportFailure(502, 'INTERNAL_SERVER_ERROR', 'The API answered no page.');
    yield page.nodes;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

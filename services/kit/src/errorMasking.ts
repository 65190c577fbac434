import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { DATABASE_UNREACHABLE, isDatabaseUnreachable } from './databaseOutage';
import { ServiceUnavailableError } from './errors';

// Codes a client can act on; anything else is internal.
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'CAPACITY_REACHED',
  'AMBIGUOUS_CODE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'OPERATION_NOT_ALLOWED',
  'BATCH_TOO_LARGE',
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
]);

export function isClientError(formatted: GraphQLFormattedError): boolean {
  return CLIENT_CODES.has(String(formatted.extensions?.code ?? ''));
}

/** The database being unreachable is said as such (SERVICE_UNAVAILABLE), in every mode: it is not a bug. */
function unreachableDatabase(service: string, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { message, extensions } = new ServiceUnavailableError(service, DATABASE_UNREACHABLE);
  return { message, ...(formatted.path ? { path: formatted.path } : {}), extensions };
}

/**
 * Outside development, internal errors (database messages, bugs) reach the client as a bare
 * INTERNAL_SERVER_ERROR; the original is logged with the request id. `service` names the process in
 * SERVICE_UNAVAILABLE errors.
 */
export function createErrorFormatter(mask: boolean, service = 'requested') {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isDatabaseUnreachable(unwrapResolverError(error))) return unreachableDatabase(service, formatted);
    if (isClientError(formatted)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return mask ? { ...formatted, extensions } : formatted;
    }
    if (!mask) return formatted;
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && original.extensions?.code === 'INTERNAL_SERVER_ERROR' && !original.originalError) {
      return { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return {
      message: 'Internal server error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

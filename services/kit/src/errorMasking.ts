import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

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
]);

export function isClientError(formatted: GraphQLFormattedError): boolean {
  return CLIENT_CODES.has(String(formatted.extensions?.code ?? ''));
}

/**
 * Outside development, internal errors (database messages, bugs) reach the client as a bare
 * INTERNAL_SERVER_ERROR; the original is logged with the request id.
 */
export function createErrorFormatter(mask: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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

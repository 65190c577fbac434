import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { createErrorFormatter, isClientError } from '@fabrique/kit';

/** A request the gateway refuses itself, with its HTTP status (Apollo and the kit both read `extensions.http`). */
export function refusal(code: string, message: string, status: number, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
}

// Added by @apollo/gateway to subgraph errors: which service, and the raw HTTP response.
const INTERNAL_EXTENSIONS = ['serviceName', 'response', 'exception'];

/**
 * The kit's formatter (internal errors masked outside development), plus: what the federation layer
 * adds to subgraph errors (raw responses) stays out of responses outside development, and an error a
 * client can act on (an unavailable or slow service, bad input) names the service it came from in
 * `extensions.service`, so a partial answer says what is missing and why. A masked internal error
 * stays opaque: no service name.
 */
export function createGatewayErrorFormatter(mask: boolean) {
  const format = createErrorFormatter(mask);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    const service = formatted.extensions?.serviceName;
    const named = typeof service === 'string' && (!mask || isClientError(result)) ? { service } : {};
    if (!mask) return result.extensions ? { ...result, extensions: { ...result.extensions, ...named } } : result;
    if (!result.extensions) return result;
    const extensions = Object.fromEntries(Object.entries(result.extensions).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)));
    return { ...result, extensions: { ...extensions, ...named } };
  };
}

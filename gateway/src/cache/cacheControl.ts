// The `Cache-Control` of every GraphQL answer. Public, for `max-age` the least of the cache hints of
// every field it holds (each subgraph computes its part from the @cacheControl hints of its SDL and
// sends it as its own Cache-Control header; Apollo Gateway's data sources restrict the operation's
// policy by each), only for an anonymous query sent as GET by persisted-query hash (APQ, or an id of
// the safelist) and answered whole without error: a URL a CDN can key on, naming an operation the
// gateway knows. Anything else, or a policy that is PRIVATE or of maxAge 0, is `private, no-store`.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';

/** Every answer not for shared caches: to a caller with a token, a POST, a mutation, an error... */
export const PRIVATE = 'private, no-store';

export function cacheControlPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, operation, response, contextValue, overallCachePolicy }) {
          const persisted = typeof (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash === 'string';
          const whole = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          const policy = overallCachePolicy.policyIfCacheable();
          const shared =
            request.http?.method === 'GET' &&
            persisted &&
            operation?.operation === 'query' &&
            contextValue.identity.role === 'ANONYMOUS' &&
            whole &&
            policy?.scope === 'PUBLIC' &&
            policy.maxAge > 0;
          if (!shared) {
            response.http.headers.set('cache-control', PRIVATE);
            return;
          }
          response.http.headers.set('cache-control', `public, max-age=${policy.maxAge}`);
          // A shared cache must not hand the anonymous answer to a caller with a token.
          const vary = response.http.headers.get('vary');
          response.http.headers.set('vary', vary ? `${vary}, Authorization` : 'Authorization');
        },
      };
    },
  };
}

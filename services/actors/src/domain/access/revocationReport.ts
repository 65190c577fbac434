import type { ApolloServerPlugin } from '@apollo/server';
import { REVOKED_TOKENS_EXTENSION } from '@fabrique/kit';

/** The tokens each request revoked, keyed by its context (gone with it). */
const revokedBy = new WeakMap<object, Set<string>>();

/** Notes that this request revoked the token (or found it already revoked). */
export function reportRevocation(context: object, tokenId: string): void {
  const ids = revokedBy.get(context) ?? new Set<string>();
  ids.add(tokenId);
  revokedBy.set(context, ids);
}

/**
 * Tells the gateway which tokens a request revoked, in the response's `revokedApiTokens` extension:
 * the gateway acts on what the revocation did, not on how the operation was written (fragments,
 * aliases, directives, batches), and drops its cached verdicts at once.
 */
export function revocationReport(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const ids = revokedBy.get(contextValue);
          if (!ids || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [REVOKED_TOKENS_EXTENSION]: [...ids] };
        },
      };
    },
  };
}

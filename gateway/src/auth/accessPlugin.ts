import type { ApolloServerPlugin } from '@apollo/server';
import { UnauthenticatedError } from '@fabrique/kit';
import { Kind } from 'graphql';
import type { GatewayContext } from '../context';
import type { RevocationBus } from './revocations';
import type { TokenVerifier } from './tokenVerifier';

const REVOKE = 'revokeApiToken';

/**
 * - Every mutation refuses anonymous callers: the gateway says so (401) before any subgraph is called.
 * - When a revocation passes through this gateway, its verdict about the token is dropped at once, and
 *   the other instances are told when they share a Redis.
 */
export function accessPlugin(verifier: TokenVerifier, revocations: RevocationBus | null): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation' && contextValue.identity.role === 'ANONYMOUS') {
            throw new UnauthenticatedError('Mutations need an API token: send it as `Authorization: Bearer <token>`.');
          }
        },
        async willSendResponse({ operation, response, request }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data as Record<string, unknown> | null | undefined;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD || selection.name.value !== REVOKE) continue;
            if (!data?.[selection.alias?.value ?? REVOKE]) continue; // the revocation failed
            const argument = selection.arguments?.find((a) => a.name.value === 'id')?.value;
            const id = argument?.kind === Kind.STRING ? argument.value : argument?.kind === Kind.VARIABLE ? request.variables?.[argument.name.value] : null;
            if (typeof id !== 'string') continue;
            verifier.evict(id);
            revocations?.publish(id);
          }
        },
      };
    },
  };
}

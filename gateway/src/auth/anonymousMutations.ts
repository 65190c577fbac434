import type { ApolloServerPlugin } from '@apollo/server';
import { UnauthenticatedError } from '@fabrique/kit';
import type { GatewayContext } from '../context';

/** Every mutation refuses anonymous callers: the gateway says so (401) before any subgraph is called. */
export function anonymousMutationsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation' && contextValue.identity.role === 'ANONYMOUS') {
            throw new UnauthenticatedError('Mutations need an API token: send it as `Authorization: Bearer <token>`.');
          }
        },
      };
    },
  };
}

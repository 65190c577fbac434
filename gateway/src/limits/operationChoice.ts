import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { refusal } from '../errors';
import { shownName } from '../operations/operationName';

const quoted = (name: string) => JSON.stringify(shownName(name));

/**
 * Which operation of the document runs is the client's choice: a document of several operations
 * without `operationName`, or naming none of them, is OPERATION_RESOLUTION_FAILURE (400), and a
 * subscription (which this gateway does not serve) BAD_REQUEST (400), before the query planner
 * would fail on them as internal errors.
 */
export function operationChoicePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation) {
            const name = request.operationName;
            const message = name
              ? `The document has no operation named ${quoted(name)}.`
              : 'The document holds several operations: say which one to run in `operationName`.';
            throw refusal('OPERATION_RESOLUTION_FAILURE', message, 400);
          }
          if (operation.operation === 'subscription') {
            throw refusal('BAD_REQUEST', 'This gateway serves queries and mutations only, not subscriptions.', 400);
          }
        },
      };
    },
  };
}

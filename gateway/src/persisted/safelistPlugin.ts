import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../context';
import { refusal } from '../errors';
import type { Manifest } from './manifest';
import { operationDocument } from './operationDocument';

const isIntrospectionOnly = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));

/**
 * Safelist mode, for production dashboards: only the manifest's operations run (sent whole, or by id
 * as an automatic persisted query); anything else is OPERATION_NOT_ALLOWED (403) before any subgraph
 * is called and before it could be registered as a persisted query. Introspection stays possible when
 * enabled, so the playground can still show the documentation.
 */
export function safelistPlugin(manifest: Manifest, allowIntrospection: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, document, operation }) {
          if (manifest.byId.has(queryHash)) return;
          if (operation && manifest.printed.has(operationDocument(document, operation))) return;
          if (allowIntrospection && operation && isIntrospectionOnly(operation)) return;
          throw refusal('OPERATION_NOT_ALLOWED', 'This gateway runs registered operations only (safelist mode); this one is not registered.', 403);
        },
      };
    },
  };
}

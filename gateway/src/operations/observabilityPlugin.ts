import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { secondsSince } from '../http/requestRecord';
import type { Metrics } from './metrics';
import { shownName } from './operationName';

/** Per operation: its name and errors for the request's log line, its count, errors and latency for metrics. */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const start = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName: name }) {
          const operationName = name && shownName(name);
          const label = metrics.operationLabel(operationName);
          for (const error of errors) {
            const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            contextValue.record.errorCodes.push(code);
            metrics.errors.inc({ operation: label, code });
            if (code === 'INTERNAL_SERVER_ERROR') {
              contextValue.logger.error({ err: error.originalError ?? error, operationName, path: error.path }, 'internal error');
            }
          }
        },
        async willSendResponse({ operationName: name, operation }) {
          const operationName = name && shownName(name);
          const label = metrics.operationLabel(operationName);
          contextValue.record.operations.push(operationName ?? '(anonymous)');
          metrics.operations.inc({ operation: label, type: operation?.operation ?? 'unknown' });
          metrics.duration.observe({ operation: label }, secondsSince(start));
        },
      };
    },
  };
}

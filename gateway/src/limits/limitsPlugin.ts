import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { refusal } from '../errors';
import { analyseOperation, type PageSizes } from './analysis';

interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  pages: PageSizes;
}

/**
 * Refuses an operation whose shape exceeds a limit once it is parsed and validated, before the query
 * plan runs, so no subgraph sees it: BAD_USER_INPUT for a page size out of bounds, QUERY_TOO_COMPLEX
 * (with every exceeded limit in `extensions.limits`) for depth, cost and aliases.
 */
export function limitsPlugin(limits: OperationLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const shape = analyseOperation(schema, document, operation, request.variables ?? {}, limits.pages);
          const page = shape.pageSizes[0];
          if (page) {
            throw refusal('BAD_USER_INPUT', `first must be between 0 and ${limits.pages.max} (${page.field} asks for ${page.first}).`, 400, {
              field: 'first',
              max: limits.pages.max,
            });
          }
          const exceeded = [
            { limit: 'depth', max: limits.maxDepth, actual: shape.depth },
            { limit: 'cost', max: limits.maxCost, actual: shape.cost },
            { limit: 'aliases', max: limits.maxAliases, actual: shape.aliases },
          ].filter((l) => l.actual > l.max);
          if (exceeded.length > 0) {
            const what = exceeded.map((l) => `${l.limit} ${l.actual} (at most ${l.max})`).join(', ');
            throw refusal('QUERY_TOO_COMPLEX', `This operation is too complex: ${what}. Ask for smaller pages, or split it.`, 400, {
              limits: exceeded,
            });
          }
        },
      };
    },
  };
}

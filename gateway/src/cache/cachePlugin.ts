import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { ResponseCache } from './responseCache';

/**
 * Marks what may be cached (an anonymous query answered without error) and clears the cache after any
 * mutation, whatever its outcome (`announce` tells the other instances).
 */
export function responseCachePlugin(cache: ResponseCache, announce: () => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation === 'mutation') {
            cache.invalidate();
            announce();
            return;
          }
          const single = response.body.kind === 'single' ? response.body.singleResult : null;
          const anonymous = contextValue.identity.role === 'ANONYMOUS';
          if (operation?.operation === 'query' && anonymous && single && !single.errors?.length) contextValue.record.cacheable = true;
        },
      };
    },
  };
}

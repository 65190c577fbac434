import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { CacheDependencies } from './dependencies';
import type { ResponseCache } from './responseCache';

/**
 * Marks what may be cached (an anonymous query answered without error), with the tags of what it
 * depends on, and after any mutation, whatever its outcome, drops the entries holding what it touched
 * (`announce` tells the other instances). See dependencies.ts for the rule.
 */
export function responseCachePlugin(cache: ResponseCache, dependencies: CacheDependencies, announce: (tags: string[]) => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ operation, operationName, document, response }) {
          if (operation?.operation === 'mutation') {
            const tags = document ? dependencies.touchedTags(document, operationName) : ['*'];
            cache.invalidate(tags);
            announce(tags);
            return;
          }
          const single = response.body.kind === 'single' ? response.body.singleResult : null;
          const anonymous = contextValue.identity.role === 'ANONYMOUS';
          if (operation?.operation !== 'query' || !anonymous || !single || single.errors?.length || !document) return;
          const tags = dependencies.readTags(document, operationName);
          if (!tags) return;
          contextValue.record.cacheable = true;
          contextValue.record.cacheTags = tags;
        },
      };
    },
  };
}

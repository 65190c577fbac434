import { keyedLoader } from '@fabrique/kit';
import type { Repositories } from './repositories';

/** One loader set per request: every lookup of a request is batched into one query per kind. */
export function createLoaders(repositories: Repositories) {
  const { experiences } = repositories;
  return {
    experience: keyedLoader((ids: readonly string[]) => experiences.findByIds(ids), (e) => e._id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

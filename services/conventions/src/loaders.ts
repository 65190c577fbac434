import { keyedLoader } from '@fabrique/kit';
import type { ProgrammeKind } from './models/programmes/schema';
import type { Repositories } from './repositories';

/** One loader set per request: every lookup of a request is batched into one query per kind. */
export function createLoaders(repositories: Repositories) {
  const { conventions, programmes } = repositories;
  return {
    convention: keyedLoader((ids: readonly string[]) => conventions.findByIds(ids), (c) => c._id),
    programme: keyedLoader((ids: readonly string[]) => programmes.findByIds(ids), (p) => p._id),
    programmeByKind: keyedLoader((kinds: readonly ProgrammeKind[]) => programmes.findByKinds(kinds), (p) => p.kind),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

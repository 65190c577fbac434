import { groupedLoader, keyedLoader } from '@fabrique/kit';
import type { Repositories } from './repositories';

/** One loader set per request: every lookup of a request is batched into one query per kind. */
export function createLoaders(repositories: Repositories) {
  const { territories, organisations, alliances } = repositories;
  return {
    territory: keyedLoader((ids: readonly string[]) => territories.findByIds(ids), (t) => t._id),
    organisation: keyedLoader((ids: readonly string[]) => organisations.findByIds(ids), (o) => o._id),
    organisationBySlug: keyedLoader((slugs: readonly string[]) => organisations.findBySlugs(slugs), (o) => o.slug),
    allianceBySlug: keyedLoader((slugs: readonly string[]) => alliances.findAlliancesBySlugs(slugs), (a) => a.slug),
    person: keyedLoader((ids: readonly string[]) => alliances.findPeopleByIds(ids), (p) => p._id),
    /** Keys are `<HOLDER_KIND>/<holderId>`. */
    positionsByHolder: groupedLoader(
      (holders: readonly string[]) => alliances.findPositionsByHolders(holders),
      (p) => `${p.holderKind}/${p.holderId}`,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

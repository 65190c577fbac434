import DataLoader from 'dataloader';
import { groupedLoader, keyedLoader, loaderOptions, parseTerritoryId, subLists, type TerritoryLevel } from '@fabrique/kit';
import { holderKey } from './models/positions/repository';
import { TERRITORY_ORDERS, type TerritoryOrder } from './models/territories/repository';
import type { TerritoryRecord } from './models/territories/schema';
import type { Repositories } from './repositories';
import { statisticsOf } from './domain/statistics';

/** The loaders of records and of lists by key. */
function recordLoaders(repositories: Repositories) {
  const { territories, organisations, people, positions, alliances, memberships } = repositories;
  const territory = keyedLoader((ids: readonly string[]) => territories.findByIds(ids), (t) => t._id);
  const organisation = keyedLoader((ids: readonly string[]) => organisations.findByIds(ids), (o) => o._id);
  return {
    territory,
    organisation,
    /** A territory or an organisation, by actor id. */
    actor: (id: string) => (parseTerritoryId(id) ? territory.load(id) : organisation.load(id)),
    organisationBySlug: keyedLoader((slugs: readonly string[]) => organisations.findBySlugs(slugs), (o) => o.slug),
    alliance: keyedLoader((ids: readonly string[]) => alliances.findByIds(ids), (a) => a._id),
    allianceBySlug: keyedLoader((slugs: readonly string[]) => alliances.findBySlugs(slugs), (a) => a.slug),
    person: keyedLoader((ids: readonly string[]) => people.findByIds(ids), (p) => p._id),
    /** Keys are `<HOLDER_KIND>/<holderId>` (see holderKey). */
    positionsByHolder: groupedLoader((keys: readonly string[]) => positions.findByHolders(keys), holderKey),
    positionsByPerson: groupedLoader((ids: readonly string[]) => positions.findByPeople(ids), (p) => p.personId),
    membershipsByAlliance: groupedLoader((ids: readonly string[]) => memberships.findByAlliances(ids), (m) => m.allianceId),
    membershipsByActor: groupedLoader((ids: readonly string[]) => memberships.findByActors(ids), (m) => m.actorId),
  };
}

interface ChildrenKey {
  parentId: string;
  level: TerritoryLevel;
  order: TerritoryOrder;
  limit: number;
  after: unknown[] | null;
}

/**
 * Pages of `Territory.children` for many parents at once: the kit's sub-lists over `scope` (one keys
 * query per level and ordering, whatever the number of parents), in each ordering. The page's records
 * prime the territory loader, which gives the nodes.
 */
function childrenLoader(territories: Repositories['territories'], territory: DataLoader<string, TerritoryRecord | null>) {
  const source = {
    keysByParents: territories.keysByParents,
    countByParents: territories.countByParents,
    async findByIds(ids: readonly string[]) {
      const found = await territories.findByIds(ids);
      for (const record of found) territory.prime(record._id, record);
      return found;
    },
  };
  const lists = Object.fromEntries(Object.entries(TERRITORY_ORDERS).map(([order, sort]) => [order, subLists(source, sort)]));
  return {
    async load(key: ChildrenKey) {
      const children = lists[key.order]!;
      const spec = { field: 'scope', array: true, filter: { level: key.level } };
      const rows = await children.page(spec, { limit: key.limit, after: key.after, sort: TERRITORY_ORDERS[key.order] }).load(key.parentId);
      return { rows, totalCount: () => children.count(spec).load(key.parentId) };
    },
  };
}

const byValue = <K, V>() => loaderOptions<K, V, string>({ cacheKeyFn: (key: K) => JSON.stringify(key) });

/** One loader set per request: every lookup of a request is batched into one query per kind. */
export function createLoaders(repositories: Repositories) {
  const records = recordLoaders(repositories);
  return {
    ...records,
    /** Pages of `Territory.children`, for many parents at once. */
    children: childrenLoader(repositories.territories, records.territory),
    /** Alliance statistics, keyed by alliance id and date (see domain/statistics.ts). */
    statistics: new DataLoader(statisticsOf(repositories, records), byValue()),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

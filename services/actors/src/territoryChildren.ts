import type DataLoader from 'dataloader';
import type { Page, TerritoryLevel } from '@fabrique/kit';
import { TERRITORY_ORDERS, type TerritoryKeys, type TerritoryOrder, type TerritoryRepository } from './models/territories/repository';
import type { TerritoryRecord } from './models/territories/schema';
import { pageOfSorted } from './paging';

export interface ChildrenKey {
  parentId: string;
  level: TerritoryLevel;
  order: TerritoryOrder;
  limit: number;
  after: unknown[] | null;
}

export interface ChildrenPage {
  /** `limit + 1` rows from the cursor (see toConnection); their nodes come from the territory loader. */
  rows: TerritoryKeys[];
  totalCount: () => Promise<number>;
}

const pageOf = (key: ChildrenKey): Page => ({ limit: key.limit, after: key.after, sort: TERRITORY_ORDERS[key.order] });

/**
 * The batch function of `Territory.children`. One parent: a keyset query for its page (an index range
 * on MongoDB) and a count when asked. Several parents (20 départements, each with its communes): one
 * query per level and order reads the keys of every child of every parent, which are grouped and
 * paged per parent in memory; their totals come with it. Either way the round trips do not grow with
 * the number of parents.
 */
export function childrenPages(territories: TerritoryRepository, territory: DataLoader<string, TerritoryRecord | null>) {
  return async (keys: readonly ChildrenKey[]): Promise<ChildrenPage[]> => {
    if (keys.length === 1) {
      const key = keys[0]!;
      const filter = { level: key.level, within: key.parentId };
      const rows = await territories.list(filter, pageOf(key));
      for (const row of rows) territory.prime(row._id, row);
      return [{ rows, totalCount: () => territories.count(filter) }];
    }
    const groups = new Map<string, ChildrenKey[]>();
    for (const key of keys) {
      const group = `${key.level}/${key.order}`;
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group)!.push(key);
    }
    const pages = new Map<ChildrenKey, ChildrenPage>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const { level, order } = group[0]!;
        const parents = new Set(group.map((key) => key.parentId));
        const inside = new Map<string, TerritoryKeys[]>([...parents].map((id) => [id, []]));
        for (const row of await territories.insideAny([...parents], level, TERRITORY_ORDERS[order])) {
          for (const id of row.scope) if (id !== row._id) inside.get(id)?.push(row);
        }
        for (const key of group) {
          const children = inside.get(key.parentId)!;
          pages.set(key, { rows: pageOfSorted(children, pageOf(key)), totalCount: async () => children.length });
        }
      }),
    );
    return keys.map((key) => pages.get(key)!);
  };
}

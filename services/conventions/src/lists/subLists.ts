import DataLoader from 'dataloader';
import { loaderOptions, readPage, toConnection, type Connection, type Page, type PageArgs, type SortSpec } from '@fabrique/kit';
import type { Filter, GroupCount, KeyRow } from '../models/shared/queries';

/** What a collection answers for the sub-lists of many parents at once. */
export interface SubListSource<R> {
  keysByParents(field: string, parents: readonly string[], filter: Filter, sort: SortSpec): Promise<KeyRow[]>;
  countByParents(field: string, parents: readonly string[], filter: Filter, array: boolean): Promise<GroupCount[]>;
  byId: DataLoader<string, R | null>;
}

/** Which records of the collection belong to a parent: `field` (an array when `array`) holds the parent id. */
export interface SubListSpec {
  field: string;
  array: boolean;
  /** Further conditions (status, visibility...); part of the batching key. */
  filter: Filter;
}

const valueAt = (row: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v == null ? v : (v as Record<string, unknown>)[key]), row);

function compare(a: unknown, b: unknown): number {
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (x === y) return 0;
  if (x == null) return -1; // null sorts first ascending, as in MongoDB
  if (y == null) return 1;
  return (x as number | string) < (y as number | string) ? -1 : 1;
}

/** Whether the row comes strictly after the cursor in the list order. */
function isAfter(row: KeyRow, after: unknown[], sort: SortSpec): boolean {
  for (let i = 0; i < sort.length; i++) {
    const [field, direction] = sort[i]!;
    const c = compare(valueAt(row, field), after[i]) * direction;
    if (c !== 0) return c > 0;
  }
  return false;
}

/**
 * Paginated sub-lists of many parents (each territory's conventions, each programme's cohorts...) at
 * a constant cost: whatever the number of parents, one query fetches the ids and sort keys of every
 * matching record (never the documents), grouped by parent and sliced after each cursor in memory,
 * then one batched load fetches the records of all the pages. Counts come with it; when no page is
 * asked (`first: 0`), one aggregation counts for all parents. Trade-off: a parent with very many
 * records costs the projection of all their keys; the page itself stays bounded.
 */
export function subLists<R extends { _id: string }>(source: SubListSource<R>, sort: SortSpec) {
  const pages = new Map<string, DataLoader<string, R[]>>();
  const counts = new Map<string, DataLoader<string, number>>();
  const specKey = (spec: SubListSpec) => `${spec.field}|${spec.array}|${JSON.stringify(spec.filter)}`;

  function count(spec: SubListSpec): DataLoader<string, number> {
    const key = specKey(spec);
    let loader = counts.get(key);
    if (!loader) {
      loader = new DataLoader<string, number>(async (parents) => {
        const byParent = new Map((await source.countByParents(spec.field, parents, spec.filter, spec.array)).map((g) => [g._id, g.count]));
        return parents.map((p) => byParent.get(p) ?? 0);
      }, loaderOptions());
      counts.set(key, loader);
    }
    return loader;
  }

  function pageOf(spec: SubListSpec, page: Page): DataLoader<string, R[]> {
    const key = `${specKey(spec)}|${page.limit}|${JSON.stringify(page.after)}`;
    let loader = pages.get(key);
    if (!loader) {
      loader = new DataLoader<string, R[]>(async (parents) => {
        const wanted = new Set(parents);
        const groups = new Map<string, KeyRow[]>(parents.map((p) => [p, []]));
        for (const row of await source.keysByParents(spec.field, parents, spec.filter, sort)) {
          const value = row[spec.field];
          for (const parent of spec.array ? ((value as string[]) ?? []) : [value as string]) {
            if (wanted.has(parent)) groups.get(parent)!.push(row);
          }
        }
        const slices = parents.map((parent) => {
          const rows = groups.get(parent)!;
          count(spec).prime(parent, rows.length);
          return (page.after ? rows.filter((r) => isAfter(r, page.after!, sort)) : rows).slice(0, page.limit + 1);
        });
        const records = new Map<string, R>();
        for (const record of await source.byId.loadMany([...new Set(slices.flat().map((r) => r._id))])) {
          if (record && !(record instanceof Error)) records.set(record._id, record);
        }
        return slices.map((slice) => slice.flatMap((r) => records.get(r._id) ?? []));
      }, loaderOptions());
      pages.set(key, loader);
    }
    return loader;
  }

  /** The connection of one parent's sub-list (batched with every other parent of the request). */
  async function connection<N = R>(parentId: string, spec: SubListSpec, args: PageArgs, toNode?: (row: R) => N): Promise<Connection<N>> {
    const page = readPage(args, sort);
    const rows = page.limit === 0 ? [] : await pageOf(spec, page).load(parentId);
    return toConnection(rows, page, () => count(spec).load(parentId), toNode);
  }

  return { connection, count };
}

/** An empty connection (for a caller who may not see a list), validated like any other. */
export function emptyConnection<N>(args: PageArgs, sort: SortSpec): Connection<N> {
  return toConnection<N>([], readPage(args, sort), async () => 0);
}

import DataLoader from 'dataloader';
import { loaderOptions, type Page } from '@fabrique/kit';
import type { PublicationQueries } from './models/publications/repository';
import type { PublicationRecord } from './models/publications/schema';

const PUBLISHED = { status: 'PUBLISHED' };

/**
 * Published sub-lists of many parents at once (a territory's, an organisation's, a theme's
 * experiences...): whatever the number of parents, one query fetches the ids and sort keys of every
 * matching record (a projection, never the text), which are grouped by parent, paged in memory, and
 * completed by one batched load of the page's records. Counts come with it, or from one aggregation
 * when only `totalCount` is asked. Trade-off: a parent with very many records (a region) costs a
 * projection of all its ids; the page itself stays bounded.
 */
export function subListLoaders<R extends PublicationRecord>(queries: PublicationQueries<R>, byId: DataLoader<string, R | null>) {
  const pages = new Map<string, DataLoader<string, R[]>>();
  const counts = new Map<string, DataLoader<string, number>>();

  function count(field: string, array: boolean): DataLoader<string, number> {
    let loader = counts.get(field);
    if (!loader) {
      loader = new DataLoader<string, number>(async (parents) => {
        const groups = await queries.countBy(PUBLISHED, field, { array, values: parents });
        const byParent = new Map(groups.map((g) => [g._id, g.count]));
        return parents.map((p) => byParent.get(p) ?? 0);
      }, loaderOptions());
      counts.set(field, loader);
    }
    return loader;
  }

  function page(field: string, array: boolean, page: Page): DataLoader<string, R[]> {
    const key = `${field}|${page.limit}|${JSON.stringify(page.after)}`;
    let loader = pages.get(key);
    if (!loader) {
      loader = new DataLoader<string, R[]>(async (parents) => {
        const wanted = new Set(parents);
        const groups = new Map<string, Array<{ _id: string; listedAt: Date }>>(parents.map((p) => [p, []]));
        for (const row of await queries.keysByParents(PUBLISHED, field, parents)) {
          const value = row[field];
          for (const parent of (array ? (value as string[]) : [value as string]) ?? []) {
            if (wanted.has(parent)) groups.get(parent)!.push(row);
          }
        }
        const slices = parents.map((parent) => {
          const rows = groups.get(parent)!;
          count(field, array).prime(parent, rows.length);
          return afterCursor(rows, page).slice(0, page.limit + 1);
        });
        const records = new Map<string, R>();
        const ids = [...new Set(slices.flat().map((r) => r._id))];
        (await byId.loadMany(ids)).forEach((r) => {
          if (r && !(r instanceof Error)) records.set(r._id, r);
        });
        return slices.map((slice) => slice.map((r) => records.get(r._id)).filter((r): r is R => Boolean(r)));
      }, loaderOptions());
      pages.set(key, loader);
    }
    return loader;
  }

  return { page, count };
}

/** Rows (in list order: listedAt desc, _id desc) strictly after the page's cursor. */
function afterCursor<T extends { _id: string; listedAt: Date }>(rows: T[], page: Page): T[] {
  if (!page.after) return rows;
  const [at, id] = page.after as [Date, string];
  const time = new Date(at).getTime();
  return rows.filter((r) => r.listedAt.getTime() < time || (r.listedAt.getTime() === time && r._id < id));
}

/*
 * Paginated sub-lists of many parents (each territory's conventions or communes, each theme's
 * experiences...) at a constant cost: whatever the number of parents, one query fetches the ids and sort
 * keys of every matching record (never the documents), grouped by parent and paged after each cursor in
 * memory (paging.ts), then one batched load fetches the records of all the pages. Counts come with it;
 * when no page is asked (`first: 0`), one aggregation counts for all parents. Trade-off: a parent with
 * very many records costs the projection of all their keys; the page itself stays bounded. On an engine
 * that scans (FerretDB v1), the first query brings the records themselves instead: one scan, not two.
 * One parent alone (a territory's page, a programme's) is asked as a list of its own instead, when the
 * source offers it: the page's records only (`limit + 1`, in an index's order), and its total from a
 * maintained counter when one holds it (`counted`), else a count of its own: the work follows the page,
 * not the parent's size. On an engine whose indexes give no order (engine.ts: DocumentDB reads and sorts
 * every record the index selects, 10,927 for a région's page of 5), a counted parent of more than
 * WINDOWED_ABOVE records, newest first, is asked within a window first (`newestFirst`): from the month
 * that holds the page where maintained counters give the list's months, else within recent windows. The
 * engine then reads the window's records only.
 */
import DataLoader from 'dataloader';
import { keyedLoader, loaderOptions } from '../loaders';
import { pageOfSorted } from './paging';
import type { ListReads } from './engine';
import { allOf, readPage, toConnection, type Connection, type Page, type PageArgs, type SortSpec } from './relayConnection';
import type { Filter, GroupCount, KeyRow } from './repository';

/** What a collection answers for the sub-lists of many parents at once (a base repository does). */
export interface SubListSource<R> {
  keysByParents(filter: Filter, field: string, parents: readonly string[], sort: SortSpec): Promise<KeyRow[]>;
  /** The records themselves, as `keysByParents` selects and orders them: used instead of it, and of `findByIds`, where each query is a scan. */
  recordsByParents?(filter: Filter, field: string, parents: readonly string[], sort: SortSpec): Promise<R[]>;
  countByParents(filter: Filter, field: string, parents: readonly string[], array: boolean): Promise<Array<GroupCount<string | null>>>;
  findByIds(ids: readonly string[]): Promise<R[]>;
  /** One page under `filter` (a base repository's `list`): for a parent alone. */
  list?(filter: Filter, page: Page): Promise<R[]>;
  /** How many records match `filter` (a base repository's `count`): for a parent alone. */
  count?(filter: Filter): Promise<number>;
  /** How the engine reads a sorted page (a base repository's `listReads`): windows only pay where indexes give no order. */
  listReads?(): Promise<ListReads>;
}

/** A counted parent with more records than this is read newest first within windows (where indexes give no order); fewer are read whole. */
export const WINDOWED_ABOVE = 200;
/** The windows, in days before the newest record asked (now, or the cursor's): the page is asked within each in turn, then without. */
const WINDOW_DAYS = [32, 256];
const DAY_MS = 86_400_000;

/** How many records of a list each month holds (`YYYY-MM`, UTC, of the date it is sorted on), from maintained counters. */
export type MonthCounts = ReadonlyArray<{ key: string; count: number }>;

/**
 * Where a page newest first starts, by the months' counts: the first day (UTC) of the latest month from
 * which the months before the cursor's (`after`; its own month is not counted: its records may fall on
 * either side) hold the page and its next-page row. Null when they hold fewer.
 */
export function windowStart(months: MonthCounts, limit: number, after?: Date | null): Date | null {
  const cursorMonth = after ? after.toISOString().slice(0, 7) : null;
  let held = 0;
  for (const { key, count } of [...months].sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))) {
    if (cursorMonth !== null && key >= cursorMonth) continue;
    held += count;
    if (held > limit) return new Date(`${key}-01T00:00:00.000Z`);
  }
  return null;
}

/** The date a page's cursor stands at (its first sort value), if any. */
const cursorDate = (page: Page): Date | null => (page.after ? new Date(page.after[0] as string | Date) : null);

/**
 * One page of a list sorted newest first on a date (`sort[0]`). When the months' counts gave where it
 * starts (`since`, windowStart), within that window, then (counts and list disagreeing) without bound.
 * Else within the last 32 days before the cursor (or now), then 256, then without bound. Either way it
 * stops at the first window that fills the page and its next-page row: every record outside a window is
 * older than every record in it, so that page is the list's. Each query reads the window's records only.
 */
export async function newestFirst<R>(list: (filter: Filter, page: Page) => Promise<R[]>, filter: Filter, page: Page, since?: Date | null): Promise<R[]> {
  const [field, direction, type] = page.sort[0] ?? [];
  if (!field || direction !== -1 || type !== 'date' || page.limit === 0) return list(filter, page);
  if (since !== undefined) {
    const rows = since ? await list(allOf(filter, { [field]: { $gte: since } }), page) : [];
    return rows.length > page.limit ? rows : list(filter, page);
  }
  const anchor = cursorDate(page)?.getTime() ?? Date.now();
  for (const days of WINDOW_DAYS) {
    const rows = await list(allOf(filter, { [field]: { $gte: new Date(anchor - days * DAY_MS) } }), page);
    if (rows.length > page.limit) return rows;
  }
  return list(filter, page);
}

/**
 * A counted list's page: within windows (newestFirst, from `months` when they are known) when it has more
 * than WINDOWED_ABOVE records and the engine's indexes give no order, else one query.
 */
export async function countedPage<R>(
  source: { list(filter: Filter, page: Page): Promise<R[]>; listReads?(): Promise<ListReads> },
  filter: Filter,
  page: Page,
  total: number,
  months?: MonthCounts | null,
): Promise<R[]> {
  const list = source.list.bind(source);
  const windowed = total > WINDOWED_ABOVE && (await source.listReads?.()) === 'unordered';
  if (!windowed) return list(filter, page);
  return newestFirst(list, filter, page, months ? windowStart(months, page.limit, cursorDate(page)) : undefined);
}

/** The records of one parent: `field` holds it, and a record is never in its own sub-list (a territory's scope names the territory itself). */
const ofParent = (spec: SubListSpec, parent: string): Filter => ({ ...spec.filter, [spec.field]: parent, _id: { $ne: parent } });

/** Which records belong to a parent: `field` (an array when `array`) holds the parent id. */
export interface SubListSpec {
  field: string;
  array: boolean;
  /** Further conditions (status, visibility...); part of the batching key. */
  filter: Filter;
}

/**
 * The sub-lists of one collection in one ordering, for one request. Records come from a loader of
 * their own: each sub-list costs exactly its keys query and one records query, whichever other lists of
 * the request load the same collection (sharing a loader would batch them or not depending on timing).
 */
/**
 * `counted`: the total of one parent alone from a maintained counter (data/counters.ts), or null when
 * none holds it (then the source counts). `months`: how many records of one parent each month holds,
 * from maintained counters, or null when none do: where indexes give no order, a long list's page is then
 * asked from the month that holds it (one query) instead of within fixed windows before now.
 */
export function subLists<R extends { _id: string }>(
  source: SubListSource<R>,
  sort: SortSpec,
  counted?: (spec: SubListSpec, parent: string) => Promise<number> | null,
  months?: (spec: SubListSpec, parent: string) => Promise<MonthCounts> | null,
) {
  const byId = keyedLoader((ids: readonly string[]) => source.findByIds(ids), (r: R) => r._id);
  const pages = new Map<string, DataLoader<string, R[]>>();
  const counts = new Map<string, DataLoader<string, number>>();
  const specKey = (spec: SubListSpec) => `${spec.field}|${spec.array}|${JSON.stringify(spec.filter)}`;

  /** How many records each parent has. */
  function count(spec: SubListSpec): DataLoader<string, number> {
    const key = specKey(spec);
    let loader = counts.get(key);
    if (!loader) {
      loader = new DataLoader<string, number>(async (parents) => {
        if (parents.length === 1) {
          const total = counted?.(spec, parents[0]!) ?? (source.count ? source.count(ofParent(spec, parents[0]!)) : null);
          if (total) return [await total];
        }
        const byParent = new Map((await source.countByParents(spec.filter, spec.field, parents, spec.array)).map((g) => [g._id, g.count]));
        return parents.map((p) => byParent.get(p) ?? 0);
      }, loaderOptions());
      counts.set(key, loader);
    }
    return loader;
  }

  /** Each parent's page of records: `limit + 1` of them (see toConnection). */
  function page(spec: SubListSpec, page: Page): DataLoader<string, R[]> {
    const key = `${specKey(spec)}|${page.limit}|${JSON.stringify(page.after)}`;
    let loader = pages.get(key);
    if (!loader) {
      loader = new DataLoader<string, R[]>(async (parents) => {
        if (page.limit === 0) return parents.map(() => []);
        if (parents.length === 1 && source.list) return [await parentPage(spec, parents[0]!, { ...page, sort }, { list: source.list, listReads: source.listReads })];
        const wanted = new Set(parents);
        const groups = new Map<string, KeyRow[]>(parents.map((p) => [p, []]));
        // Where every query but one `_id` reads the whole collection (FerretDB v1), the keys query
        // brings the records: one scan where the records' `_id $in` would be a second.
        const whole = source.recordsByParents !== undefined && (await source.listReads?.()) === 'scans';
        const rows = whole
          ? ((await source.recordsByParents!(spec.filter, spec.field, parents, sort)) as unknown as KeyRow[])
          : await source.keysByParents(spec.filter, spec.field, parents, sort);
        for (const row of rows) {
          const value = row[spec.field];
          for (const parent of spec.array ? ((value as string[]) ?? []) : [value as string]) {
            // A record is never in its own sub-list (a territory's scope names the territory itself).
            if (wanted.has(parent) && parent !== row._id) groups.get(parent)!.push(row);
          }
        }
        const slices = parents.map((parent) => {
          const rows = groups.get(parent)!;
          count(spec).prime(parent, rows.length);
          return pageOfSorted(rows, { ...page, sort });
        });
        if (whole) return slices as unknown as R[][];
        const records = new Map<string, R>();
        for (const record of await byId.loadMany([...new Set(slices.flat().map((r) => r._id))])) {
          if (record && !(record instanceof Error)) records.set(record._id, record);
        }
        return slices.map((slice) => slice.flatMap((r) => records.get(r._id) ?? []));
      }, loaderOptions());
      pages.set(key, loader);
    }
    return loader;
  }

  /** One parent's page, in windows when its counter says it has more than WINDOWED_ABOVE records (the count is kept for its total). */
  async function parentPage(spec: SubListSpec, parent: string, asked: Page, lists: Parameters<typeof countedPage<R>>[0]): Promise<R[]> {
    // The months only pay where indexes give no order (countedPage).
    const monthsUsed = months !== undefined && (await lists.listReads?.()) === 'unordered';
    const total = counted?.(spec, parent);
    if (!total) return lists.list(ofParent(spec, parent), asked);
    // Asked in the same tick as the total: counters read together share their queries (data/counters.ts).
    const byMonth = monthsUsed ? months(spec, parent) : null;
    const [records, monthCounts] = await Promise.all([total, byMonth]);
    count(spec).prime(parent, records);
    return countedPage(lists, ofParent(spec, parent), asked, records, monthCounts);
  }

  /** The connection of one parent's sub-list (batched with every other parent of the request). */
  async function connection<N = R>(parentId: string, spec: SubListSpec, args: PageArgs, toNode?: (row: R) => N): Promise<Connection<N>> {
    const asked = readPage(args, sort);
    const rows = asked.limit === 0 ? [] : await page(spec, asked).load(parentId);
    return toConnection(rows, asked, () => count(spec).load(parentId), toNode);
  }

  return { connection, page, count };
}

export type SubLists<R extends { _id: string }> = ReturnType<typeof subLists<R>>;

/*
 * In-memory keyset paging: the twin of the database's keyset filter (relayConnection.ts), for lists
 * read whole (embedded lists, a snapshot), merged from several collections, or sub-lists of many parents
 * read with one query and sliced per parent. Values compare as MongoDB sorts them: null and missing
 * first, then numbers, strings, other values, dates; dotted paths reach into nested fields. Strings
 * compare by UTF-16 code units, which is MongoDB's byte order for every sort key we use (ids, folded names).
 */
import type { Connection, Page, SortSpec } from './relayConnection';
import { toConnection } from './relayConnection';

/** The value at a dotted path (`visits.experienceId`), undefined when a step is missing. */
export function valueAt(row: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v == null ? v : (v as Record<string, unknown>)[key]), row);
}

/** MongoDB's order of types (null < numbers < strings < objects < booleans < dates). */
function typeRank(value: unknown): number {
  if (value == null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (typeof value === 'boolean') return 4;
  if (value instanceof Date) return 5;
  return 3;
}

function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return Math.sign(rank);
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (x === y || x == null) return 0;
  return (x as number | string) < (y as number | string) ? -1 : 1;
}

/** Compares two rows in the order of `sort`. */
export function compareRows(sort: SortSpec, a: unknown, b: unknown): number {
  for (const [field, direction] of sort) {
    const order = compareValues(valueAt(a, field), valueAt(b, field));
    if (order !== 0) return order * direction;
  }
  return 0;
}

/** Whether the row comes strictly after the cursor's values in the order of `sort`. */
function isAfterCursor(sort: SortSpec, row: unknown, after: readonly unknown[]): boolean {
  for (const [i, [field, direction]] of sort.entries()) {
    const order = compareValues(valueAt(row, field), after[i]) * direction;
    if (order !== 0) return order > 0;
  }
  return false;
}

/** One page of a list in the page's order: the rows after its cursor, `limit + 1` of them (see toConnection). */
export function pageOfSorted<R>(rows: readonly R[], page: Page): R[] {
  const after = page.after;
  const start = after ? rows.findIndex((row) => isAfterCursor(page.sort, row, after)) : 0;
  return start < 0 ? [] : rows.slice(start, start + page.limit + 1);
}

/** Merges lists that are each in `sort` order (pages of several collections) into one, in that order. */
export function mergeSorted<R>(lists: readonly R[][], sort: SortSpec): R[] {
  return lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => compareRows(sort, a, b));
}

/** The connection over a list read in full and already in the page's order. */
export function connectionFromArray<T>(items: T[], page: Page): Connection<T> {
  return toConnection(pageOfSorted(items, page), page, async () => items.length);
}

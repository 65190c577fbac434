import type { Page, SortSpec } from '@fabrique/kit';

/**
 * In-memory keyset paging, in the same order as the database's: for lists merged from several
 * collections, and for sub-lists of many parents read with one query and sliced per parent.
 * Sort values are strings of plain ASCII (ids, searchable names) and numbers, which compare the same
 * way in JavaScript as in MongoDB.
 */
const valueAt = (row: unknown, field: string): unknown => (row as Record<string, unknown>)[field];

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return (a as string | number) < (b as string | number) ? -1 : 1;
}

/** Compares two rows in the order of `sort`. */
export function compareRows(sort: SortSpec, a: unknown, b: unknown): number {
  for (const [field, direction] of sort) {
    const order = compareValues(valueAt(a, field), valueAt(b, field));
    if (order !== 0) return order * direction;
  }
  return 0;
}

function isAfterCursor(sort: SortSpec, row: unknown, after: unknown[]): boolean {
  for (const [i, [field, direction]] of sort.entries()) {
    const order = compareValues(valueAt(row, field), after[i]) * direction;
    if (order !== 0) return order > 0;
  }
  return false;
}

/** One page of an ordered list: the rows after the page's cursor, `limit + 1` of them (see toConnection). */
export function pageOfSorted<R>(rows: readonly R[], page: Page): R[] {
  const after = page.after;
  const start = after ? rows.findIndex((row) => isAfterCursor(page.sort, row, after)) : 0;
  return start < 0 ? [] : rows.slice(start, start + page.limit + 1);
}

/** Merges lists that are each in `sort` order (pages of several collections) into one, in that order. */
export function mergeSorted<R>(lists: readonly R[][], sort: SortSpec): R[] {
  return lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => compareRows(sort, a, b));
}

/*
 * Relay-style connections over keyset pagination: a cursor holds the sort values of the row it points
 * at, so pages stay stable when rows are added elsewhere, and every page is an index range. The
 * in-memory twin of the keyset filter is paging.ts.
 */
import { BadUserInputError } from '../errors';
import { valueAt } from './paging';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** What a sort field holds: a cursor carrying anything else is refused before it reaches a query. */
export type SortValueType = 'string' | 'number' | 'date';

/** Sort fields, most significant first; the last one must be unique (usually `_id`). */
export type SortSpec = ReadonlyArray<readonly [field: string, direction: 1 | -1, type: SortValueType]>;

export interface Page {
  limit: number;
  after: unknown[] | null;
  sort: SortSpec;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  /** The edges' nodes in the same order (the schema's `nodes` beside `edges`), built here once for every list. */
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null; startCursor: string | null; hasPreviousPage: boolean };
  totalCount: () => Promise<number>;
}

const sortSignature = (sort: SortSpec) => sort.map(([f, d]) => `${f}:${d}`).join(',');

function encodeValue(value: unknown): unknown {
  return value instanceof Date ? { $d: value.toISOString() } : value;
}

/** Longer than any cursor we issue (a 200-character name and an id); refused before parsing. */
const MAX_CURSOR_LENGTH = 2_000;
const INVALID = Symbol('invalid cursor value');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasExactly = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).length === keys.length && keys.every((k) => Object.hasOwn(value, k));

/**
 * A cursor value of the expected type, or INVALID. Only scalars pass: a value is put into a keyset
 * filter as is, so an object (`{"$ne": null}`) would be a query operator.
 */
function decodeValue(value: unknown, type: SortValueType): unknown {
  if (type === 'string') return typeof value === 'string' ? value : INVALID;
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? value : INVALID;
  if (!isPlainObject(value) || !hasExactly(value, ['$d']) || typeof value.$d !== 'string') return INVALID;
  const date = new Date(value.$d);
  // Only the form we write (toISOString) is accepted: it round-trips exactly.
  return !Number.isNaN(date.getTime()) && date.toISOString() === value.$d ? date : INVALID;
}

export function encodeCursor(sort: SortSpec, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ s: sortSignature(sort), v: values.map(encodeValue) })).toString('base64url');
}

function parseCursor(sort: SortSpec, cursor: string): unknown[] | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isPlainObject(parsed) || !hasExactly(parsed, ['s', 'v']) || parsed.s !== sortSignature(sort)) return null;
  const values = parsed.v;
  if (!Array.isArray(values) || values.length !== sort.length) return null;
  const decoded = sort.map(([, , type], i) => decodeValue(values[i], type));
  return decoded.includes(INVALID) ? null : decoded;
}

/**
 * The sort values a cursor carries, checked strictly: the ordering the query uses, and one scalar of
 * the field's type per sort field. Anything else is BAD_USER_INPUT on `field`, before any database work.
 */
export function decodeCursor(sort: SortSpec, cursor: string, field = 'after'): unknown[] {
  const values = parseCursor(sort, cursor);
  if (values) return values;
  throw new BadUserInputError(field, 'This cursor is invalid or belongs to another ordering; start again without it.');
}

/** Validates `first` and `after` against the ordering the query uses. */
export function readPage(args: PageArgs, sort: SortSpec, options: { max?: number; default?: number } = {}): Page {
  const max = options.max ?? MAX_PAGE_SIZE;
  const first = args.first ?? options.default ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new BadUserInputError('first', `first must be between 0 and ${max}.`, { max });
  }
  return { limit: first, after: args.after ? decodeCursor(sort, args.after) : null, sort };
}

/** The filter selecting rows strictly after the cursor in the given ordering. */
export function keysetFilter(page: Page): Record<string, unknown> {
  if (!page.after) return {};
  const after = page.after;
  const alternatives = page.sort.map(([field, direction], i) => {
    const clause: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) clause[page.sort[j]![0]] = after[j];
    clause[field] = { [direction === 1 ? '$gt' : '$lt']: after[i] };
    return clause;
  });
  return alternatives.length === 1 ? alternatives[0]! : { $or: alternatives };
}

/** Mongo sort document for the ordering. */
export function sortDocument(sort: SortSpec): Record<string, 1 | -1> {
  return Object.fromEntries(sort.map(([f, d]) => [f, d]));
}

/**
 * Builds the connection from rows fetched with `limit + 1` (the extra row only tells whether a next
 * page exists). `toNode` maps a stored row to what the schema exposes.
 */
export function toConnection<R, N = R>(
  rows: R[],
  page: Page,
  totalCount: () => Promise<number>,
  toNode: (row: R) => N = (row) => row as unknown as N,
): Connection<N> {
  const visible = rows.slice(0, page.limit);
  const edges = visible.map((row) => ({
    cursor: encodeCursor(page.sort, page.sort.map(([field]) => valueAt(row, field))),
    node: toNode(row),
  }));
  let total: Promise<number> | undefined;
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (total ??= totalCount()),
  };
}

/** An empty connection (for a caller who may not see a list), its arguments validated like any other's. */
export function emptyConnection<N>(args: PageArgs, sort: SortSpec): Connection<N> {
  return toConnection<N>([], readPage(args, sort), async () => 0);
}

/** Combines Mongo filters with `$and`, dropping empty ones. */
export function allOf(...filters: Array<Record<string, unknown>>): Record<string, unknown> {
  const parts = filters.filter((f) => Object.keys(f).length > 0);
  if (parts.length === 0) return {};
  return parts.length === 1 ? parts[0]! : { $and: parts };
}

/*
 * What the database engine does with a page sorted on a field other than `_id`, read once per connection
 * from `buildInfo` (the code runs unchanged on all three; a few reads choose their shape by it):
 * - `ordered` (MongoDB 7): an index gives its records in order, the engine stops after the page;
 * - `unordered` (FerretDB 2 with DocumentDB 0.106): an index selects records but gives no order (only `_id`
 *   does), so the engine reads and sorts every record the index condition selects before cutting the page:
 *   a date window in the condition bounds that (subLists.ts `newestFirst`); and each condition of the index
 *   reads its value's entries whole, so broad ones are checked apart (broadConditions.ts);
 * - `scans` (FerretDB v1): every query but an `_id` equality reads the whole collection (repository.ts),
 *   so each extra query is a scan: one query is always best.
 */
import type { Connection, Schema } from 'mongoose';

export type ListReads = 'ordered' | 'unordered' | 'scans';

const known = new WeakMap<Connection, Promise<ListReads>>();

/** How the engine behind `connection` reads a sorted page (asked once, when the kit connects, then remembered). */
export function listReadsOf(connection: Connection): Promise<ListReads> {
  let reads = known.get(connection);
  if (!reads) {
    reads = connection
      .asPromise()
      .then((ready) => ready.db!.admin().command({ buildInfo: 1 }))
      .then((info): ListReads => (info.ferretdbVersion ? 'scans' : info.ferretdb ? 'unordered' : 'ordered'));
    // A failed question is asked again next time (the database may be starting).
    reads.catch(() => known.delete(connection));
    known.set(connection, reads);
  }
  return reads;
}

/** Tells the code to read as on another engine (tests of the windows on the default database). */
export function assumeListReads(connection: Connection, reads: ListReads): void {
  known.set(connection, Promise.resolve(reads));
}

/** An index's fields, as a schema declares them. */
export type IndexFields = Record<string, 1 | -1>;

/** An index declared for one kind of engine: its fields and, as `createIndex` takes them, its options (a name, a partial filter). */
export interface EngineIndex {
  fields: IndexFields;
  options?: { name?: string; partialFilterExpression?: Record<string, unknown> };
}

const engineOnly = new WeakMap<Schema, Array<EngineIndex & { reads: ListReads }>>();

/**
 * Declares an index that only an engine of kind `reads` is given (created by `ensureIndexes` beside the
 * schema's own): on DocumentDB one index may hold several array fields, which it searches path by path,
 * where MongoDB refuses every record holding two of them (parallel arrays).
 */
export function indexOnlyOn(reads: ListReads, schema: Schema, index: EngineIndex): void {
  engineOnly.set(schema, [...(engineOnly.get(schema) ?? []), { reads, ...index }]);
}

/** The indexes `indexOnlyOn` declared on `schema` for an engine of kind `reads`. */
export const indexesOnlyOn = (reads: ListReads, schema: Schema): EngineIndex[] => (engineOnly.get(schema) ?? []).filter((index) => index.reads === reads);

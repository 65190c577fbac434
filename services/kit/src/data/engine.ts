/*
 * What the database engine does with a page sorted on a field other than `_id`, read once per connection
 * from `buildInfo` (the code runs unchanged on all three; a few reads choose their shape by it):
 * - `ordered` (MongoDB 7): an index gives its records in order, the engine stops after the page;
 * - `unordered` (FerretDB 2 with DocumentDB 0.106): an index selects records but gives no order (only `_id`
 *   does), so the engine reads and sorts every record the index condition selects before cutting the page:
 *   a date window in the condition bounds that (subLists.ts `newestFirst`);
 * - `scans` (FerretDB v1): every query but an `_id` equality reads the whole collection (repository.ts),
 *   so each extra query is a scan: one query is always best.
 * And whether it runs `$unionWith` (hasUnionWith: FerretDB v1 does not), which a counter read uses.
 */
import type { Connection } from 'mongoose';

export type ListReads = 'ordered' | 'unordered' | 'scans';

const infos = new WeakMap<Connection, Promise<Record<string, unknown>>>();
/** Read as on another engine (assumeListReads). */
const assumed = new WeakMap<Connection, ListReads>();

/** The engine's `buildInfo`, asked once per connection (a failed question is asked again next time: the database may be starting). */
function buildInfoOf(connection: Connection): Promise<Record<string, unknown>> {
  let info = infos.get(connection);
  if (!info) {
    info = connection.asPromise().then((ready) => ready.db!.admin().command({ buildInfo: 1 }));
    info.catch(() => infos.delete(connection));
    infos.set(connection, info);
  }
  return info;
}

/** How the engine behind `connection` reads a sorted page (asked once, then remembered). */
export function listReadsOf(connection: Connection): Promise<ListReads> {
  const reads = assumed.get(connection);
  if (reads) return Promise.resolve(reads);
  return buildInfoOf(connection).then((info): ListReads => (info.ferretdbVersion ? 'scans' : info.ferretdb ? 'unordered' : 'ordered'));
}

/**
 * Whether the engine runs `$unionWith` (MongoDB, FerretDB 2 with DocumentDB; not FerretDB v1), whatever
 * assumeListReads says (a test reading as on another engine still runs on this one).
 */
export const hasUnionWith = (connection: Connection): Promise<boolean> => buildInfoOf(connection).then((info) => !info.ferretdbVersion);

/** Tells the code to read as on another engine (tests of the windows on the default database). */
export function assumeListReads(connection: Connection, reads: ListReads): void {
  assumed.set(connection, reads);
}

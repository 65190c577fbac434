import type { Query } from 'mongoose';

/**
 * Reads a whole result in one reply (servers cap a reply at 16 MB: tens of thousands of territories).
 * By default the driver takes 101 documents, then one more round trip per further batch, and the
 * round trips of a request would grow with the size of its results.
 */
const ONE_REPLY = 100_000;

export const readAll = async <T>(query: Query<any, any>): Promise<T[]> => (await query.batchSize(ONE_REPLY).lean<T[]>().exec()) ?? [];

/**
 * The filter selecting these ids. FerretDB hands an `{ _id: value }` filter to SQLite but reads the
 * whole collection for `$in`: a lookup of one id (one commune among 35,000) is much faster this way.
 */
export const byIds = (ids: readonly string[]) => (ids.length === 1 ? { _id: ids[0]! } : { _id: { $in: [...ids] } });

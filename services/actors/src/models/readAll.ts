import type { Query } from 'mongoose';

/**
 * Reads a whole result as plain objects. It comes in one reply: the kit's connection gives every find
 * `ONE_REPLY_BATCH_SIZE` (not the driver's batches of 101), so round trips do not grow with result sizes.
 */
export const readAll = async <T>(query: Query<any, any>): Promise<T[]> => (await query.lean<T[]>().exec()) ?? [];

/**
 * The filter selecting these ids. FerretDB hands an `{ _id: value }` filter to SQLite but reads the
 * whole collection for `$in`: a lookup of one id (one commune among 35,000) is much faster this way.
 */
export const byIds = (ids: readonly string[]) => (ids.length === 1 ? { _id: ids[0]! } : { _id: { $in: [...ids] } });

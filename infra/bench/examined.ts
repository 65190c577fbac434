// Documents examined per request, from the engine's own statistics (issue 15): the work the database
// does for a request, which round trips alone do not show (one round trip may scan a whole collection).
// Measured apart from the timed measurements, on the idle stack: read the engine's counter, send a few
// requests of a workload one at a time, wait until the counter settles, read it again.

import { MongoClient } from 'mongodb';
import { Client } from 'pg';

/** What the engine has examined since it started (counters: only their differences mean something). */
export interface ExaminedCounts {
  /** Documents (rows) read. */
  documents: number;
  /** Index keys (entries) read; null when the engine does not say. */
  indexKeys: number | null;
}

/** Where the counts come from. */
export interface ExaminedSource {
  /** In the report's words: which engine statistic. */
  describe: string;
  read(): Promise<ExaminedCounts>;
  /**
   * How long to wait after the last request before the counter is complete (ms), and then how far apart
   * two equal readings must be: PostgreSQL publishes a backend's counts late (see `postgresSource`).
   */
  settle: { minMs: number; stableMs: number; maxMs: number } | null;
  close(): Promise<void>;
}

/** Shown where the engine gives no statistic of the documents it examines (FerretDB v1). */
export const NO_STATISTICS = 'n/a (engine gives no statistics)';

const toNumber = (value: unknown): number | null => {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  // The driver's Long (when it does not promote them to numbers).
  if (value && typeof value === 'object' && 'toNumber' in value && typeof value.toNumber === 'function') return (value as { toNumber(): number }).toNumber();
  return null;
};

/**
 * MongoDB's `serverStatus` counters: `metrics.queryExecutor.scannedObjects` (documents examined) and
 * `.scanned` (index keys examined); null when the engine has none (FerretDB, v1 or v2).
 */
export function queryExecutorCounts(serverStatus: unknown): ExaminedCounts | null {
  const executor = (serverStatus as { metrics?: { queryExecutor?: { scannedObjects?: unknown; scanned?: unknown } } } | null)?.metrics?.queryExecutor;
  const documents = toNumber(executor?.scannedObjects);
  if (documents === null) return null;
  return { documents, indexKeys: toNumber(executor?.scanned) };
}

/** PostgreSQL's `SELECT` answer (text or numbers: sums of bigints come back as strings) as counts. */
export function postgresCounts(row: { examined?: unknown; index_entries?: unknown } | undefined): ExaminedCounts {
  return { documents: toNumber(row?.examined) ?? 0, indexKeys: toNumber(row?.index_entries) };
}

/** Per request: the difference of two readings over the requests sent (null fields stay null). */
export function perRequest(before: ExaminedCounts, after: ExaminedCounts, requests: number): ExaminedCounts | null {
  if (requests <= 0) return null;
  const indexKeys = before.indexKeys === null || after.indexKeys === null ? null : (after.indexKeys - before.indexKeys) / requests;
  return { documents: (after.documents - before.documents) / requests, indexKeys };
}

/**
 * Rows read from the collections' tables of a DocumentDB-backed engine (FerretDB 2.x), summed over the
 * bench's databases: sequential scans' rows and rows fetched through an index (`pg_stat_all_tables`),
 * and the entries read from the tables' indexes (`pg_stat_all_indexes`). The statistics are per backend
 * and published late: each backend writes its counts at most once a second, and, if it wrote less than
 * a second earlier, when it next ends a transaction or after 10 s idle; so a reading is complete only
 * about 11 s after the last request.
 */
const POSTGRES_EXAMINED = `
  SELECT coalesce(sum(s.seq_tup_read + coalesce(s.idx_tup_fetch, 0)), 0) AS examined,
         coalesce(sum((SELECT coalesce(sum(i.idx_tup_read), 0) FROM pg_stat_all_indexes i WHERE i.relid = s.relid)), 0) AS index_entries
  FROM documentdb_api_catalog.collections c
  JOIN pg_stat_all_tables s ON s.schemaname = 'documentdb_data' AND s.relname = 'documents_' || c.collection_id
  WHERE c.database_name = ANY($1::text[])`;

async function postgresSource(postgresUri: string, databases: string[]): Promise<ExaminedSource> {
  const client = new Client({ connectionString: postgresUri, application_name: 'fabrique-bench' });
  await client.connect();
  // No snapshot of the statistics kept within the session: each reading sees what was published.
  await client.query('SET stats_fetch_consistency = none');
  return {
    describe: `PostgreSQL's pg_stat_all_tables (seq_tup_read + idx_tup_fetch) and pg_stat_all_indexes (idx_tup_read) of the collections' tables of ${databases.join(', ')} (BENCH_POSTGRES_URI)`,
    read: async () => postgresCounts((await client.query(POSTGRES_EXAMINED, [databases])).rows[0]),
    settle: { minMs: 11_000, stableMs: 2_000, maxMs: 20_000 },
    close: () => client.end(),
  };
}

/**
 * Where the bench reads the documents the engine examines: PostgreSQL's table statistics when
 * `postgresUri` (BENCH_POSTGRES_URI) is given (FerretDB 2.x with DocumentDB), else MongoDB's
 * `serverStatus` query executor counters (server-wide: nothing else should use the server during the
 * probe); a string saying why not when the engine has neither (FerretDB v1 examines whole collections
 * for anything but an `_id` equality, and does not count it).
 */
export async function examinedSource(mongoUri: string, databases: string[], postgresUri?: string): Promise<ExaminedSource | string> {
  if (postgresUri) return postgresSource(postgresUri, databases);
  const client = new MongoClient(mongoUri);
  await client.connect();
  const read = async () => queryExecutorCounts(await client.db('admin').command({ serverStatus: 1 }));
  const first = await read().catch(() => null);
  if (!first) {
    const ferretdb = (await client.db('admin').command({ buildInfo: 1 }).catch(() => null))?.ferretdb as { version?: string } | undefined;
    await client.close();
    const v2 = ferretdb?.version?.startsWith('v2') ? ' (FerretDB 2 with DocumentDB: set BENCH_POSTGRES_URI to its PostgreSQL)' : '';
    return `${NO_STATISTICS}${v2}`;
  }
  return {
    describe: 'serverStatus metrics.queryExecutor.scannedObjects (documents) and .scanned (index keys), server-wide',
    read: async () => (await read())!,
    settle: null,
    close: () => client.close(),
  };
}

/** Reads the counter again until it is complete (see `ExaminedSource.settle`); how long that took. */
export async function settledReading(source: ExaminedSource): Promise<{ counts: ExaminedCounts; waitedMs: number; settled: boolean }> {
  const started = Date.now();
  if (!source.settle) return { counts: await source.read(), waitedMs: 0, settled: true };
  const { minMs, stableMs, maxMs } = source.settle;
  await new Promise((r) => setTimeout(r, minMs));
  let previous = await source.read();
  while (Date.now() - started + stableMs <= maxMs) {
    await new Promise((r) => setTimeout(r, stableMs));
    const next = await source.read();
    if (next.documents === previous.documents && next.indexKeys === previous.indexKeys) return { counts: next, waitedMs: Date.now() - started, settled: true };
    previous = next;
  }
  return { counts: previous, waitedMs: Date.now() - started, settled: false };
}

import { Long } from 'mongodb';
import { mongodbUri } from '@fabrique/kit/testing';
import { examinedSource, NO_STATISTICS, perRequest, postgresCounts, queryExecutorCounts, settledReading, type ExaminedSource } from '../bench/examined';
import { examinedTable, type ExaminedReport } from '../bench/report';

// Documents examined per request (issue 15): reading the engines' statistics, averaging, and the report;
// no PostgreSQL needed (the DocumentDB source is exercised by the bench itself).

const probed = (workload: string, documents: number, indexKeys: number | null) => ({
  workload,
  requests: 20,
  errors: 0,
  roundTripsPerRequest: 4,
  documentsPerRequest: documents,
  indexKeysPerRequest: indexKeys,
  waitedMs: 13_000,
  settled: true,
});

describe('documents examined per request', () => {
  it("reads MongoDB's query executor counters, as numbers or Longs, and nothing from an engine without them", () => {
    expect(queryExecutorCounts({ metrics: { queryExecutor: { scanned: 120, scannedObjects: 45 } } })).toEqual({ documents: 45, indexKeys: 120 });
    expect(queryExecutorCounts({ metrics: { queryExecutor: { scanned: Long.fromNumber(7), scannedObjects: Long.fromNumber(3_000_000_000) } } })).toEqual({ documents: 3_000_000_000, indexKeys: 7 });
    expect(queryExecutorCounts({ metrics: { queryExecutor: { scannedObjects: 9 } } })).toEqual({ documents: 9, indexKeys: null });
    // FerretDB (v1 and v2): serverStatus has metrics.commands only.
    expect(queryExecutorCounts({ metrics: { commands: { find: { total: 3 } } }, ferretdb: { version: 'v2.5.0' } })).toBeNull();
    expect(queryExecutorCounts({ ok: 1 })).toBeNull();
  });

  it("reads PostgreSQL's sums, which come back as text", () => {
    expect(postgresCounts({ examined: '96921', index_entries: '26484' })).toEqual({ documents: 96_921, indexKeys: 26_484 });
    expect(postgresCounts({ examined: 0, index_entries: null })).toEqual({ documents: 0, indexKeys: null });
    expect(postgresCounts(undefined)).toEqual({ documents: 0, indexKeys: null });
  });

  it('averages the difference of two readings over the requests sent', () => {
    expect(perRequest({ documents: 1_000, indexKeys: 50 }, { documents: 1_600, indexKeys: 110 }, 30)).toEqual({ documents: 20, indexKeys: 2 });
    expect(perRequest({ documents: 10, indexKeys: null }, { documents: 40, indexKeys: null }, 20)).toEqual({ documents: 1.5, indexKeys: null });
    expect(perRequest({ documents: 10, indexKeys: 1 }, { documents: 40, indexKeys: 1 }, 0)).toBeNull();
  });

  it('waits for a late-publishing counter to hold still before reading it, and gives up at the limit', async () => {
    const readings = [100, 140, 150, 150, 150];
    let reads = 0;
    const source: ExaminedSource = {
      describe: 'test',
      read: async () => ({ documents: readings[Math.min(reads++, readings.length - 1)]!, indexKeys: null }),
      settle: { minMs: 10, stableMs: 5, maxMs: 1_000 },
      close: async () => undefined,
    };
    const settled = await settledReading(source);
    expect(settled).toMatchObject({ counts: { documents: 150, indexKeys: null }, settled: true });
    expect(settled.waitedMs).toBeGreaterThanOrEqual(10);

    let moving = 0;
    const restless: ExaminedSource = { ...source, read: async () => ({ documents: (moving += 1), indexKeys: null }), settle: { minMs: 5, stableMs: 5, maxMs: 30 } };
    expect(await settledReading(restless)).toMatchObject({ settled: false });
    // Without settling (MongoDB counts at once), one reading.
    reads = 0;
    expect(await settledReading({ ...source, settle: null })).toEqual({ counts: { documents: 100, indexKeys: null }, waitedMs: 0, settled: true });
  });

  it('reports each workload per request beside its round trips, and n/a where the engine gives no statistics', () => {
    const measured: ExaminedReport = { source: "PostgreSQL's pg_stat_all_tables", requests: 20, workloads: [probed('dashboard', 312.5, 40), probed('search', 12, null)] };
    const text = examinedTable({ examined: measured });
    expect(text).toContain('| dashboard | 20 | 4.00 | 312.5 | 40.0 |');
    expect(text).toContain('| search | 20 | 4.00 | 12.0 | – |');
    const unsettled = examinedTable({ examined: { ...measured, workloads: [{ ...probed('search', 12, null), settled: false, waitedMs: 20_000 }] } });
    expect(unsettled).toContain('12.0 (still moving after 20 s)');

    const none: ExaminedReport = { source: null, unavailable: NO_STATISTICS, requests: 0, workloads: [{ ...probed('dashboard', 0, null), requests: 0, documentsPerRequest: null }] };
    const na = examinedTable({ examined: none });
    expect(na).toContain(`Documents examined per request: ${NO_STATISTICS}.`);
    expect(na).toContain(`| dashboard | – | – | ${NO_STATISTICS} | – |`);
    expect(examinedTable({ examined: null })).toContain('not measured');
  });

  it('finds the statistics the test database gives: none on FerretDB v1 (n/a), the query executor on MongoDB', async () => {
    const source = await examinedSource(mongodbUri(), ['bench_test_unused']);
    if (typeof source === 'string') {
      expect(source.startsWith(NO_STATISTICS)).toBe(true);
      return;
    }
    try {
      const counts = await source.read();
      expect(counts.documents).toBeGreaterThanOrEqual(0);
    } finally {
      await source.close();
    }
  });
});

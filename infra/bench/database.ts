import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { Client } from 'pg';
import { startFerretdb } from '../src/db/ferretdb';
import type { ServiceName } from '../src/seed';
import { rebuildOutdatedStatistics, rebuildSearchMarks } from '../src/statistics';
import { ROOT } from '../src/tasks';
import { loadDataset } from './dataset';
import type { DatasetManifest, DatasetScale } from './dataset/manifest';

/** Everything the bench keeps between runs: its FerretDB files, the dataset manifests, logs. */
export const BENCH_DATA_DIR = join(ROOT, '.data', 'bench');

/** The bench's own databases, never the demo's (`bench_full_actors`, `bench_quick_knowledge`). */
export const benchDatabaseName = (scale: DatasetScale) => (service: ServiceName) => `bench_${scale}_${service}`;

export interface BenchDatabase {
  uri: string;
  external: boolean;
  /** pid of the FerretDB the bench started (for its peak memory). */
  pid?: number;
  stop(): Promise<void>;
}

/** The server at MONGODB_URI if set (nothing started), else a FerretDB of the bench's own (BENCH_FERRETDB_PORT, 27117). */
export async function provideBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const external = process.env.MONGODB_URI;
  if (external) {
    log('Using the database at MONGODB_URI (nothing started).');
    return { uri: external, external: true, stop: async () => undefined };
  }
  const port = Number(process.env.BENCH_FERRETDB_PORT ?? 27117);
  const dataDir = join(BENCH_DATA_DIR, 'ferretdb');
  const db = await startFerretdb({ port, dataDir, log });
  log(`FerretDB listening on 127.0.0.1:${port} (data in ${dataDir}).`);
  return { uri: db.uri, external: false, pid: db.process.pid, stop: db.stop };
}

/** Collections whose size shows a dataset is still there (publishing only adds to them), by manifest count. */
const WITNESSES: { service: ServiceName; collection: string; count: string }[] = [
  { service: 'actors', collection: 'organisations', count: 'organisations' },
  { service: 'conventions', collection: 'conventions', count: 'conventions' },
  { service: 'conventions', collection: 'applications', count: 'applications' },
  { service: 'knowledge', collection: 'experiences', count: 'experiences' },
];
const MARKER = { service: 'knowledge' as ServiceName, collection: 'bench_dataset', id: 'manifest' };

interface CachedManifest {
  server: string;
  manifest: DatasetManifest;
}

const serverOf = (uri: string) => new URL(uri).host;

/** Why the databases no longer hold the cached dataset, or null when they do. */
async function staleReason(uri: string, scale: DatasetScale, manifest: DatasetManifest): Promise<string | null> {
  const client = new MongoClient(uri);
  try {
    await client.connect();
    const name = benchDatabaseName(scale);
    const marker = await client.db(name(MARKER.service)).collection<{ _id: string; loadedAt: string }>(MARKER.collection).findOne({ _id: MARKER.id });
    if (marker?.loadedAt !== manifest.loadedAt) return 'the databases were loaded by another run';
    for (const w of WITNESSES) {
      const expected = manifest.counts[w.count];
      if (expected === undefined) continue;
      const actual = await client.db(name(w.service)).collection(w.collection).estimatedDocumentCount();
      if (actual < expected) return `${w.collection}: ${actual} documents, the dataset has ${expected}`;
    }
    return null;
  } finally {
    await client.close();
  }
}

async function markLoaded(uri: string, scale: DatasetScale, manifest: DatasetManifest): Promise<void> {
  const client = new MongoClient(uri);
  try {
    await client.connect();
    const collection = client.db(benchDatabaseName(scale)(MARKER.service)).collection<{ _id: string; loadedAt: string }>(MARKER.collection);
    await collection.deleteOne({ _id: MARKER.id });
    await collection.insertOne({ _id: MARKER.id, loadedAt: manifest.loadedAt });
  } finally {
    await client.close();
  }
}

/**
 * The dataset of that scale, loaded with the loader unless the databases still hold the one
 * described by `.data/bench/manifest-<scale>.json` (same server, marker and counts); `reload` forces.
 */
export async function ensureDataset(
  uri: string,
  scale: DatasetScale,
  reload: boolean,
  log: (line: string) => void,
  postgresUri?: string,
): Promise<{ manifest: DatasetManifest; loaded: boolean; seconds: number }> {
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const file = join(BENCH_DATA_DIR, `manifest-${scale}.json`);
  const started = Date.now();
  if (existsSync(createdFile(scale))) {
    log('Removing the experiences a previous run created...');
    await removeCreatedExperiences(uri, scale);
  }
  if (!reload && existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CachedManifest;
    const reason = cached.server === serverOf(uri) ? await staleReason(uri, scale, cached.manifest) : 'it was loaded into another server';
    if (!reason) {
      log(`Dataset "${scale}" already loaded (${cached.manifest.loadedAt}); --reload loads it again.`);
      // Counters built for older figures (a service added one since the load) are rebuilt, not the whole dataset.
      await rebuildOutdatedStatistics(uri, log, benchDatabaseName(scale));
      await rebuildSearchMarks(uri, log, benchDatabaseName(scale));
      return { manifest: cached.manifest, loaded: false, seconds: (Date.now() - started) / 1000 };
    }
    log(`Loading the dataset again: ${reason}.`);
  }
  log(`Loading the "${scale}" dataset...`);
  const manifest = await loadDataset({ uri, databaseName: benchDatabaseName(scale), scale, log: (line) => log(`  ${line}`) });
  await markLoaded(uri, scale, manifest);
  if (postgresUri) await analyzeLoaded(postgresUri, log);
  writeFileSync(file, `${JSON.stringify({ server: serverOf(uri), manifest } satisfies CachedManifest, null, 2)}\n`);
  return { manifest, loaded: true, seconds: (Date.now() - started) / 1000 };
}

/**
 * PostgreSQL plans the first queries on freshly loaded tables without statistics until its autovacuum
 * analyzes them: the first searches after a load examined twice the records (497.7 against 244.8 per
 * search on the quick dataset, 2026-12-08). FerretDB 2 with DocumentDB: they are gathered at once.
 */
async function analyzeLoaded(postgresUri: string, log: (line: string) => void): Promise<void> {
  const client = new Client({ connectionString: postgresUri, application_name: 'fabrique-bench' });
  const started = Date.now();
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  log(`  PostgreSQL's statistics of the loaded tables gathered (ANALYZE) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const createdFile = (scale: DatasetScale) => join(BENCH_DATA_DIR, `created-${scale}.json`);

/**
 * Removes the experiences the publishing workload created (records, search entries, revisions), so
 * that the dataset stays the one its manifest describes and every run measures the same data. The ids
 * are written down first: when the database is too busy to finish now (a run stopped under load), the
 * next run removes them before anything else.
 */
export async function removeCreatedExperiences(uri: string, scale: DatasetScale, ids: string[] = []): Promise<void> {
  const file = createdFile(scale);
  const pending = [...new Set([...(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []), ...ids])];
  if (!pending.length) return;
  writeFileSync(file, JSON.stringify(pending));
  const client = new MongoClient(uri);
  try {
    await client.connect();
    const db = client.db(benchDatabaseName(scale)('knowledge'));
    for (let i = 0; i < pending.length; i += 500) {
      const batch = pending.slice(i, i + 500);
      await db.collection<{ _id: string }>('experiences').deleteMany({ _id: { $in: batch } });
      await db.collection<{ _id: string }>('search_entries').deleteMany({ _id: { $in: batch.map((id) => `EXPERIENCE:${id}`) } });
      await db.collection('revisions').deleteMany({ collectionName: 'experiences', entityId: { $in: batch } });
    }
    rmSync(file);
  } finally {
    await client.close();
  }
}

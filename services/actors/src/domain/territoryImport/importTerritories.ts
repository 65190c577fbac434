import { createHash } from 'node:crypto';
import type { Model, mongo } from 'mongoose';
import { isDuplicateKeyError } from '@fabrique/kit';
import type { TerritoryRepository } from '../../models/territories/repository';
import type { TerritoryRecord } from '../../models/territories/schema';
import type { ReferenceData } from './referenceData';
import { buildTerritoryRecords, inPartialImport, type BuildOptions } from './territoryRecords';

export interface ImportReport {
  edition: string;
  /** Ids of the territories added. */
  created: string[];
  /** Ids of the territories whose name, population or links changed. */
  updated: string[];
  /** Ids of the territories this edition no longer lists (merged communes...): kept, marked `retiredIn`. */
  retired: string[];
  unchanged: number;
  /** Collections rewritten in full (many changes) rather than record by record. */
  rebuilt: string[];
  /** True when the last import wanted the very same records: nothing was read or compared. */
  skipped?: boolean;
}

interface ImportOptions extends BuildOptions {
  /**
   * Above this many changed records, a collection is rebuilt beside the old one and swapped in, rather
   * than updated record by record: FerretDB scans the collection for every update (the kit's data/repository.ts), and a new yearly
   * edition changes the population of nearly every commune.
   */
  rebuildAbove?: number;
  /** Compare every record even when the last import wanted the same ones. */
  force?: boolean;
}

const DEFAULT_REBUILD_ABOVE = 200;
const INSERTS_PER_COMMAND = 2000;
// Under the 100 statements FerretDB never answers (the kit's data/repository.ts).
const UPDATES_PER_COMMAND = 50;

const COMPARED = ['level', 'code', 'name', 'searchName', 'nameWords', 'population', 'parentId', 'regionId', 'epciId', 'epciType', 'chefLieuId', 'scope', 'retiredIn'] as const;
const differs = (a: TerritoryRecord, b: TerritoryRecord) => COMPARED.some((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null));

interface Plan {
  created: TerritoryRecord[];
  updated: TerritoryRecord[];
  retired: TerritoryRecord[];
  unchanged: number;
  /** The whole collection once the import is done. */
  final: TerritoryRecord[];
}

function plan(existing: TerritoryRecord[], wanted: TerritoryRecord[], inScope: (t: TerritoryRecord) => boolean, edition: string): Plan {
  const stored = new Map(existing.map((t) => [t._id, t]));
  const result: Plan = { created: [], updated: [], retired: [], unchanged: 0, final: [...wanted] };
  for (const territory of wanted) {
    const current = stored.get(territory._id);
    stored.delete(territory._id);
    if (!current) result.created.push(territory);
    else if (differs(current, territory)) result.updated.push(territory);
    else result.unchanged += 1;
  }
  for (const left of stored.values()) {
    const retire = left.retiredIn == null && inScope(left);
    const kept = retire ? { ...left, retiredIn: edition } : left;
    if (retire) result.retired.push(kept);
    else result.unchanged += 1;
    result.final.push(kept);
  }
  return result;
}

/** The driver's collection of a model (bulk writes need no mongoose document). */
const driverCollection = (model: Model<TerritoryRecord>) => model.db.db!.collection<TerritoryRecord>(model.collection.collectionName);

async function insertAll(collection: mongo.Collection<TerritoryRecord>, records: TerritoryRecord[]) {
  for (let i = 0; i < records.length; i += INSERTS_PER_COMMAND) {
    // A concurrent import may have inserted some of them already: same data, nothing to do.
    await collection.insertMany(records.slice(i, i + INSERTS_PER_COMMAND), { ordered: false }).catch((error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error;
    });
  }
}

/**
 * Writes the whole collection beside the old one, with its indexes, then swaps it in. FerretDB has no
 * `renameCollection` with `dropTarget`, so the swap is a drop then a rename: readers may find the
 * collection empty for a few milliseconds. A crash in between is repaired by running the import again.
 */
async function rebuild(model: Model<TerritoryRecord>, records: TerritoryRecord[]) {
  const db = model.db.db!;
  const name = model.collection.collectionName;
  const stagingName = `${name}_import`;
  await db.dropCollection(stagingName).catch(() => undefined);
  const staging = await db.createCollection<TerritoryRecord>(stagingName);
  for (const [fields, options] of model.schema.indexes()) await staging.createIndex(fields as Record<string, 1 | -1>, options as { unique?: boolean });
  await insertAll(staging, records);
  await db.dropCollection(name).catch(() => undefined);
  await staging.rename(name);
}

async function writePlan(model: Model<TerritoryRecord>, changes: Plan, rebuildAbove: number): Promise<boolean> {
  const replaced = [...changes.updated, ...changes.retired];
  if (replaced.length > rebuildAbove) {
    await rebuild(model, changes.final);
    return true;
  }
  await insertAll(driverCollection(model), changes.created);
  for (let i = 0; i < replaced.length; i += UPDATES_PER_COMMAND) {
    const ops = replaced.slice(i, i + UPDATES_PER_COMMAND).map((t) => ({ replaceOne: { filter: { _id: t._id }, replacement: t } }));
    await model.bulkWrite(ops, { ordered: false });
  }
  return false;
}

/** What the stored territories depend on: the records wanted and the département filter. */
const fingerprintOf = (wanted: TerritoryRecord[], options: ImportOptions) =>
  createHash('sha256')
    .update(JSON.stringify({ departements: options.departements ? [...options.departements].sort() : null, wanted }))
    .digest('hex');

/**
 * Idempotent import of an edition of the reference data: new territories are bulk-inserted, changed
 * ones replaced, territories the edition no longer lists are marked retired (never deleted: other
 * subgraphs may refer to them), identical ones left alone. Running it twice writes nothing the second
 * time; when the last import that completed wanted the very same records (same edition, same code), it
 * does not even read them again. With `departements`, only the territories `inPartialImport` keeps are
 * touched.
 */
export async function importTerritories(repository: TerritoryRepository, data: ReferenceData, options: ImportOptions = {}): Promise<ImportReport> {
  const records = buildTerritoryRecords(data);
  const inScope = options.departements ? inPartialImport(records, options.departements, options.named) : () => true;
  const wanted = records.filter(inScope);
  const report: ImportReport = { edition: data.edition, created: [], updated: [], retired: [], unchanged: 0, rebuilt: [] };
  const fingerprint = fingerprintOf(wanted, options);
  const last = await repository.lastImport();
  if (last?.fingerprint === fingerprint && !options.force) return { ...report, unchanged: last.count, skipped: true };
  // Until this import completes, no import may be skipped (one interrupted mid-way is done again).
  await repository.forgetImport();
  for (const model of repository.collections) {
    const mine = wanted.filter((t) => repository.modelOf(t.level) === model);
    const changes = plan(await repository.all(model), mine, inScope, data.edition);
    if (await writePlan(model, changes, options.rebuildAbove ?? DEFAULT_REBUILD_ABOVE)) report.rebuilt.push(model.collection.collectionName);
    report.created.push(...changes.created.map((t) => t._id));
    report.updated.push(...changes.updated.map((t) => t._id));
    report.retired.push(...changes.retired.map((t) => t._id));
    report.unchanged += changes.unchanged;
  }
  const count = report.created.length + report.updated.length + report.retired.length + report.unchanged;
  await repository.recordImport({ fingerprint, edition: data.edition, count, at: new Date() });
  return report;
}

/** The report in a few lines' worth: counts, and the first ids of each change. */
export function summarizeImport(report: ImportReport, ids = 10) {
  const some = (list: string[]) => (list.length > ids ? [...list.slice(0, ids), `… ${list.length - ids} more`] : list);
  return {
    edition: report.edition,
    created: report.created.length,
    updated: report.updated.length,
    retired: report.retired.length,
    unchanged: report.unchanged,
    ...(report.rebuilt.length > 0 ? { rebuilt: report.rebuilt } : {}),
    ...(report.skipped ? { skipped: true } : {}),
    changes: { created: some(report.created), updated: some(report.updated), retired: some(report.retired) },
  };
}

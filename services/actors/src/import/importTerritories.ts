import type { TerritoryRepository } from '../models/territories/repository';
import type { TerritoryRecord } from '../models/territories/schema';
import { buildTerritoryRecords, type ReferenceData } from './referenceData';

export interface ImportReport {
  edition: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Ids whose content changed, for the log of a new yearly edition. */
  changedIds: string[];
}

const FIELDS: Array<keyof TerritoryRecord> = ['level', 'code', 'name', 'searchName', 'population', 'parentId', 'chefLieuId', 'scope', 'edition'];

function differs(a: TerritoryRecord, b: TerritoryRecord): boolean {
  return FIELDS.some((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

/**
 * Idempotent import of the reference data: new territories are inserted, changed ones replaced in
 * place, identical ones left alone; running it twice writes nothing the second time.
 */
export async function importTerritories(repository: TerritoryRepository, data: ReferenceData): Promise<ImportReport> {
  const wanted = buildTerritoryRecords(data);
  const existing = new Map((await repository.model.find({}).lean<TerritoryRecord[]>().exec()).map((t) => [t._id, t]));
  const report: ImportReport = { edition: data.edition, created: 0, updated: 0, unchanged: 0, changedIds: [] };
  const created: TerritoryRecord[] = [];
  const updates = [];
  for (const territory of wanted) {
    const current = existing.get(territory._id);
    if (current && !differs(current, territory)) {
      report.unchanged += 1;
      continue;
    }
    if (current) {
      report.updated += 1;
      report.changedIds.push(territory._id);
      updates.push({ replaceOne: { filter: { _id: territory._id }, replacement: territory } });
    } else {
      report.created += 1;
      created.push(territory);
    }
  }
  // New territories go in as plain inserts: an upsert costs a lookup per document.
  for (let i = 0; i < created.length; i += 1000) {
    await repository.model.insertMany(created.slice(i, i + 1000), { ordered: false, lean: true });
  }
  if (updates.length > 0) await repository.model.bulkWrite(updates, { ordered: false });
  return report;
}

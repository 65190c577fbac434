// The search entries checked against the records they are built from (`npm run statistics`), and set
// right (`-- --rebuild`): the search index is precomputed, so it is compared with the direct computation,
// `searchEntryOf` of each record. Records and entries are walked side by side in `_id` order (two
// cursors: memory does not grow with the collections).
import { WRITE_BATCH } from '@fabrique/kit';
import type { PublicationRecord } from '../../models/publications/schema';
import { KNOWLEDGE_TYPES, type KnowledgeType, type SearchEntryRecord } from '../../models/search/schema';
import type { Repositories } from '../../repositories';
import { searchEntryOf } from './entries';

type Indexing = Pick<Repositories, 'experiences' | 'resources' | 'searchEntries'>;

/**
 * What is wrong with an entry: none for its record (`missing`), no record for it (`orphan`), built from
 * an older version (`stale`, a write that died between the record and its entry), from a later one
 * (`ahead`: a record restored from a backup), or from the same version otherwise (`different`: built by
 * other rules, an edit around the service).
 */
export type EntryProblem = 'missing' | 'orphan' | 'stale' | 'ahead' | 'different';

export interface EntryCheck {
  /** Records and entries looked at. */
  records: number;
  entries: number;
  problems: Array<{ entry: string; problem: EntryProblem }>;
}

/** What a rebuild did: the entries written again from their records, and those removed. */
export interface EntryRebuild {
  records: number;
  written: number;
  removed: number;
}

/** The fields an entry is compared on, in one order, dates as instants. */
const comparable = (e: SearchEntryRecord) =>
  JSON.stringify([e.type, e.itemId, e.version, e.status, new Date(e.listedAt).getTime(), e.themeScope, e.territoryScope, e.programmeId ?? null, e.terms, e.stats, e.format ?? null]);

/** Ids compared as the database orders them (bytes of UTF-8). */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

interface Pair {
  record?: PublicationRecord;
  entry?: SearchEntryRecord;
}

/** Records and their entries side by side, both cursors in item `_id` order. */
async function* pairs(records: AsyncIterable<PublicationRecord>, entries: AsyncIterable<SearchEntryRecord>): AsyncGenerator<Pair> {
  const recordsLeft = records[Symbol.asyncIterator]();
  const entriesLeft = entries[Symbol.asyncIterator]();
  let record = await recordsLeft.next();
  let entry = await entriesLeft.next();
  while (!record.done || !entry.done) {
    const order = record.done ? 1 : entry.done ? -1 : byteOrder(record.value._id, entry.value.itemId);
    yield { record: order <= 0 ? record.value : undefined, entry: order >= 0 ? entry.value : undefined };
    if (order <= 0) record = await recordsLeft.next();
    if (order >= 0) entry = await entriesLeft.next();
  }
}

/** What is wrong with the pair (null: the entry is its record's), and the entry its record gives. */
function diagnose(type: KnowledgeType, { record, entry }: Pair): { problem: EntryProblem | null; expected?: SearchEntryRecord } {
  if (!record) return { problem: 'orphan' };
  const expected = searchEntryOf(type, record);
  if (!entry) return { problem: 'missing', expected };
  if (entry.version < record.version) return { problem: 'stale', expected };
  if (entry.version > record.version) return { problem: 'ahead', expected };
  return { problem: comparable(entry) === comparable(expected) ? null : 'different', expected };
}

const repositoryOf = (repositories: Indexing, type: KnowledgeType) => (type === 'EXPERIENCE' ? repositories.experiences : repositories.resources);

/** Every pair of each type, diagnosed. */
async function* diagnosed(repositories: Indexing) {
  for (const type of KNOWLEDGE_TYPES) {
    for await (const pair of pairs(repositoryOf(repositories, type).inIdOrder(), repositories.searchEntries.inItemOrder(type))) {
      yield { type, pair, ...diagnose(type, pair), id: `${type}:${pair.record?._id ?? pair.entry!.itemId}` };
    }
  }
}

/** Compares every entry with its record's (`searchEntryOf`). */
export async function checkEntries(repositories: Indexing): Promise<EntryCheck> {
  const check: EntryCheck = { records: 0, entries: 0, problems: [] };
  for await (const { pair, problem, id } of diagnosed(repositories)) {
    if (pair.record) check.records += 1;
    if (pair.entry) check.entries += 1;
    if (problem) check.problems.push({ entry: id, problem });
  }
  return check;
}

/**
 * Writes again every entry that is not its record's and removes the orphans. Entries behind or beside
 * their record are written guarded by version (a write racing the rebuild keeps its newer entry); one
 * ahead of its record is overwritten.
 */
export async function rebuildEntries(repositories: Indexing): Promise<EntryRebuild> {
  const { searchEntries } = repositories;
  const result: EntryRebuild = { records: 0, written: 0, removed: 0 };
  const fixes = { insert: [] as SearchEntryRecord[], save: [] as SearchEntryRecord[], overwrite: [] as SearchEntryRecord[], remove: [] as string[] };
  const flush = async () => {
    await searchEntries.insertMissing(fixes.insert);
    await searchEntries.save(fixes.save);
    await searchEntries.overwrite(fixes.overwrite);
    await searchEntries.removeByIds(fixes.remove);
    result.written += fixes.insert.length + fixes.save.length + fixes.overwrite.length;
    result.removed += fixes.remove.length;
    fixes.insert = [];
    fixes.save = [];
    fixes.overwrite = [];
    fixes.remove = [];
  };
  for await (const { pair, problem, expected, id } of diagnosed(repositories)) {
    if (pair.record) result.records += 1;
    if (problem === 'orphan') fixes.remove.push(id);
    else if (problem === 'missing') fixes.insert.push(expected!);
    else if (problem === 'ahead') fixes.overwrite.push(expected!);
    else if (problem) fixes.save.push(expected!);
    if (fixes.insert.length + fixes.save.length + fixes.overwrite.length + fixes.remove.length >= WRITE_BATCH) await flush();
  }
  await flush();
  return result;
}

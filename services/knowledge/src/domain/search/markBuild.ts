// The search marks computed from the entries at once (`npm run statistics -- --rebuild`, the bench after
// a load), where searches mark a key as they meet it (candidates.ts): after a bulk load, no search then
// reads a common word whole to mark it. And the check of the stored marks against that computation. A
// mark is a hint (models/search/marks.ts): a stale one costs reads, never a wrong list, so stale marks are
// reported, not failed on. Only engines whose indexes give no order use marks (the kit's engine.ts).
import { KNOWLEDGE_TYPES, type SearchEntryRecord } from '../../models/search/schema';
import { atCurrentDepths, MARK_DEPTHS, markId, type SearchMarkRecord } from '../../models/search/marks';
import type { Repositories } from '../../repositories';

type Marking = Pick<Repositories, 'searchEntries' | 'searchMarks'>;
type Posting = Pick<SearchEntryRecord, 'type' | 'terms' | 'listedAt'>;

/** The types a search may ask (each non-empty set of them): a mark is per set of types and key. */
export const MARKED_TYPE_SETS: ReadonlyArray<readonly string[]> = Array.from({ length: 2 ** KNOWLEDGE_TYPES.length - 1 }, (_, n) =>
  KNOWLEDGE_TYPES.filter((__, i) => ((n + 1) >> i) & 1),
);

const DEPTHS = new Set<number>(MARK_DEPTHS);

/**
 * Every mark the published entries give, `entries` newest first as a word's list orders them: for each
 * set of types and key, the dates of its MARK_DEPTHS-th newest postings (keys with fewer than the first
 * depth have none). One pass; memory holds a count per set of types and key.
 */
export async function marksOf(entries: AsyncIterable<Posting> | Iterable<Posting>): Promise<Map<string, Date[]>> {
  const prefixes = new Map(KNOWLEDGE_TYPES.map((type) => [type, MARKED_TYPE_SETS.filter((set) => set.includes(type)).map((set) => markId(set, ''))]));
  const counts = new Map<string, number>();
  const marks = new Map<string, Date[]>();
  for await (const entry of entries) {
    for (const prefix of prefixes.get(entry.type) ?? []) {
      for (const key of entry.terms) {
        const id = prefix + key;
        const count = (counts.get(id) ?? 0) + 1;
        counts.set(id, count);
        if (DEPTHS.has(count)) marks.set(id, [...(marks.get(id) ?? []), entry.listedAt]);
      }
    }
  }
  return marks;
}

const marksUsed = async ({ searchEntries }: Marking) => (await searchEntries.listReads()) === 'unordered';

/** What a rebuild did: whether this engine uses marks, and how many are stored now. */
export interface MarkRebuild {
  used: boolean;
  marks: number;
}

/** Stores the marks the entries give, and only those (none on an engine that does not use them). */
export async function rebuildMarks(repositories: Marking): Promise<MarkRebuild> {
  if (!(await marksUsed(repositories))) {
    await repositories.searchMarks.replaceAll([]);
    return { used: false, marks: 0 };
  }
  const marks = await marksOf(repositories.searchEntries.publishedNewestFirst());
  await repositories.searchMarks.replaceAll([...marks].map(([_id, dates]) => ({ _id, dates })));
  return { used: true, marks: marks.size };
}

/** What a check found: stored marks whose dates (or depths) differ from the entries' (`expected` empty: the key is no longer common), and common keys not marked yet. */
export interface MarkCheck {
  used: boolean;
  stored: number;
  stale: Array<{ mark: string; stored: SearchMarkRecord['dates']; expected: Date[] }>;
  unmarked: number;
}

/** Compares the stored marks with the marks the entries give. */
export async function checkMarks(repositories: Marking): Promise<MarkCheck> {
  const stored = await repositories.searchMarks.all();
  if (!(await marksUsed(repositories))) return { used: false, stored: stored.length, stale: [], unmarked: 0 };
  const expected = await marksOf(repositories.searchEntries.publishedNewestFirst());
  const same = (a: readonly Date[], b: readonly Date[]) => a.length === b.length && a.every((d, i) => d.getTime() === b[i]!.getTime());
  const stale = stored
    .filter((m) => !same(m.dates, expected.get(m._id) ?? []) || !atCurrentDepths(m))
    .map((m) => ({ mark: m._id, stored: m.dates, expected: expected.get(m._id) ?? [] }))
    .sort((a, b) => (a.mark < b.mark ? -1 : 1));
  const marked = new Set(stored.map((m) => m._id));
  return { used: true, stored: stored.length, stale, unmarked: [...expected.keys()].filter((id) => !marked.has(id)).length };
}

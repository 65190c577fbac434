// A word's candidates: its newest `limit` entries holding one of its keys under the search's filters.
// Where indexes give order (MongoDB) or every query scans anyway (FerretDB v1), one query (the kit's
// engine.ts). Where the index selects a key's postings but gives no order (DocumentDB), one query would
// read and sort every posting of the key (53,492 for `transition` at the bench's full scale): the list
// is asked first within the key's marks (models/search/marks.ts), `listedAt` at or after the date of its
// 101st newest posting, then deeper (MARK_DEPTHS, up to its 10,001st), then without bound; under a filter,
// from the first window the filter's share could fill (depthsFor). A window is kept only when it fills the list: every entry outside it is older
// than every entry in it, so those are the list's newest, whatever the marks say. A stale mark costs
// reading more (new postings) or a window more (postings gone), never a wrong list. Date windows anchored
// on now were tried and withdrawn: on data older than the windows each list cost three queries; marks
// follow the key's own dates.
// Every list is read there by the published entries' index of the word's keys and every filter
// (models/search/schema.ts PUBLISHED_SEARCH_INDEX, DocumentDB's only): the engine intersects the word's
// postings and the filters' entries in the index and reads only the records holding both, where an index
// of one of them read the whole of that side (a theme's 13,000 entries at the bench's full scale for a
// word of 3,000 postings).
import { cachedFor, type Filter } from '@fabrique/kit';
import { atCurrentDepths, MARK_DEPTHS, MARK_TTL_MS, markId, type SearchMarkRecord } from '../../models/search/marks';
import { STATISTICS_FIGURES, statisticsScope } from '../../models/statistics/counters';
import type { Repositories } from '../../repositories';

/** What a search asks of every list: `base` (published, of `types`) is what marks count; `filter` adds the search's filters. */
export interface CandidateFilter {
  base: Filter;
  filter: Filter;
  types: readonly string[];
  /**
   * About which share of the entries of `base` the filters keep (filterShare), where indexes give no
   * order: the windows a filtered list could not fill are not asked. Absent: unknown, every window tried.
   */
  share?: number;
}

/** Whether the search's filters narrow `base` (a theme, territory or programme). */
const narrowed = (asked: CandidateFilter) => Object.keys(asked.filter).length > Object.keys(asked.base).length;

/** Every depth marked, by its place in MARK_DEPTHS. */
const EVERY_DEPTH = MARK_DEPTHS.map((_, i) => i);

/**
 * The depths tried under a filter whose share is unknown: from the 1,001st (a filter keeps a tenth of a
 * word's postings or fewer on the bench's data, so the shallower windows would rarely fill).
 */
const NARROWED_DEPTHS = EVERY_DEPTH.filter((i) => MARK_DEPTHS[i]! >= 1_001);

/**
 * A window of a filtered list is asked when the filters' share of the entries promises it holds the list
 * (depth × share ≥ FILL_MARGIN × limit): a programme keeps 3.8 % of the bench's full dataset, so the
 * 1,001st's window would hold about 38 of its entries, and the list was read whole after it anyway (the
 * windows of filtered lists failed about nine times in ten there: 200 ms of a search's 500 ms of queries).
 * Measured on the bench's full dataset on DocumentDB, two sets of 30 searches of its workload alone:
 * documents read per search 12,583 → 11,455 and 15,375 → 13,156, time 239–274 → 208–227 ms and 283 →
 * 217 ms; a margin of 1.5 skipped windows that would have filled (13,396 documents).
 */
const FILL_MARGIN = 1;

/**
 * The depths a list asks within, shallowest first: every one for a word alone; under a filter, those its
 * share promises to fill (an unknown share: NARROWED_DEPTHS).
 */
function depthsFor(asked: CandidateFilter, limit: number): readonly number[] {
  if (!narrowed(asked)) return EVERY_DEPTH;
  const { share } = asked;
  return share === undefined ? NARROWED_DEPTHS : EVERY_DEPTH.filter((i) => MARK_DEPTHS[i]! * share >= FILL_MARGIN * limit);
}

/**
 * The least depth worth asking after a window of `depth` held `held` entries of a list of `limit`: the
 * filters kept about held/depth of the word's postings there, so a window fills only from depth × limit /
 * held (none when it held nothing: the list is then read whole).
 */
const nextDepthFrom = (depth: number, held: number, limit: number): number => (held === 0 ? Infinity : (depth * limit) / held);

/** The counter scopes of a search's filters: one per filter, its alternatives (themes) summed. */
export type FilterScopes = string[][];

/** How many published entries of the asked types there are, and how many each filter holds. */
export interface FilterSizes {
  all: number;
  /** Per filter, in the order of the scopes asked. */
  sizes: number[];
}

/**
 * The published entries of `types`, in all and under each filter, from the maintained counters (`count`
 * by scope, read by `_id`; several themes summed).
 */
export async function filterSizes({ statistics }: Pick<Repositories, 'statistics'>, types: readonly string[], filters: FilterScopes): Promise<FilterSizes> {
  const count = (scopes: readonly string[]) =>
    Promise.all(scopes.flatMap((scope) => types.map((key) => statistics.value({ figure: STATISTICS_FIGURES.count, scope, key })))).then((values) => values.reduce((a, b) => a + b, 0));
  const [all, ...sizes] = await Promise.all([count([statisticsScope()]), ...filters.map(count)]);
  return { all, sizes };
}

/** How long a process reuses the filter sizes it read: they only choose windows and indexes, never what a list holds. */
export const FILTER_SIZES_TTL_MS = 60_000;
type SizesAsked = { types: readonly string[]; filters: FilterScopes };
const sizesOf = new WeakMap<Repositories['statistics'], (asked: SizesAsked) => Promise<FilterSizes>>();

/** filterSizes, read at most once a minute per set of types and filters in this process (two round trips a filtered search spares). */
export function recentFilterSizes({ statistics }: Pick<Repositories, 'statistics'>, types: readonly string[], filters: FilterScopes): Promise<FilterSizes> {
  let cached = sizesOf.get(statistics);
  if (!cached) {
    cached = cachedFor((asked: SizesAsked) => filterSizes({ statistics }, asked.types, asked.filters), (asked) => JSON.stringify([[...asked.types].sort(), asked.filters]), FILTER_SIZES_TTL_MS);
    sizesOf.set(statistics, cached);
  }
  return cached({ types, filters });
}

/**
 * About which share of the entries the filters keep: each filter's count over the total, multiplied
 * across filters as if they were independent. Undefined when nothing is published.
 */
export const filterShare = ({ all, sizes }: FilterSizes): number | undefined => (all ? sizes.reduce((share, entries) => share * Math.min(1, entries / all), 1) : undefined);

type Lists = Pick<Repositories, 'searchEntries' | 'searchMarks'>;

/** The list of a word (`keys`, or their title terms): `limit` entries at most, newest first. */
export async function wordCandidates({ searchEntries, searchMarks }: Lists, asked: CandidateFilter, keys: readonly string[], limit: number) {
  if ((await searchEntries.listReads()) !== 'unordered') return searchEntries.candidates(asked.filter, keys, limit);
  const read = (filter: Filter) => searchEntries.candidates(filter, keys, limit);
  const depths = depthsFor(asked, limit);
  // No window to ask: the list in one query, its marks neither read nor written.
  if (depths.length === 0) return read(asked.filter);
  const ids = keys.map((key) => markId(asked.types, key));
  const marks = await searchMarks.find(ids);
  // Marks to read (again): unknown keys, marks older than MARK_TTL_MS, and marks of other depths.
  const remark = () =>
    Promise.all(
      keys.flatMap((key, i) => {
        const mark = marks.get(ids[i]!) ?? null;
        if (mark && atCurrentDepths(mark) && Date.now() - mark.markedAt.getTime() < MARK_TTL_MS) return [];
        return [searchMarks.mark(ids[i]!, () => newestOf(searchEntries, asked.base, key), mark)];
      }),
    );
  // Each key's dates at MARK_DEPTHS (none from a mark of other depths).
  const dated = ids.map((id) => {
    const mark = marks.get(id);
    return mark && atCurrentDepths(mark) ? mark.dates : [];
  });
  let least = 0;
  for (const depth of depths) {
    if (MARK_DEPTHS[depth]! < least) continue;
    const since = latest(dated.map((dates) => dates[depth]));
    if (!since) break;
    const rows = await read({ ...asked.filter, listedAt: { $gte: since } });
    if (rows.length >= limit) {
      await remark();
      return rows;
    }
    least = nextDepthFrom(MARK_DEPTHS[depth]!, rows.length, limit);
  }
  const [rows] = await Promise.all([read(asked.filter), remark()]);
  return rows;
}

/** A key's newest dates under `base`, as many as the deepest mark reads: what its marks are taken from. */
export const newestOf = (searchEntries: Lists['searchEntries'], base: Filter, key: string): Promise<Date[]> => searchEntries.newestDates(base, key, MARK_DEPTHS.at(-1)!);

/**
 * The latest of the keys' marked dates at one depth: the key marked there has at least that many postings
 * at or after it, so the window holds at least that many entries of the word (under `base`).
 */
function latest(dates: ReadonlyArray<SearchMarkRecord['dates'][number] | undefined>): Date | null {
  const known = dates.filter((d): d is Date => d instanceof Date);
  return known.length === 0 ? null : new Date(Math.max(...known.map((d) => d.getTime())));
}

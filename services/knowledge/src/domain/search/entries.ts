// The search entry of an experience or resource (models/search): which texts are searched, and
// keeping entries in step with the records they were built from.
import type { ExperienceRecord } from '../../models/experiences/schema';
import type { PublicationRecord } from '../../models/publications/schema';
import type { ResourceRecord } from '../../models/resources/schema';
import type { SearchEntryRepository } from '../../models/search/repository';
import { SEARCH_ENTRY_FORMAT, type KnowledgeType, type SearchEntryRecord } from '../../models/search/schema';
import { buildSearchIndex, entryTerms, packStats, type SearchField } from '../text/searchIndex';

/** The weighted search fields of each kind: an experience's outcomes and lessons are searched with its body. */
const experienceSearchText = (e: ExperienceRecord): Record<SearchField, string> => ({
  title: e.title,
  summary: e.summary,
  body: [e.body, ...e.outcomes, ...e.lessons].join('\n\n'),
});

const resourceSearchText = (r: ResourceRecord): Record<SearchField, string> => ({ title: r.title, summary: r.summary, body: r.body });

/** The search entry of an item, built from the version of the record just written. */
export function searchEntryOf(type: KnowledgeType, record: PublicationRecord): SearchEntryRecord {
  const texts = type === 'EXPERIENCE' ? experienceSearchText(record as ExperienceRecord) : resourceSearchText(record as ResourceRecord);
  const index = buildSearchIndex(texts);
  return {
    _id: `${type}:${record._id}`,
    type,
    itemId: record._id,
    version: record.version,
    status: record.status,
    listedAt: record.listedAt,
    themeScope: record.themeScope,
    territoryScope: record.territoryScope,
    programmeId: record.programmeId,
    terms: entryTerms(index),
    stats: packStats(index.termStats),
    format: SEARCH_ENTRY_FORMAT,
  };
}

/**
 * Rebuilds the search entry of the version just written. A crash before this leaves the entry one
 * version behind until the record's next write or the next start (the seed re-indexes stale entries);
 * search also repairs the entries of the hits it shows (`repairStale`) and skips hits whose record is
 * no longer published.
 */
export async function indexed<R extends PublicationRecord>(type: KnowledgeType, record: R, searchEntries: SearchEntryRepository): Promise<R> {
  await searchEntries.save([searchEntryOf(type, record)]);
  return record;
}

/** Rebuilds the entries a write left behind: those of hits whose record has moved to another version. */
export async function repairStale(
  hits: ReadonlyArray<{ type: KnowledgeType; version: number }>,
  records: ReadonlyArray<PublicationRecord | null>,
  searchEntries: SearchEntryRepository,
): Promise<void> {
  const stale = hits.flatMap((hit, i) => {
    const record = records[i];
    return record && record.version !== hit.version ? [searchEntryOf(hit.type, record)] : [];
  });
  if (stale.length > 0) await searchEntries.save(stale);
}

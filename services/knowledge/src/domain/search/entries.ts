import type { ExperienceRecord } from '../../models/experiences/schema';
import type { PublicationRecord } from '../../models/publications/schema';
import type { ResourceRecord } from '../../models/resources/schema';
import type { KnowledgeType, SearchEntryRecord } from '../../models/search/schema';
import { experienceSearchText, resourceSearchText } from './searchText';
import { buildSearchIndex, packStats } from '../text/searchIndex';

/** The search entry of an item, built from the version of the record just written. */
export function searchEntryOf(type: KnowledgeType, record: PublicationRecord): SearchEntryRecord {
  const texts = type === 'EXPERIENCE' ? experienceSearchText(record as ExperienceRecord) : resourceSearchText(record as ResourceRecord);
  const { terms, termStats } = buildSearchIndex(texts);
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
    terms,
    stats: packStats(termStats),
  };
}

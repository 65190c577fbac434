// What search finds: a hit of the ranking, and a hit shown on a page with its record (the parent of
// KnowledgeSearchHit's resolvers). Apart from search.ts so that the generated types, which name it,
// import nothing that imports them.
import type { ExperienceRecord } from '../../models/experiences/schema';
import type { ResourceRecord } from '../../models/resources/schema';
import type { KnowledgeType } from '../../models/search/schema';

export interface SearchHit {
  type: KnowledgeType;
  id: string;
  /** The version of the record the entry was built from. */
  version: number;
  score: number;
  listedAt: Date;
  /** Keys of the query, for snippets. */
  keys: ReadonlySet<string>;
}

/** A hit shown on the page, with its record. */
export type ShownHit = SearchHit & { record: ExperienceRecord | ResourceRecord };

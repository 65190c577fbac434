import { Schema } from 'mongoose';
import { indexOnlyOn } from '@fabrique/kit';
import { PUBLICATION_STATUSES, type PublicationStatus } from '../publications/schema';

export const KNOWLEDGE_TYPES = ['EXPERIENCE', 'RESOURCE'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

/**
 * The search index of one experience or resource, kept apart from the record: FerretDB decodes every
 * value of every document a query scans (the kit's data/repository.ts), and a record carrying hundreds
 * of term frequencies made every list, sub-list and statistic several times slower. Rebuilt after each write of the
 * record (`version` says from which version), with the fields search filters on.
 */
export interface SearchEntryRecord {
  /** `<type>:<itemId>`. */
  _id: string;
  type: KnowledgeType;
  itemId: string;
  version: number;
  status: PublicationStatus;
  listedAt: Date;
  themeScope: string[];
  territoryScope: string[];
  programmeId: string | null;
  /**
   * Distinct search keys, and the title term (`^key`, text/searchIndex) of each key of the title
   * (multikey index: a word's candidates are `terms: key`, its title candidates `terms: '^key'`).
   */
  terms: string[];
  /** Term statistics packed in one string (one value to decode, not hundreds): see text/searchIndex. */
  stats: string;
  /** How the entry was built (SEARCH_ENTRY_FORMAT); an entry of an older format is rebuilt at start-up (the seed). */
  format?: number;
}

/** 2: `terms` holds the title terms. Entries without `format` are of format 1. */
export const SEARCH_ENTRY_FORMAT = 2;

export const searchEntrySchema = new Schema<SearchEntryRecord>(
  {
    _id: { type: String, required: true },
    type: { type: String, enum: KNOWLEDGE_TYPES, required: true },
    itemId: { type: String, required: true },
    version: { type: Number, required: true },
    status: { type: String, enum: PUBLICATION_STATUSES, required: true },
    listedAt: { type: Date, required: true },
    themeScope: { type: [String], default: [] },
    territoryScope: { type: [String], default: [] },
    programmeId: { type: String, default: null },
    terms: { type: [String], default: [] },
    stats: { type: String, required: true },
    format: { type: Number },
  },
  { collection: 'search_entries', versionKey: false },
);
/**
 * The indexes of search's lists on MongoDB (ordered indexes), by the field leading them: the kit's
 * `indexOnlyOn`. DocumentDB is given PUBLISHED_SEARCH_INDEX instead, which every list names there
 * (models/search/repository.ts): these would only lengthen its writes. FerretDB v1 reads by no index.
 */
export const SEARCH_INDEXES = {
  // Candidates of one word: the published entries of the asked types holding a key, newest first. Search
  // always names the types (both when the filter names none): the type and key pairs are points of the
  // index, merged in `listedAt` order, so the engine stops after the limit.
  terms: { terms: 1, status: 1, type: 1, listedAt: -1, _id: -1 },
  // A search's filters, each with the same tail: where a filter selects fewer entries than a word's postings
  // (a département, a programme, a theme against `transition`'s 53,492 at the bench's full scale), MongoDB
  // may read the filter's entries instead; `listedAt` bounds them within a window too.
  territoryScope: { territoryScope: 1, status: 1, type: 1, listedAt: -1 },
  programmeId: { programmeId: 1, status: 1, type: 1, listedAt: -1 },
  themeScope: { themeScope: 1, status: 1, type: 1, listedAt: -1 },
} as const;

/**
 * DocumentDB only (the kit's `indexOnlyOn`): the published entries, by a word's keys and every filter in
 * one index, which every list of search names there (`hint`, models/search/repository.ts). DocumentDB
 * searches an index path by path, reading each condition's list of entries and intersecting them before
 * it reads a record, so a filtered list reads the records holding both the word and the filters, not the
 * whole of either side (at the bench's full scale, a word of 3,000 postings under a programme of 3,800
 * entries: 60 ms by the programme's index, 40 by the word's, 19 by this one without its partial filter;
 * `transition` under a theme, 333, 282 and 134 ms; never slower, down to a territory of one entry). Partial
 * on the published entries (search lists no other): its lists of entries hold no draft and its records
 * read none, a third less time for a word's window with or without a filter (12.0 → 6.1 ms for a common
 * word's window, 29.7 → 20.8 ms under a theme). MongoDB refuses it: a record may hold only one array field
 * of a compound index (`terms`, `territoryScope` and `themeScope` are arrays).
 */
export const PUBLISHED_SEARCH_INDEX = {
  fields: { terms: 1, type: 1, territoryScope: 1, themeScope: 1, programmeId: 1, listedAt: -1, _id: -1 },
  options: { name: 'published_search', partialFilterExpression: { status: 'PUBLISHED' } },
} as const;

for (const fields of Object.values(SEARCH_INDEXES)) indexOnlyOn('ordered', searchEntrySchema, { fields });
indexOnlyOn('unordered', searchEntrySchema, { fields: { ...PUBLISHED_SEARCH_INDEX.fields }, options: { ...PUBLISHED_SEARCH_INDEX.options } });

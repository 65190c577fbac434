import { Schema } from 'mongoose';
import { TERRITORY_LEVELS, type TerritoryLevel } from '@fabrique/kit';

export const EPCI_TYPES = ['COMMUNAUTE_DE_COMMUNES', 'COMMUNAUTE_D_AGGLOMERATION', 'COMMUNAUTE_URBAINE', 'METROPOLE', 'METROPOLE_DE_LYON'] as const;
export type EpciType = (typeof EPCI_TYPES)[number];

export interface TerritoryRecord {
  /** `<LEVEL>:<code>`, e.g. `DEPARTEMENT:63`. */
  _id: string;
  level: TerritoryLevel;
  code: string;
  name: string;
  /** Lower-case, accent-free, punctuation-free name: the sort key of "by name" and the source of `nameWords`. */
  searchName: string;
  /** The words of `searchName`, for word-prefix search. */
  nameWords: string[];
  /** Municipal population (INSEE); summed from the communes for départements and régions. */
  population: number;
  /** The territory directly above: a commune's département, an EPCI's main département, a département's région. */
  parentId: string | null;
  /** The région the territory is counted in (itself for a région). */
  regionId: string | null;
  /** A commune's EPCI (intercommunalité). */
  epciId: string | null;
  epciType: EpciType | null;
  /** The chef-lieu commune of a région or a département. */
  chefLieuId: string | null;
  /** This territory and every territory containing it: the key of "everything inside X". */
  scope: string[];
  /** Edition of the reference data from which the territory no longer exists (e.g. a merged commune). */
  retiredIn: string | null;
}

export const territorySchema = new Schema<TerritoryRecord>(
  {
    _id: { type: String, required: true },
    level: { type: String, enum: TERRITORY_LEVELS, required: true },
    code: { type: String, required: true },
    name: { type: String, required: true },
    searchName: { type: String, required: true },
    nameWords: { type: [String], required: true },
    population: { type: Number, required: true },
    parentId: { type: String, default: null },
    regionId: { type: String, default: null },
    epciId: { type: String, default: null },
    epciType: { type: String, default: null },
    chefLieuId: { type: String, default: null },
    scope: { type: [String], required: true },
    retiredIn: { type: String, default: null },
  },
  { versionKey: false },
);

// A code is unique within a level (region 84 and département 84 are different territories).
territorySchema.index({ code: 1, level: 1 }, { unique: true });
// territories(...) sorted by name or population, paged by (sort key, _id), of one level or of all; the
// population order also serves population ranges.
territorySchema.index({ level: 1, searchName: 1, _id: 1 });
territorySchema.index({ level: 1, population: -1, _id: 1 });
territorySchema.index({ searchName: 1, _id: 1 });
territorySchema.index({ population: -1, _id: 1 });
// territories(filter: { within }) and children: everything inside a territory, by name or population.
territorySchema.index({ scope: 1, level: 1, searchName: 1, _id: 1 });
territorySchema.index({ scope: 1, level: 1, population: -1, _id: 1 });
territorySchema.index({ scope: 1, searchName: 1, _id: 1 });
territorySchema.index({ scope: 1, population: -1, _id: 1 });
// Name search: word prefixes.
territorySchema.index({ nameWords: 1, level: 1 });

/** The last import that completed: the next one with the same records has nothing to do. */
export interface TerritoryImportRecord {
  /** Always `last`. */
  _id: string;
  /** SHA-256 of the records that import wanted (and of its département filter). */
  fingerprint: string;
  edition: string;
  /** Territories stored once it was done. */
  count: number;
  at: Date;
}

export const territoryImportSchema = new Schema<TerritoryImportRecord>(
  {
    _id: { type: String, required: true },
    fingerprint: { type: String, required: true },
    edition: { type: String, required: true },
    count: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'territoryImports', versionKey: false },
);

import { Schema } from 'mongoose';
import { TERRITORY_LEVELS, type TerritoryLevel } from '@fabrique/kit';

export interface TerritoryRecord {
  /** `<LEVEL>:<code>`, e.g. `DEPARTEMENT:63`. */
  _id: string;
  level: TerritoryLevel;
  code: string;
  name: string;
  /** Lower-case, accent-free, punctuation-free name, for search. */
  searchName: string;
  population: number | null;
  /** The territory directly above (commune → département, département → région). */
  parentId: string | null;
  chefLieuId: string | null;
  /** This territory and every territory containing it: the key of "everything inside X". */
  scope: string[];
  /** Edition of the reference data the record comes from. */
  edition: string;
}

export const territorySchema = new Schema<TerritoryRecord>(
  {
    _id: { type: String, required: true },
    level: { type: String, enum: TERRITORY_LEVELS, required: true },
    code: { type: String, required: true },
    name: { type: String, required: true },
    searchName: { type: String, required: true },
    population: { type: Number, default: null },
    parentId: { type: String, default: null },
    chefLieuId: { type: String, default: null },
    scope: { type: [String], required: true },
    edition: { type: String, required: true },
  },
  { collection: 'territories', versionKey: false },
);

// A code is unique within a level (region 84 and département 84 are different territories).
territorySchema.index({ code: 1, level: 1 }, { unique: true });
// territories(level) and children(level) sorted by name, paged by (name, _id).
territorySchema.index({ level: 1, name: 1, _id: 1 });
territorySchema.index({ scope: 1, level: 1, name: 1, _id: 1 });

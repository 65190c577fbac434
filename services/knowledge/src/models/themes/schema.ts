import { Schema } from 'mongoose';

/** A theme of the taxonomy: the ecological, social and democratic stakes and their sub-themes. */
export interface ThemeRecord {
  /** A readable slug, e.g. `energie`. */
  _id: string;
  parentId: string | null;
  /** From the root down to the parent; fixed at creation (experiences store them in `themeScope`). */
  ancestorIds: string[];
  labels: { fr: string; en: string };
  descriptions: { fr: string | null; en: string | null };
  /** Display order among siblings. */
  rank: number;
}

export const themeSchema = new Schema<ThemeRecord>(
  {
    _id: { type: String, required: true },
    parentId: { type: String, default: null },
    ancestorIds: { type: [String], default: [] },
    labels: { fr: { type: String, required: true }, en: { type: String, required: true } },
    descriptions: { fr: { type: String, default: null }, en: { type: String, default: null } },
    rank: { type: Number, required: true },
  },
  { collection: 'themes', versionKey: false },
);
themeSchema.index({ parentId: 1, rank: 1, _id: 1 });

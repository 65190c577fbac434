import type { Connection, Model } from 'mongoose';
import { baseRepository } from '@fabrique/kit';
import { themeSchema, type ThemeRecord } from './schema';

export function createThemeRepository(connection: Connection) {
  const model: Model<ThemeRecord> = connection.model<ThemeRecord>('Theme', themeSchema);
  return {
    ...baseRepository(model),
    /** The children of each parent (`''`: the root themes), in display order. */
    findByParents: (parentIds: readonly string[]) =>
      model.find({ parentId: { $in: parentIds.map((id) => (id === '' ? null : id)) } }).sort({ rank: 1, _id: 1 }).lean<ThemeRecord[]>().exec(),
    all: () => model.find({}).sort({ rank: 1, _id: 1 }).lean<ThemeRecord[]>().exec(),
    updateLabels: (id: string, set: Record<string, unknown>) => model.updateOne({ _id: id }, { $set: set }).exec(),
  };
}

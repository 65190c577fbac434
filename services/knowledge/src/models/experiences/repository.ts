import type { Connection, Model } from 'mongoose';
import { findPage, type Page, type SortSpec } from '@fabrique/kit';
import { experienceSchema, type ExperienceRecord } from './schema';

export const EXPERIENCE_ORDER: SortSpec = [
  ['publishedAt', -1],
  ['_id', -1],
];

export interface ExperienceFilter {
  /** Experiences about this territory or a territory inside it. */
  territoryId?: string | null;
  publisherId?: string | null;
}

// Lists are public: only published experiences appear in them.
function toQuery(filter: ExperienceFilter): Record<string, unknown> {
  const query: Record<string, unknown> = { status: 'PUBLISHED' };
  if (filter.territoryId) query.territoryScope = filter.territoryId;
  if (filter.publisherId) query.publisherId = filter.publisherId;
  return query;
}

export function createExperienceRepository(connection: Connection) {
  const model: Model<ExperienceRecord> = connection.model<ExperienceRecord>('Experience', experienceSchema);
  return {
    model,
    findByIds: (ids: readonly string[]) => model.find({ _id: { $in: ids } }).lean<ExperienceRecord[]>().exec(),
    listPublished: (filter: ExperienceFilter, page: Page) => findPage<ExperienceRecord>(model, toQuery(filter), page),
    countPublished: (filter: ExperienceFilter) => model.countDocuments(toQuery(filter)).exec(),
  };
}

export type ExperienceRepository = ReturnType<typeof createExperienceRepository>;

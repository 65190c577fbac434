import { actorReference } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { ExperienceRecord } from '../models/experiences/schema';

export const Experience = {
  async __resolveReference(ref: { id: string }, { loaders }: KnowledgeContext) {
    const experience = await loaders.experience.load(ref.id);
    return experience?.status === 'PUBLISHED' ? experience : null;
  },
  id: (e: ExperienceRecord) => e._id,
  territories: (e: ExperienceRecord) => e.territoryIds.map((id) => ({ id })),
  publisher: (e: ExperienceRecord) => actorReference(e.publisherId),
  convention: (e: ExperienceRecord) => (e.conventionId ? { id: e.conventionId } : null),
  publishedAt: (e: ExperienceRecord) => e.publishedAt?.toISOString() ?? null,
};

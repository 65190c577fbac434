import type { KnowledgeContext } from '../context';
import type { ExperienceRecord } from '../models/experiences/schema';
import { publicationFields, visibleOrNull } from './publication';

export const Experience = {
  __resolveReference: async (ref: { id: string }, context: KnowledgeContext) => visibleOrNull(await context.loaders.experience.load(ref.id), context),
  ...publicationFields((context) => context.loaders.experienceRevisions),
  convention: (e: ExperienceRecord) => (e.conventionId ? { id: e.conventionId } : null),
  keyFigures: (e: ExperienceRecord) => e.keyFigures ?? { budgetEuros: null, durationMonths: null, peopleInvolved: null },
  learningJourneys: (e: ExperienceRecord, _: unknown, { loaders }: KnowledgeContext) => loaders.journeysByExperience.load(e._id),
};

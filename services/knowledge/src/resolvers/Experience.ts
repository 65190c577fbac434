import { visibleOrNull } from '../domain/access';
import type { ExperienceResolvers } from '../generated/resolvers';
import type { ExperienceRecord } from '../models/experiences/schema';
import { publicationFields } from './publication';

export const Experience: ExperienceResolvers = {
  __resolveReference: async (ref, { loaders, identity }) => visibleOrNull(await loaders.experience.load(ref.id), identity),
  ...publicationFields<ExperienceRecord>((context) => context.loaders.experienceRevisions),
  convention: (e) => (e.conventionId ? { id: e.conventionId } : null),
  keyFigures: (e) => e.keyFigures ?? { budgetEuros: null, durationMonths: null, peopleInvolved: null },
  learningJourneys: (e, _, { loaders }) => loaders.journeysByExperience.load(e._id),
};

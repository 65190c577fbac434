import { visibleOrNull } from '../domain/access';
import { nodeTypes } from '../domain/nodes';
import { listLearningJourneys, listPublications, searchConnection } from '../domain/lists';
import { knowledgeStatistics } from '../domain/statistics';
import { childThemes } from '../domain/themes';
import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  experience: async (_, args, { loaders, identity }) => visibleOrNull(await loaders.experience.load(args.id), identity),
  experiences: (_, args, context) => listPublications(context.repositories.experiences, args, context),
  resource: async (_, args, { loaders, identity }) => visibleOrNull(await loaders.resource.load(args.id), identity),
  resources: (_, args, context) => listPublications(context.repositories.resources, args, context),
  themes: (_, args, context) => childThemes(args.filter?.parent, context),
  theme: (_, args, { loaders }) => loaders.theme.load(args.id),
  searchKnowledge: (_, args, context) => searchConnection(args, context),
  learningJourney: (_, args, { loaders }) => loaders.journey.load(args.id),
  learningJourneys: (_, args, { repositories }) => listLearningJourneys(args, repositories),
  knowledgeStatistics: (_, args, context) => knowledgeStatistics(args.filter, context),
  _knowledgeNodeTypes: (_, args, context) => nodeTypes(args.ids, context),
};

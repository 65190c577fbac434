import { experiencesByTerritory, experiencesByTheme, publishedPerMonth, resourcesByKind, topPublishers } from '../domain/statistics';
import type { KnowledgeStatisticsResolvers, PublisherActivityResolvers } from '../generated/resolvers';

export const KnowledgeStatistics: KnowledgeStatisticsResolvers = {
  experienceCount: ({ filter }, _, { repositories }) => repositories.experiences.count(filter),
  resourceCount: ({ filter }, _, { repositories }) => repositories.resources.count(filter),
  experiencesByTheme: (scope, _, context) => experiencesByTheme(scope, context),
  experiencesByTerritory: (scope, args, context) => experiencesByTerritory(scope, args, context),
  publishedPerMonth: (scope, _, context) => publishedPerMonth(scope, context),
  experiencesByMonth: (scope, _, context) => publishedPerMonth(scope, context),
  topPublishers: (scope, args, context) => topPublishers(scope, args, context),
  resourcesByKind: (scope, _, context) => resourcesByKind(scope, context),
};

export const PublisherActivity: PublisherActivityResolvers = {
  experienceCount: (p) => p.publishedExperiences,
};

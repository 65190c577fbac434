import { experiencesByTerritory, experiencesByTheme, publishedCount, publishedPerMonth, resourcesByKind, topPublishers } from '../domain/statistics';
import type { KnowledgeStatisticsResolvers, PublisherActivityResolvers } from '../generated/resolvers';

export const KnowledgeStatistics: KnowledgeStatisticsResolvers = {
  experienceCount: (scope, _, context) => publishedCount(scope, 'EXPERIENCE', context),
  resourceCount: (scope, _, context) => publishedCount(scope, 'RESOURCE', context),
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

import { applicationsByProgramme, cohortFill, conventionsByRegion, conventionsByStatus, conventionsProgress } from '../domain/statistics';
import type { ConventionStatisticsResolvers } from '../generated/resolvers';

export const ConventionStatistics: ConventionStatisticsResolvers = {
  conventionsByStatus: (scope, _, context) => conventionsByStatus(scope, context),
  conventionsByRegion: (scope, _, context) => conventionsByRegion(scope, context),
  applicationsByProgramme: (scope, _, context) => applicationsByProgramme(scope, context),
  cohortFill: (_, args, context) => cohortFill(args, context),
  conventionProgress: (scope, args, context) => conventionsProgress(scope, args, context),
};

import { applicationsByProgramme, cohortFill, conventionsByRegion, conventionsByStatus, conventionsProgress } from '../domain/statistics';
import type { CohortFillResolvers, CommitmentProgressResolvers, CommitmentProgressSummaryResolvers, ConventionStatisticsResolvers } from '../generated/resolvers';

export const ConventionStatistics: ConventionStatisticsResolvers = {
  conventionsByStatus: (scope, _, context) => conventionsByStatus(scope, context),
  conventionsByRegion: (scope, _, context) => conventionsByRegion(scope, context),
  applicationsByProgramme: (scope, _, context) => applicationsByProgramme(scope, context),
  cohortFill: (_, args, context) => cohortFill(args, context),
  conventionProgress: (scope, args, context) => conventionsProgress(scope, args, context),
};

// The conventional count names (README, API conventions) beside the deprecated ones, from the same figures.
export const CohortFill: CohortFillResolvers = {
  enrolledCount: (f) => f.enrolled,
  offeredCount: (f) => f.offered,
};

export const CommitmentProgress: CommitmentProgressResolvers = {
  milestoneCount: (p) => p.milestonesTotal,
  doneMilestoneCount: (p) => p.milestonesDone,
  lateMilestoneCount: (p) => p.lateMilestones,
};

export const CommitmentProgressSummary: CommitmentProgressSummaryResolvers = {
  lateMilestoneCount: (c) => c.lateMilestones,
};

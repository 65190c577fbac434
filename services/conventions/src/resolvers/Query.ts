import { visibleRecord } from '../domain/access';
import { nodeTypes } from '../domain/nodes';
import { applicationFilter, cohortFilter, conventionFilter, countedCohortTotal, countedConventionTotal, diagnosticFilter, listOf } from '../domain/lists';
import { statisticsScope } from '../domain/statistics';
import type { QueryResolvers } from '../generated/resolvers';
import { APPLICATION_ORDER } from '../models/applications/repository';
import { COHORT_ORDER } from '../models/cohorts/repository';
import { CONVENTION_ORDER } from '../models/conventions/repository';
import { DIAGNOSTIC_ORDER } from '../models/diagnostics/repository';

export const Query: QueryResolvers = {
  programmes: (_, __, { repositories }) => repositories.programmes.all(),
  programme: (_, args, { loaders }) => loaders.programmeByKind.load(args.kind),

  convention: (_, args, { loaders }) => loaders.convention.load(args.id),
  conventions: async (_, args, context) => listOf(context.repositories.conventions, await conventionFilter(args.filter, context), args, CONVENTION_ORDER, countedConventionTotal(args.filter, context)),

  cohort: (_, args, { loaders }) => loaders.cohort.load(args.id),
  cohorts: async (_, args, context) => listOf(context.repositories.cohorts, await cohortFilter(args.filter, context), args, COHORT_ORDER, countedCohortTotal(args.filter, context)),

  application: async (_, args, { identity, loaders }) => visibleRecord(await loaders.application.load(args.id), identity),
  applications: async (_, args, context) => listOf(context.repositories.applications, await applicationFilter(args.filter, context), args, APPLICATION_ORDER),

  diagnostic: async (_, args, { identity, loaders }) => visibleRecord(await loaders.diagnostic.load(args.id), identity),
  diagnostics: (_, args, context) => listOf(context.repositories.diagnostics, diagnosticFilter(args.filter, context.identity), args, DIAGNOSTIC_ORDER),

  /** The statistics' scope; each figure is computed by its own resolver (Statistics.ts). */
  conventionStatistics: (_, args) => statisticsScope(args),

  _conventionsNodeTypes: (_, args, context) => nodeTypes(args.ids, context),
};

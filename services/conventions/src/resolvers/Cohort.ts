import { actorReference } from '@fabrique/kit';
import { listOrEmpty, statusIn, visible } from '../domain/lists';
import { cohortRuleIssues } from '../domain/programmes/cohorts';
import { programmeOf } from '../domain/programmes/programmes';
import { fillOf } from '../domain/statistics';
import type { CohortResolvers } from '../generated/resolvers';
import { APPLICATION_ORDER, WAITLIST_ORDER } from '../models/applications/repository';

export const Cohort: CohortResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.cohort.load(ref.id),
  id: (c) => c._id,
  programme: (c, _, context) => programmeOf(c.programmeId, context),
  partners: (c) => c.partnerIds.map(actorReference),
  trainingDays: (c) => c.sessions.length,
  ruleIssues: (c, _, context) => cohortRuleIssues(c, context),
  enrolments: async (c, _, context) => (await fillOf(c, context)).enrolments,
  enrolledCount: async (c, _, context) => (await fillOf(c, context)).enrolled,
  offeredCount: async (c, _, context) => (await fillOf(c, context)).offered,
  seatsLeft: async (c, _, context) => (await fillOf(c, context)).seatsLeft,
  fillRate: async (c, _, context) => (await fillOf(c, context)).fillRate,
  waitlist: (c, args, { identity, loaders }) =>
    listOrEmpty(visible(identity, { status: 'WAITLISTED' }), args, WAITLIST_ORDER, (filter) =>
      loaders.waitlistLists.connection(c._id, { field: 'targetId', array: false, filter }, args),
    ),
  applications: (c, args, { identity, loaders }) =>
    listOrEmpty(visible(identity, statusIn(args.filter ?? {})), args, APPLICATION_ORDER, (filter) =>
      loaders.applicationLists.connection(c._id, { field: 'cohortId', array: false, filter }, args),
    ),
};

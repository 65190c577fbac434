import { actorReference, type PageArgs } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { ruleIssues } from '../domain/programmeRules';
import { emptyConnection } from '@fabrique/kit';
import { APPLICATION_ORDER, WAITLIST_ORDER } from '../models/applications/repository';
import type { ApplicationStatus } from '../models/applications/schema';
import type { CohortRecord } from '../models/cohorts/schema';
import { statusIn, visible, type StatusArgs } from './filters';

/** Enrolled, offered and free places of a cohort, from the applications holding its seats (batched). */
export async function cohortFill(cohort: CohortRecord, { loaders }: ConventionsContext) {
  const holders = await loaders.seatHolders.load(cohort._id);
  const enrolments = holders.filter((a) => a.status === 'ACCEPTED');
  const offered = holders.length - enrolments.length;
  return {
    enrolments,
    enrolled: enrolments.length,
    offered,
    seatsLeft: Math.max(0, cohort.capacity - holders.length),
    fillRate: Math.round((enrolments.length / cohort.capacity) * 10_000) / 10_000,
  };
}

export const Cohort = {
  __resolveReference: (ref: { id: string }, { loaders }: ConventionsContext) => loaders.cohort.load(ref.id),
  id: (c: CohortRecord) => c._id,
  programme: (c: CohortRecord, _: unknown, { loaders }: ConventionsContext) => loaders.programme.load(c.programmeId),
  partners: (c: CohortRecord) => c.partnerIds.map(actorReference),
  trainingDays: (c: CohortRecord) => c.sessions.length,
  async ruleIssues(c: CohortRecord, _: unknown, { loaders }: ConventionsContext) {
    const programme = await loaders.programme.load(c.programmeId);
    return programme ? ruleIssues(programme, c) : [];
  },
  enrolments: async (c: CohortRecord, _: unknown, context: ConventionsContext) => (await cohortFill(c, context)).enrolments,
  enrolledCount: async (c: CohortRecord, _: unknown, context: ConventionsContext) => (await cohortFill(c, context)).enrolled,
  offeredCount: async (c: CohortRecord, _: unknown, context: ConventionsContext) => (await cohortFill(c, context)).offered,
  seatsLeft: async (c: CohortRecord, _: unknown, context: ConventionsContext) => (await cohortFill(c, context)).seatsLeft,
  fillRate: async (c: CohortRecord, _: unknown, context: ConventionsContext) => (await cohortFill(c, context)).fillRate,
  waitlist(c: CohortRecord, args: PageArgs, { identity, loaders }: ConventionsContext) {
    const filter = visible(identity, { status: 'WAITLISTED' });
    return filter ? loaders.waitlistLists.connection(c._id, { field: 'targetId', array: false, filter }, args) : emptyConnection(args, WAITLIST_ORDER);
  },
  applications(c: CohortRecord, args: PageArgs & StatusArgs<ApplicationStatus>, { identity, loaders }: ConventionsContext) {
    const filter = visible(identity, statusIn(args));
    return filter ? loaders.applicationLists.connection(c._id, { field: 'cohortId', array: false, filter }, args) : emptyConnection(args, APPLICATION_ORDER);
  },
};

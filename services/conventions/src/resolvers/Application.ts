import { visibleRecord } from '../domain/access';
import { waitlistPosition } from '../domain/applications/applications';
import { seatNumberOf } from '../domain/applications/seats';
import { enrolmentOf, nextApplicationStatuses } from '../domain/applications/workflow';
import { programmeOf } from '../domain/programmes/programmes';
import type { ApplicationResolvers, ApplicationStatusChangeResolvers, EnrolmentResolvers } from '../generated/resolvers';
import { iso } from './format';

/** The fields an application and its public view (an enrolment) share. */
const common = {
  id: (a) => a._id,
  territory: (a) => ({ __typename: 'Territory', id: a.territoryId }),
  programme: (a, _, context) => programmeOf(a.programmeId, context),
  cohort: (a, _, { loaders }) => (a.cohortId ? loaders.cohort.load(a.cohortId) : null),
  seatNumber: (a) => seatNumberOf(a.seatId),
} satisfies ApplicationResolvers & EnrolmentResolvers;

export const Application: ApplicationResolvers = {
  ...common,
  // Read as an entity when `node` names it: hidden as the `application` query hides it.
  __resolveReference: async (ref, { loaders, identity }) => visibleRecord(await loaders.application.load(ref.id), identity),
  nextStatuses: (a) => nextApplicationStatuses(a.status),
  waitlistPosition: (a, _, context) => waitlistPosition(a, context),
  enrolment: (a) => enrolmentOf(a),
  submittedAt: (a) => iso(a.createdAt),
  updatedAt: (a) => iso(a.updatedAt),
};

export const ApplicationStatusChange: ApplicationStatusChangeResolvers = {
  at: (s) => iso(s.at),
};

/** An enrolment is an accepted application seen publicly: who, where, since when. */
export const Enrolment: EnrolmentResolvers = {
  ...common,
  enrolledAt: (a) => iso(a.enrolledAt ?? a.updatedAt),
  application: (a, _, { identity }) => visibleRecord(a, identity),
};

import { idempotentMutation } from '@fabrique/kit';
import { actOnApplication, submitApplication } from '../domain/applications/applications';
import type { ApplicationAction } from '../domain/applications/workflow';
import * as conventions from '../domain/conventions/conventions';
import { createDiagnostic, updateDiagnostic } from '../domain/diagnostics';
import { addCohortSession, createCohort, removeCohortSession, updateCohort, updateCohortSession } from '../domain/programmes/cohorts';
import type { MutationResolvers } from '../generated/resolvers';

/** The resolver of a workflow mutation (their inputs all have the same fields). */
const act = (action: ApplicationAction): NonNullable<MutationResolvers['shortlistApplication']> => (_, { input }, context) => actOnApplication(action, input, context);

export const Mutation: MutationResolvers = {
  createConvention: idempotentMutation('createConvention', {
    create: (context, input, id) => conventions.createConvention(input, context, id),
    find: (context, id) => context.repositories.conventions.resume(id),
  }),
  updateConvention: (_, args, context) => conventions.updateConvention(args, context),
  changeConventionStatus: (_, args, context) => conventions.changeConventionStatus(args, context),
  addConventionDocument: (_, args, context) => conventions.addConventionDocument(args, context),
  removeConventionDocument: (_, args, context) => conventions.removeConventionDocument(args, context),
  addCommitment: (_, args, context) => conventions.addCommitment(args, context),
  updateCommitment: (_, args, context) => conventions.updateCommitment(args, context),
  addMilestone: (_, args, context) => conventions.addMilestone(args, context),
  updateMilestone: (_, args, context) => conventions.updateMilestone(args, context),
  addIndicator: (_, args, context) => conventions.addIndicator(args, context),
  recordIndicatorValue: (_, args, context) => conventions.recordIndicatorValue(args, context),

  createCohort: idempotentMutation('createCohort', {
    create: (context, input, id) => createCohort(input, context, id),
    find: (context, id) => context.repositories.cohorts.resume(id),
  }),
  updateCohort: (_, { input }, context) => updateCohort(input, context),
  addCohortSession: (_, { input }, context) => addCohortSession(input, context),
  updateCohortSession: (_, { input }, context) => updateCohortSession(input, context),
  removeCohortSession: (_, { input }, context) => removeCohortSession(input, context),

  submitApplication: idempotentMutation('submitApplication', {
    create: (context, input, id) => submitApplication(input, context, id),
    find: (context, id) => context.repositories.applications.resume(id),
  }),
  shortlistApplication: act('shortlist'),
  waitlistApplication: act('waitlist'),
  acceptApplication: act('accept'),
  rejectApplication: act('reject'),
  withdrawApplication: act('withdraw'),
  acceptOffer: act('acceptOffer'),
  declineOffer: act('declineOffer'),

  createDiagnostic: idempotentMutation('createDiagnostic', {
    create: (context, input, id) => createDiagnostic(input, context, id),
    find: (context, id) => context.repositories.diagnostics.resume(id),
  }),
  updateDiagnostic: (_, { input }, context) => updateDiagnostic(input, context),
};

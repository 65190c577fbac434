import { idempotentMutation } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { actOnApplication, submitApplication, type ApplicationInput } from '../domain/applications';
import type { ApplicationAction } from '../domain/applicationWorkflow';
import { addCohortSession, createCohort, removeCohortSession, updateCohort, updateCohortSession, type CohortInput, type CohortUpdate, type SessionInput } from '../domain/cohorts';
import * as conventions from '../domain/conventions';
import { createDiagnostic, updateDiagnostic, type DiagnosticInput, type DiagnosticUpdate } from '../domain/diagnostics';
import type { ConventionStatus } from '../models/conventions/schema';

type Versioned = { id: string; expectedVersion: number };
type OnConvention = { conventionId: string; expectedVersion: number };
type OnCohort = { cohortId: string; expectedVersion: number };
type Act = { id: string; expectedVersion?: number | null; note?: string | null };
type Ctx = ConventionsContext;

const act = (action: ApplicationAction) => (_: unknown, args: Act, context: Ctx) => actOnApplication(action, args, context);

export const Mutation = {
  createConvention: idempotentMutation('createConvention', {
    create: (c: Ctx, input: conventions.ConventionInput, id) => conventions.createConvention(input, c, id),
    find: (c: Ctx, id) => c.repositories.conventions.resume(id),
  }),
  updateConvention: (_: unknown, a: Versioned & { input: conventions.ConventionUpdate }, c: Ctx) => conventions.updateConvention(a.id, a.expectedVersion, a.input, c),
  changeConventionStatus: (_: unknown, a: Versioned & { status: ConventionStatus; effectiveOn?: string | null; note?: string | null }, c: Ctx) =>
    conventions.changeConventionStatus(a, c),
  addConventionDocument: (_: unknown, a: Versioned & { input: conventions.DocumentInput }, c: Ctx) => conventions.addConventionDocument(a.id, a.expectedVersion, a.input, c),
  removeConventionDocument: (_: unknown, a: Versioned & { documentId: string }, c: Ctx) => conventions.removeConventionDocument(a.id, a.expectedVersion, a.documentId, c),
  addCommitment: (_: unknown, a: OnConvention & { input: conventions.CommitmentInput }, c: Ctx) => conventions.addCommitment(a.conventionId, a.expectedVersion, a.input, c),
  updateCommitment: (_: unknown, a: OnConvention & { number: number; input: { title?: string | null; description?: string | null } }, c: Ctx) =>
    conventions.updateCommitment(a.conventionId, a.expectedVersion, a.number, a.input, c),
  addMilestone: (_: unknown, a: OnConvention & { commitmentNumber: number; input: conventions.MilestoneInput }, c: Ctx) =>
    conventions.addMilestone(a.conventionId, a.expectedVersion, a.commitmentNumber, a.input, c),
  updateMilestone: (_: unknown, a: OnConvention & { milestoneId: string; input: Partial<conventions.MilestoneInput> }, c: Ctx) =>
    conventions.updateMilestone(a.conventionId, a.expectedVersion, a.milestoneId, a.input, c),
  addIndicator: (_: unknown, a: OnConvention & { commitmentNumber: number; input: conventions.IndicatorInput }, c: Ctx) =>
    conventions.addIndicator(a.conventionId, a.expectedVersion, a.commitmentNumber, a.input, c),
  recordIndicatorValue: (_: unknown, a: OnConvention & { indicatorId: string; value: number; measuredOn: string; note?: string | null }, c: Ctx) =>
    conventions.recordIndicatorValue(a, c),

  createCohort: idempotentMutation('createCohort', {
    create: (c: Ctx, input: CohortInput, id) => createCohort(input, c, id),
    find: (c: Ctx, id) => c.repositories.cohorts.resume(id),
  }),
  updateCohort: (_: unknown, a: Versioned & { input: CohortUpdate }, c: Ctx) => updateCohort(a.id, a.expectedVersion, a.input, c),
  addCohortSession: (_: unknown, a: OnCohort & { input: SessionInput }, c: Ctx) => addCohortSession(a.cohortId, a.expectedVersion, a.input, c),
  updateCohortSession: (_: unknown, a: OnCohort & { sessionId: string; input: Partial<SessionInput> }, c: Ctx) =>
    updateCohortSession(a.cohortId, a.expectedVersion, a.sessionId, a.input, c),
  removeCohortSession: (_: unknown, a: OnCohort & { sessionId: string }, c: Ctx) => removeCohortSession(a.cohortId, a.expectedVersion, a.sessionId, c),

  submitApplication: idempotentMutation('submitApplication', {
    create: (c: Ctx, input: ApplicationInput, id) => submitApplication(input, c, id),
    find: (c: Ctx, id) => c.repositories.applications.resume(id),
  }),
  shortlistApplication: act('shortlist'),
  waitlistApplication: act('waitlist'),
  acceptApplication: act('accept'),
  rejectApplication: act('reject'),
  withdrawApplication: act('withdraw'),
  acceptOffer: act('acceptOffer'),
  declineOffer: act('declineOffer'),

  createDiagnostic: idempotentMutation('createDiagnostic', {
    create: (c: Ctx, input: DiagnosticInput, id) => createDiagnostic(input, c, id),
    find: (c: Ctx, id) => c.repositories.diagnostics.resume(id),
  }),
  updateDiagnostic: (_: unknown, a: Versioned & { input: DiagnosticUpdate }, c: Ctx) => updateDiagnostic(a.id, a.expectedVersion, a.input, c),
};

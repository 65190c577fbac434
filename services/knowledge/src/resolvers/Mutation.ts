import { idempotentMutation } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import { cancelRegistration, createLearningJourney, register, updateLearningJourney, type CreateJourneyInput, type UpdateJourneyInput } from '../journeys/service';
import { importExperiences, type ImportItem } from '../publishing/imports';
import { experienceService, resourceService, type ExperienceInput, type ResourceInput } from '../publishing/kinds';
import type { WorkflowAction } from '../publishing/workflow';
import { createTheme, type CreateThemeInput } from '../themes';

type Transition = { id: string; expectedVersion?: number | null; comment?: string | null };
type Edit<I> = { id: string; expectedVersion: number; input: I };
type Restore = { id: string; version: number; expectedVersion: number };

/** The four workflow mutations of a kind of publication. */
function workflowMutations(prefix: 'Experience' | 'Resource', service: (context: KnowledgeContext) => ReturnType<typeof experienceService> | ReturnType<typeof resourceService>) {
  const transition = (action: WorkflowAction) => (_: unknown, args: Transition, context: KnowledgeContext) =>
    service(context).transition(args.id, action, args.expectedVersion, args.comment);
  return {
    [`submit${prefix}`]: transition('submit'),
    [`return${prefix}ToDraft`]: transition('returnToDraft'),
    [`publish${prefix}`]: transition('publish'),
    [`archive${prefix}`]: transition('archive'),
    [`restore${prefix}Revision`]: (_: unknown, args: Restore, context: KnowledgeContext) => service(context).restore(args.id, args.version, args.expectedVersion),
  };
}

export const Mutation = {
  createExperience: idempotentMutation('createExperience', {
    create: (context: KnowledgeContext, input: ExperienceInput, id) => experienceService(context).create(input, id),
    find: (context: KnowledgeContext, id) => context.repositories.experiences.resume(id),
  }),
  updateExperience: (_: unknown, args: Edit<ExperienceInput>, context: KnowledgeContext) =>
    experienceService(context).update(args.id, args.expectedVersion, args.input),
  ...workflowMutations('Experience', experienceService),
  async importExperiences(_: unknown, args: { items: ImportItem[]; submit?: boolean | null }, context: KnowledgeContext) {
    const results = await importExperiences(args.items, Boolean(args.submit), context);
    const count = (status: string) => results.filter((r) => r.status === status).length;
    return { results, createdCount: count('CREATED'), alreadyImportedCount: count('ALREADY_IMPORTED'), failedCount: count('FAILED') };
  },
  createResource: idempotentMutation('createResource', {
    create: (context: KnowledgeContext, input: ResourceInput, id) => resourceService(context).create(input, id),
    find: (context: KnowledgeContext, id) => context.repositories.resources.resume(id),
  }),
  updateResource: (_: unknown, args: Edit<ResourceInput>, context: KnowledgeContext) => resourceService(context).update(args.id, args.expectedVersion, args.input),
  ...workflowMutations('Resource', resourceService),
  createTheme: idempotentMutation('createTheme', {
    recordId: (input: CreateThemeInput) => String(input.id),
    create: (context: KnowledgeContext, input: CreateThemeInput) => createTheme(input, context),
    find: async (context: KnowledgeContext, id) => (await context.repositories.themes.findByIds([id]))[0] ?? null,
  }),
  createLearningJourney: idempotentMutation('createLearningJourney', {
    create: (context: KnowledgeContext, input: CreateJourneyInput, id) => createLearningJourney(input, context, id),
    find: async (context: KnowledgeContext, id) => (await context.repositories.journeys.findByIds([id]))[0] ?? null,
  }),
  updateLearningJourney: (_: unknown, args: { id: string; input: UpdateJourneyInput }, context: KnowledgeContext) =>
    updateLearningJourney(args.id, args.input, context),
  registerForLearningJourney: (_: unknown, args: Parameters<typeof register>[0], context: KnowledgeContext) => register(args, context),
  cancelJourneyRegistration: (_: unknown, args: Parameters<typeof cancelRegistration>[0], context: KnowledgeContext) => cancelRegistration(args, context),
};

import { idempotentMutation } from '@fabrique/kit';
import { createLearningJourney, updateLearningJourney } from '../domain/journeys/journeys';
import { cancelJourneyRegistration, registerForLearningJourney } from '../domain/journeys/registrations';
import { importExperiences } from '../domain/publishing/imports';
import { experienceService, resourceService } from '../domain/publishing/kinds';
import { createTheme } from '../domain/themes';
import type { MutationResolvers } from '../generated/resolvers';

export const Mutation: MutationResolvers = {
  createExperience: idempotentMutation('createExperience', {
    create: (context, input, id) => experienceService(context).create(input, id),
    find: (context, id) => context.repositories.experiences.resume(id),
  }),
  importExperiences: (_, args, context) => importExperiences(args, context),
  createResource: idempotentMutation('createResource', {
    create: (context, input, id) => resourceService(context).create(input, id),
    find: (context, id) => context.repositories.resources.resume(id),
  }),
  // Edits and workflow steps of both kinds, one service (domain/publishing).
  updateExperience: (_, args, context) => experienceService(context).update(args.id, args.expectedVersion, args.input),
  updateResource: (_, args, context) => resourceService(context).update(args.id, args.expectedVersion, args.input),
  submitExperience: (_, args, context) => experienceService(context).transition(args.id, 'submit', args.expectedVersion, null),
  submitResource: (_, args, context) => resourceService(context).transition(args.id, 'submit', args.expectedVersion, null),
  returnExperienceToDraft: (_, args, context) => experienceService(context).transition(args.id, 'returnToDraft', args.expectedVersion, args.comment),
  returnResourceToDraft: (_, args, context) => resourceService(context).transition(args.id, 'returnToDraft', args.expectedVersion, args.comment),
  publishExperience: (_, args, context) => experienceService(context).transition(args.id, 'publish', args.expectedVersion, null),
  publishResource: (_, args, context) => resourceService(context).transition(args.id, 'publish', args.expectedVersion, null),
  archiveExperience: (_, args, context) => experienceService(context).transition(args.id, 'archive', args.expectedVersion, args.comment),
  archiveResource: (_, args, context) => resourceService(context).transition(args.id, 'archive', args.expectedVersion, args.comment),
  restoreExperienceRevision: (_, args, context) => experienceService(context).restore(args.id, args.version, args.expectedVersion),
  restoreResourceRevision: (_, args, context) => resourceService(context).restore(args.id, args.version, args.expectedVersion),
  createTheme: idempotentMutation('createTheme', {
    recordId: (input) => String(input.id),
    create: (context, input) => createTheme(input, context),
    find: async (context, id) => (await context.repositories.themes.findByIds([id]))[0] ?? null,
  }),
  createLearningJourney: idempotentMutation('createLearningJourney', {
    create: (context, input, id) => createLearningJourney(input, context, id),
    find: async (context, id) => (await context.repositories.journeys.findByIds([id]))[0] ?? null,
  }),
  updateLearningJourney: (_, args, context) => updateLearningJourney(args.id, args.input, context),
  registerForLearningJourney: (_, args, context) => registerForLearningJourney(args, context),
  cancelJourneyRegistration: (_, args, context) => cancelJourneyRegistration(args, context),
};

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
  importExperiences: (_, { input }, context) => importExperiences(input, context),
  createResource: idempotentMutation('createResource', {
    create: (context, input, id) => resourceService(context).create(input, id),
    find: (context, id) => context.repositories.resources.resume(id),
  }),
  // Edits and workflow steps of both kinds, one service (domain/publishing).
  updateExperience: (_, { input }, context) => experienceService(context).update(input.id, input.expectedVersion, input.changes),
  updateResource: (_, { input }, context) => resourceService(context).update(input.id, input.expectedVersion, input.changes),
  submitExperience: (_, { input }, context) => experienceService(context).transition(input.id, 'submit', input.expectedVersion, null),
  submitResource: (_, { input }, context) => resourceService(context).transition(input.id, 'submit', input.expectedVersion, null),
  returnExperienceToDraft: (_, { input }, context) => experienceService(context).transition(input.id, 'returnToDraft', input.expectedVersion, input.comment),
  returnResourceToDraft: (_, { input }, context) => resourceService(context).transition(input.id, 'returnToDraft', input.expectedVersion, input.comment),
  publishExperience: (_, { input }, context) => experienceService(context).transition(input.id, 'publish', input.expectedVersion, null),
  publishResource: (_, { input }, context) => resourceService(context).transition(input.id, 'publish', input.expectedVersion, null),
  archiveExperience: (_, { input }, context) => experienceService(context).transition(input.id, 'archive', input.expectedVersion, input.comment),
  archiveResource: (_, { input }, context) => resourceService(context).transition(input.id, 'archive', input.expectedVersion, input.comment),
  restoreExperienceRevision: (_, { input }, context) => experienceService(context).restore(input.id, input.version, input.expectedVersion),
  restoreResourceRevision: (_, { input }, context) => resourceService(context).restore(input.id, input.version, input.expectedVersion),
  createTheme: idempotentMutation('createTheme', {
    recordId: (input) => String(input.id),
    create: (context, input) => createTheme(input, context),
    find: async (context, id) => (await context.repositories.themes.findByIds([id]))[0] ?? null,
  }),
  createLearningJourney: idempotentMutation('createLearningJourney', {
    create: (context, input, id) => createLearningJourney(input, context, id),
    find: (context, id) => context.repositories.journeys.resume(id),
  }),
  updateLearningJourney: (_, { input }, context) => updateLearningJourney(input, context),
  registerForLearningJourney: (_, { input }, context) => registerForLearningJourney(input, context),
  cancelJourneyRegistration: (_, { input }, context) => cancelJourneyRegistration(input, context),
};

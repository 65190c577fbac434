import { idempotentMutation } from '@fabrique/kit';
import type { MutationResolvers } from '../generated/resolvers';
import { issueApiToken, issuedToken, refuseReissue, revokeApiToken } from '../domain/access/apiTokens';
import { createAlliance, updateAlliance } from '../domain/alliances';
import { createMembership, leaveAlliance, updateMembership } from '../domain/memberships';
import { createOrganisation, updateOrganisation } from '../domain/organisations';
import { createPerson, updatePerson } from '../domain/people';
import { createPosition, updatePosition } from '../domain/positions';

/**
 * Staff work: each mutation checks the caller's role first (see domain/access/policy.ts). Creates take an
 * optional `idempotencyKey`: a retry answers the record the first attempt made (the kit's idempotency.ts).
 */
export const Mutation: MutationResolvers = {
  createOrganisation: idempotentMutation('createOrganisation', { create: createOrganisation, find: (context, id) => context.repositories.organisations.resume(id) }),
  updateOrganisation: (_, { input }, context) => updateOrganisation(context, input),
  createPerson: idempotentMutation('createPerson', { create: createPerson, find: (context, id) => context.repositories.people.resume(id) }),
  updatePerson: (_, { input }, context) => updatePerson(context, input),
  createPosition: idempotentMutation('createPosition', { create: createPosition, find: (context, id) => context.repositories.positions.resume(id) }),
  updatePosition: (_, { input }, context) => updatePosition(context, input),
  createAlliance: idempotentMutation('createAlliance', { create: createAlliance, find: (context, id) => context.repositories.alliances.resume(id) }),
  updateAlliance: (_, { input }, context) => updateAlliance(context, input),
  createMembership: idempotentMutation('createMembership', { create: createMembership, find: (context, id) => context.repositories.memberships.resume(id) }),
  updateMembership: (_, { input }, context) => updateMembership(context, input),
  leaveAlliance: (_, { input }, context) => leaveAlliance(context, input),
  // A retry with the same idempotencyKey never issues a second token, nor shows the secret again.
  issueApiToken: idempotentMutation('issueApiToken', { create: issueApiToken, find: issuedToken, replay: ({ token }) => refuseReissue(token) }),
  revokeApiToken: (_, { input }, context) => revokeApiToken(context, input.id),
};

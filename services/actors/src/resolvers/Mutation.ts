import { idempotentMutation } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { createAlliance, updateAlliance, type CreateAllianceInput, type UpdateAllianceInput } from '../mutations/alliances';
import {
  createMembership,
  leaveAlliance,
  updateMembership,
  type CreateMembershipInput,
  type LeaveAllianceInput,
  type UpdateMembershipInput,
} from '../mutations/memberships';
import { createOrganisation, updateOrganisation, type CreateOrganisationInput, type UpdateOrganisationInput } from '../mutations/organisations';
import { createPerson, updatePerson, type CreatePersonInput, type UpdatePersonInput } from '../mutations/people';
import { createPosition, updatePosition, type CreatePositionInput, type UpdatePositionInput } from '../mutations/positions';

type Input<T> = { input: T };

/**
 * Staff work: each mutation checks the caller's role first (see mutations/context.ts). Creates take an
 * optional `idempotencyKey`: a retry answers the record the first attempt made (the kit's idempotency.ts).
 */
export const Mutation = {
  createOrganisation: idempotentMutation('createOrganisation', { create: createOrganisation, find: (context: ActorsContext, id) => context.repositories.organisations.resume(id) }),
  updateOrganisation: (_: unknown, { input }: Input<UpdateOrganisationInput>, context: ActorsContext) => updateOrganisation(context, input),
  createPerson: idempotentMutation('createPerson', { create: createPerson, find: (context: ActorsContext, id) => context.repositories.people.resume(id) }),
  updatePerson: (_: unknown, { input }: Input<UpdatePersonInput>, context: ActorsContext) => updatePerson(context, input),
  createPosition: idempotentMutation('createPosition', { create: createPosition, find: (context: ActorsContext, id) => context.repositories.positions.resume(id) }),
  updatePosition: (_: unknown, { input }: Input<UpdatePositionInput>, context: ActorsContext) => updatePosition(context, input),
  createAlliance: idempotentMutation('createAlliance', { create: createAlliance, find: (context: ActorsContext, id) => context.repositories.alliances.resume(id) }),
  updateAlliance: (_: unknown, { input }: Input<UpdateAllianceInput>, context: ActorsContext) => updateAlliance(context, input),
  createMembership: idempotentMutation('createMembership', { create: createMembership, find: (context: ActorsContext, id) => context.repositories.memberships.resume(id) }),
  updateMembership: (_: unknown, { input }: Input<UpdateMembershipInput>, context: ActorsContext) => updateMembership(context, input),
  leaveAlliance: (_: unknown, { input }: Input<LeaveAllianceInput>, context: ActorsContext) => leaveAlliance(context, input),
};

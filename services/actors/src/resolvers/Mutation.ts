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

/** Staff work: each mutation checks the caller's role first (see mutations/context.ts). */
export const Mutation = {
  createOrganisation: (_: unknown, { input }: Input<CreateOrganisationInput>, context: ActorsContext) => createOrganisation(context, input),
  updateOrganisation: (_: unknown, { input }: Input<UpdateOrganisationInput>, context: ActorsContext) => updateOrganisation(context, input),
  createPerson: (_: unknown, { input }: Input<CreatePersonInput>, context: ActorsContext) => createPerson(context, input),
  updatePerson: (_: unknown, { input }: Input<UpdatePersonInput>, context: ActorsContext) => updatePerson(context, input),
  createPosition: (_: unknown, { input }: Input<CreatePositionInput>, context: ActorsContext) => createPosition(context, input),
  updatePosition: (_: unknown, { input }: Input<UpdatePositionInput>, context: ActorsContext) => updatePosition(context, input),
  createAlliance: (_: unknown, { input }: Input<CreateAllianceInput>, context: ActorsContext) => createAlliance(context, input),
  updateAlliance: (_: unknown, { input }: Input<UpdateAllianceInput>, context: ActorsContext) => updateAlliance(context, input),
  createMembership: (_: unknown, { input }: Input<CreateMembershipInput>, context: ActorsContext) => createMembership(context, input),
  updateMembership: (_: unknown, { input }: Input<UpdateMembershipInput>, context: ActorsContext) => updateMembership(context, input),
  leaveAlliance: (_: unknown, { input }: Input<LeaveAllianceInput>, context: ActorsContext) => leaveAlliance(context, input),
};

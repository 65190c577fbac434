// Entities of other subgraphs to which this one contributes fields.
import { actorReference } from '@fabrique/kit';
import { journeysHostedBy, publishedSubList } from '../domain/lists';
import type { ActorResolvers, ConventionResolvers, OrganisationResolvers, ProgrammeResolvers, TerritoryResolvers } from '../generated/resolvers';

export const Actor: ActorResolvers = {
  __resolveReference: (ref) => actorReference(ref.id),
  __resolveType: (actor) => actorReference(actor.id).__typename,
};

export const Territory: TerritoryResolvers = {
  experiences: (t, args, { loaders }) => publishedSubList(loaders.experienceSubLists, 'territoryScope', true, t.id, args),
  learningJourneys: async (t, args, { loaders }) => journeysHostedBy(await loaders.journeysByHost.load(t.id), args),
};

export const Organisation: OrganisationResolvers = {
  experiences: (o, args, { loaders }) => publishedSubList(loaders.experienceSubLists, 'publisherId', false, o.id, args),
  resources: (o, args, { loaders }) => publishedSubList(loaders.resourceSubLists, 'publisherId', false, o.id, args),
};

export const Convention: ConventionResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  experiences: (c, args, { loaders }) => publishedSubList(loaders.experienceSubLists, 'conventionId', false, c.id, args),
};

export const Programme: ProgrammeResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  experiences: (p, args, { loaders }) => publishedSubList(loaders.experienceSubLists, 'programmeId', false, p.id, args),
  resources: (p, args, { loaders }) => publishedSubList(loaders.resourceSubLists, 'programmeId', false, p.id, args),
};

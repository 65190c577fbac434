import type { QueryResolvers } from '../generated/resolvers';
import { findApiToken, listApiTokens } from '../domain/access/apiTokens';
import { listAlliances } from '../domain/alliances';
import { listOrganisations } from '../domain/organisations';
import { node, nodes } from '../domain/nodes';
import { listPeople } from '../domain/people';
import { listTerritories, territoryByCode } from '../domain/territories';

export const Query: QueryResolvers = {
  territory: (_, args, { repositories }) => territoryByCode(repositories, args),
  node: (_, args, context) => node(context, args.id),
  nodes: (_, args, context) => nodes(context, args.ids),
  territories: (_, args, { repositories }) => listTerritories(repositories, args),
  organisation: (_, args, { loaders }) => loaders.organisationBySlug.load(args.slug),
  organisations: (_, args, { repositories }) => listOrganisations(repositories, args),
  person: (_, args, { loaders }) => loaders.person.load(args.id),
  people: (_, args, { repositories }) => listPeople(repositories, args),
  alliance: (_, args, { loaders }) => loaders.allianceBySlug.load(args.slug),
  alliances: (_, args, { repositories }) => listAlliances(repositories, args),
  viewer: (_, __, { identity }) => identity,
  apiTokens: (_, args, context) => listApiTokens(context, args),
  apiToken: (_, args, context) => findApiToken(context, args.id),
};

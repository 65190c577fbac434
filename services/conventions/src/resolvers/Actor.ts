import { actorReference } from '@fabrique/kit';
import { conventionFilter, listOrEmpty, statusIn, territoryRecords } from '../domain/lists';
import type { ActorResolvers, OrganisationResolvers, TerritoryResolvers } from '../generated/resolvers';
import { APPLICATION_ORDER } from '../models/applications/repository';
import { DIAGNOSTIC_ORDER } from '../models/diagnostics/repository';

export const Actor: ActorResolvers = {
  __resolveType: (actor) => actor.__typename,
  __resolveReference: (ref) => actorReference(ref.id),
};

/** Sub-lists contributed to Territory: batched over every territory of the request. */
export const Territory: TerritoryResolvers = {
  conventions: async (t, args, context) => context.loaders.conventionLists.connection(t.id, { field: 'territoryScope', array: true, filter: await conventionFilter(args.filter, context) }, args),
  applications: (t, args, { identity, loaders }) =>
    listOrEmpty(territoryRecords(identity, t.id, statusIn(args.filter ?? {})), args, APPLICATION_ORDER, (filter) =>
      loaders.applicationLists.connection(t.id, { field: 'territoryId', array: false, filter }, args),
    ),
  enrolments: (t, args, { loaders }) => loaders.enrolmentLists.connection(t.id, { field: 'territoryId', array: false, filter: { status: 'ACCEPTED' } }, args),
  diagnostics: (t, args, { identity, loaders }) =>
    listOrEmpty(territoryRecords(identity, t.id, {}), args, DIAGNOSTIC_ORDER, (filter) =>
      loaders.diagnosticLists.connection(t.id, { field: 'territoryId', array: false, filter }, args),
    ),
};

export const Organisation: OrganisationResolvers = {
  conventions: async (o, args, context) => context.loaders.conventionLists.connection(o.id, { field: 'organisationIds', array: true, filter: await conventionFilter(args.filter, context) }, args),
  cohorts: (o, args, { loaders }) => loaders.cohortLists.connection(o.id, { field: 'partnerIds', array: true, filter: {} }, args),
};

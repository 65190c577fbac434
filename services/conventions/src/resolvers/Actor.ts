import { actorReference } from '@fabrique/kit';
import { listOrEmpty, statusIn, territoryRecords } from '../domain/lists';
import type { ActorResolvers, OrganisationResolvers, TerritoryResolvers } from '../generated/resolvers';
import { APPLICATION_ORDER } from '../models/applications/repository';
import { DIAGNOSTIC_ORDER } from '../models/diagnostics/repository';

export const Actor: ActorResolvers = {
  __resolveType: (actor) => actor.__typename,
  __resolveReference: (ref) => actorReference(ref.id),
};

/** Sub-lists contributed to Territory: batched over every territory of the request. */
export const Territory: TerritoryResolvers = {
  conventions: (t, args, { loaders }) => loaders.conventionLists.connection(t.id, { field: 'territoryScope', array: true, filter: statusIn(args) }, args),
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
  conventions: (o, args, { loaders }) => loaders.conventionLists.connection(o.id, { field: 'organisationIds', array: true, filter: statusIn(args) }, args),
  cohorts: (o, args, { loaders }) => loaders.cohortLists.connection(o.id, { field: 'partnerIds', array: true, filter: {} }, args),
};

import { actorReference, type PageArgs } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { emptyConnection } from '@fabrique/kit';
import { APPLICATION_ORDER } from '../models/applications/repository';
import { DIAGNOSTIC_ORDER } from '../models/diagnostics/repository';
import type { ApplicationStatus } from '../models/applications/schema';
import type { ConventionStatus } from '../models/conventions/schema';
import { canSeeTerritoryRecords } from '../domain/access';
import { statusIn, type StatusArgs as StatusFilter } from './filters';

type Ref = { id: string };
type StatusArgs<S extends string> = PageArgs & StatusFilter<S>;

export const Actor = {
  __resolveReference: (ref: Ref) => actorReference(ref.id),
};

/** Sub-lists contributed to Territory: batched over every territory of the request. */
export const Territory = {
  conventions: (t: Ref, args: StatusArgs<ConventionStatus>, { loaders }: ConventionsContext) =>
    loaders.conventionLists.connection(t.id, { field: 'territoryScope', array: true, filter: statusIn(args) }, args),

  applications: (t: Ref, args: StatusArgs<ApplicationStatus>, { identity, loaders }: ConventionsContext) =>
    canSeeTerritoryRecords(identity, t.id)
      ? loaders.applicationLists.connection(t.id, { field: 'territoryId', array: false, filter: statusIn(args) }, args)
      : emptyConnection(args, APPLICATION_ORDER),

  enrolments: (t: Ref, args: PageArgs, { loaders }: ConventionsContext) =>
    loaders.enrolmentLists.connection(t.id, { field: 'territoryId', array: false, filter: { status: 'ACCEPTED' } }, args),

  diagnostics: (t: Ref, args: PageArgs, { identity, loaders }: ConventionsContext) =>
    canSeeTerritoryRecords(identity, t.id)
      ? loaders.diagnosticLists.connection(t.id, { field: 'territoryId', array: false, filter: {} }, args)
      : emptyConnection(args, DIAGNOSTIC_ORDER),
};

export const Organisation = {
  conventions: (o: Ref, args: StatusArgs<ConventionStatus>, { loaders }: ConventionsContext) =>
    loaders.conventionLists.connection(o.id, { field: 'organisationIds', array: true, filter: statusIn(args) }, args),

  cohorts: (o: Ref, args: PageArgs, { loaders }: ConventionsContext) =>
    loaders.cohortLists.connection(o.id, { field: 'partnerIds', array: true, filter: {} }, args),
};

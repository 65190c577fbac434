import { allOf, checkActorId, checkRecordId, checkTerritoryId, readPage, toConnection, unknownReference, type PageArgs } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { visibleRecord } from '../domain/access';
import { emptyConnection } from '@fabrique/kit';
import { APPLICATION_ORDER } from '../models/applications/repository';
import type { ApplicationStatus } from '../models/applications/schema';
import { COHORT_ORDER } from '../models/cohorts/repository';
import { CONVENTION_ORDER } from '../models/conventions/repository';
import { DIAGNOSTIC_ORDER } from '../models/diagnostics/repository';
import type { ProgrammeKind } from '../models/programmes/schema';
import type { Filter } from '@fabrique/kit';
import { conventionFilter, programmeIdFilter, statusIn, territoryFilter, visible, type ConventionListArgs, type StatusArgs } from './filters';

interface Listable<R> {
  list(filter: Filter, page: ReturnType<typeof readPage>): Promise<R[]>;
  count(filter: Filter): Promise<number>;
}

/** A top-level connection over a filter (null: the caller may see nothing). */
function listOf<R>(repository: Listable<R>, filter: Filter | null, args: PageArgs, order: Parameters<typeof readPage>[1]) {
  if (filter === null) return emptyConnection<R>(args, order);
  const page = readPage(args, order);
  return repository.list(filter, page).then((rows) => toConnection(rows, page, () => repository.count(filter)));
}

/** A `cohortId` argument: a cohort that exists (cohorts are public). */
async function knownCohort(id: string, { loaders }: ConventionsContext): Promise<string> {
  if (!(await loaders.cohort.load(checkRecordId('cohortId', id)))) throw unknownReference('cohortId', 'Cohort', id);
  return id;
}

export const Query = {
  programmes: (_: unknown, __: unknown, { repositories }: ConventionsContext) => repositories.programmes.all(),
  programme: (_: unknown, args: { kind: ProgrammeKind }, { loaders }: ConventionsContext) => loaders.programmeByKind.load(args.kind),

  convention: (_: unknown, args: { id: string }, { loaders }: ConventionsContext) => loaders.convention.load(args.id),
  async conventions(_: unknown, args: ConventionListArgs & PageArgs, context: ConventionsContext) {
    return listOf(context.repositories.conventions, await conventionFilter(args, context), args, CONVENTION_ORDER);
  },

  cohort: (_: unknown, args: { id: string }, { loaders }: ConventionsContext) => loaders.cohort.load(args.id),
  async cohorts(_: unknown, args: PageArgs & { programme?: ProgrammeKind | null; partner?: string | null }, context: ConventionsContext) {
    const filter = allOf(await programmeIdFilter('programmeId', args.programme, context), args.partner ? { partnerIds: checkActorId('partner', args.partner) } : {});
    return listOf(context.repositories.cohorts, filter, args, COHORT_ORDER);
  },

  application: async (_: unknown, args: { id: string }, { identity, loaders }: ConventionsContext) => visibleRecord(await loaders.application.load(args.id), identity),
  async applications(
    _: unknown,
    args: PageArgs & StatusArgs<ApplicationStatus> & { programme?: ProgrammeKind | null; cohortId?: string | null; territory?: string | null },
    context: ConventionsContext,
  ) {
    const filter = visible(
      context.identity,
      statusIn(args),
      await programmeIdFilter('programmeId', args.programme, context),
      args.cohortId ? { cohortId: await knownCohort(args.cohortId, context) } : {},
      territoryFilter('territory', args.territory),
    );
    return listOf(context.repositories.applications, filter, args, APPLICATION_ORDER);
  },

  diagnostic: async (_: unknown, args: { id: string }, { identity, loaders }: ConventionsContext) => visibleRecord(await loaders.diagnostic.load(args.id), identity),
  diagnostics: (_: unknown, args: PageArgs & { territory?: string | null }, context: ConventionsContext) =>
    listOf(context.repositories.diagnostics, visible(context.identity, territoryFilter('territory', args.territory)), args, DIAGNOSTIC_ORDER),

  /** The statistics' scope; each figure is computed by its own resolver (Statistics.ts). */
  conventionStatistics: (_: unknown, args: { territory?: string | null }) => ({ territory: args.territory ? checkTerritoryId('territory', args.territory) : null }),
};

// List filters built from arguments, shared by the top-level lists, the sub-lists and the statistics,
// and the lists a caller may see nothing of (an empty connection, validated like any other).
import { allOf, BadUserInputError, checkActorId, requestedStatuses, checkRecordId, checkTerritoryId, readPage, toConnection, unknownReference, type Connection, type Identity, type PageArgs, type SortSpec } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import type { ConventionFilter, DateRange, QueryApplicationsArgs, QueryCohortsArgs, QueryDiagnosticsArgs } from '../generated/resolvers';
import { countedPage, emptyConnection, type ListReads } from '@fabrique/kit';
import type { ProgrammeKind } from '../models/programmes/schema';
import type { Filter } from '@fabrique/kit';
import { canSeeTerritoryRecords, privateRecordsFilter } from './access';

/** A list filtered by status (`filter.statuses`); absent, every status. */
export function statusIn<S extends string>(args: { statuses?: readonly S[] | null }): Filter {
  const statuses = requestedStatuses(args.statuses, 'filter.statuses');
  if (!statuses) return {};
  return statuses.length === 1 ? { status: statuses[0] } : { status: { $in: statuses } };
}

function readRange(range: DateRange, field: string) {
  const from = range.from ?? null;
  const to = range.to ?? null;
  if (from && to && to < from) throw new BadUserInputError(`${field}.to`, `${field}.to must not be before ${field}.from.`);
  return { from, to };
}

export async function programmeFilter(kind: ProgrammeKind | null | undefined, context: ConventionsContext): Promise<Filter> {
  if (!kind) return {};
  const programme = await context.loaders.programmeByKind.load(kind);
  // An unknown programme matches nothing (the enum makes it impossible short of an empty database).
  return { programmeId: programme?._id ?? '' };
}

/** Records about this territory or one inside it; an unknown territory is NOT_FOUND, not an empty list. */
const territoryFilter = (territory: string | null | undefined, field: string): Filter => (territory ? { territoryScope: checkTerritoryId(field, territory) } : {});

/** The filter of private records (applications, diagnostics) the caller may see, with `more`; null when none. */
export function visible(identity: Identity, ...more: Filter[]): Filter | null {
  const visibility = privateRecordsFilter(identity);
  return visibility === null ? null : allOf(visibility, ...more);
}

/** The filter of a territory's private records (`more`) when the caller may see them; null when not. */
export const territoryRecords = (identity: Identity, territoryId: string, more: Filter): Filter | null => (canSeeTerritoryRecords(identity, territoryId) ? more : null);

/** A `filter.cohortId`: a cohort that exists (cohorts are public). */
async function knownCohort(id: string, { loaders }: ConventionsContext): Promise<string> {
  if (!(await loaders.cohort.load(checkRecordId('filter.cohortId', id)))) throw unknownReference('filter.cohortId', 'Cohort', id);
  return id;
}

/**
 * The criteria of a `ConventionFilter` (absent: every convention); an actor's conventions take the same
 * but `party` and `territory` (`ActorConventionFilter`). Bad criteria name their path (`filter.party`).
 */
export async function conventionFilter(filter: ConventionFilter | null | undefined, context: ConventionsContext): Promise<Filter> {
  const criteria: ConventionFilter = filter ?? {};
  const parts: Filter[] = [statusIn({ statuses: criteria.statuses }), territoryFilter(criteria.territory, 'filter.territory'), await programmeFilter(criteria.programme, context)];
  if (criteria.party) parts.push({ partyIds: checkActorId('filter.party', criteria.party) });
  if (criteria.signed) {
    const { from, to } = readRange(criteria.signed, 'filter.signed');
    parts.push({ signedOn: { $ne: null, ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } });
  }
  if (criteria.inForce) {
    // In force at some point of the range: signed, started by its end, not ended before its start.
    const { from, to } = readRange(criteria.inForce, 'filter.inForce');
    parts.push({ status: { $ne: 'IN_PREPARATION' }, startsOn: { $ne: null, ...(to ? { $lte: to } : {}) } });
    if (from) parts.push({ $or: [{ endsOn: null }, { endsOn: { $gte: from } }] });
  }
  return allOf(...parts);
}

/** Whether a list's criteria hold nothing but `allowed` (a criterion absent or null is not held). */
const onlyCriteria = (criteria: object | null | undefined, allowed: readonly string[]) => Object.entries(criteria ?? {}).every(([key, value]) => value == null || allowed.includes(key));

/**
 * The total of `Query.conventions(filter:)` from the maintained counters (models/statistics) when its
 * criteria are a programme and/or a territory and nothing else (none at all: every convention); undefined
 * for any other criterion, which a query counts. Conventions are public (domain/access.ts): every caller
 * sees the same set, the one the counters count. Call it after `conventionFilter` has checked the criteria.
 */
export function countedConventionTotal(filter: ConventionFilter | null | undefined, context: ConventionsContext): (() => Promise<number>) | undefined {
  if (!onlyCriteria(filter, ['programme', 'territory'])) return undefined;
  return async () => {
    const territory = filter?.territory ? checkTerritoryId('filter.territory', filter.territory) : null;
    const { programmeId } = await programmeFilter(filter?.programme, context);
    return context.repositories.statistics.conventionTotal({ territory, ...(typeof programmeId === 'string' ? { programmeId } : {}) });
  };
}

/** The total of `Query.cohorts(filter:)` from the maintained counters when its criteria are a programme alone, or none (cohorts are public); undefined otherwise. */
export function countedCohortTotal(filter: QueryCohortsArgs['filter'], context: ConventionsContext): (() => Promise<number>) | undefined {
  if (!onlyCriteria(filter, ['programme'])) return undefined;
  return async () => {
    const { programmeId } = await programmeFilter(filter?.programme, context);
    return context.repositories.statistics.cohortTotal(typeof programmeId === 'string' ? programmeId : undefined);
  };
}

/** `Query.cohorts(filter:)` and `ConventionStatistics.cohortFill(filter:)`. */
export async function cohortFilter(filter: QueryCohortsArgs['filter'], context: ConventionsContext): Promise<Filter> {
  return allOf(await programmeFilter(filter?.programme, context), filter?.partner ? { partnerIds: checkActorId('filter.partner', filter.partner) } : {});
}

export async function applicationFilter(filter: QueryApplicationsArgs['filter'], context: ConventionsContext): Promise<Filter | null> {
  return visible(
    context.identity,
    statusIn(filter ?? {}),
    await programmeFilter(filter?.programme, context),
    filter?.cohortId ? { cohortId: await knownCohort(filter.cohortId, context) } : {},
    territoryFilter(filter?.territory, 'filter.territory'),
  );
}

export const diagnosticFilter = (filter: QueryDiagnosticsArgs['filter'], identity: Identity): Filter | null => visible(identity, territoryFilter(filter?.territory, 'filter.territory'));

/** A list over `filter`, or an empty connection when the caller may see nothing of it (`filter` null). */
export function listOrEmpty<N>(filter: Filter | null, args: PageArgs, order: SortSpec, list: (filter: Filter) => Promise<Connection<N>>): Promise<Connection<N>> {
  return filter === null ? Promise.resolve(emptyConnection<N>(args, order)) : list(filter);
}

interface Listable<R> {
  list(filter: Filter, page: ReturnType<typeof readPage>): Promise<R[]>;
  count(filter: Filter): Promise<number>;
  listReads(): Promise<ListReads>;
}

/**
 * A top-level connection of a collection over a filter (null: the caller may see nothing). Its total is
 * `counted` when given (a figure of the maintained counters for the same filter), else a count; a
 * counted list of more than WINDOWED_ABOVE records is read newest first within windows (on an engine
 * whose indexes give no order: the kit's data/engine.ts).
 */
export function listOf<R>(repository: Listable<R>, filter: Filter | null, args: PageArgs, order: SortSpec, counted?: () => Promise<number>): Promise<Connection<R>> {
  return listOrEmpty(filter, args, order, (visibleFilter) => {
    const page = readPage(args, order);
    if (!counted) return repository.list(visibleFilter, page).then((rows) => toConnection(rows, page, () => repository.count(visibleFilter)));
    // A counted list reads its total first: a long one is asked newest first within windows (the kit's
    // newestFirst) where the engine's indexes give no order.
    return counted().then(async (total) => toConnection(await countedPage(repository, visibleFilter, page, total), page, () => Promise.resolve(total)));
  });
}

// Dashboard statistics (`conventionStatistics`): counts by status, region and programme, cohort fill and
// convention progress, each computed on its own when asked, within the scope (a territory, or everything).
// The counts are read from the counters maintained as conventions and applications are written
// (models/statistics): a few counters per figure, whatever the number of records (issue 15).
import { allOf, BadUserInputError, checkTerritoryId, readPage, today, toConnection } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import type { ConventionStatisticsCohortFillArgs, ConventionStatisticsConventionProgressArgs, QueryConventionStatisticsArgs } from '../generated/resolvers';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../models/applications/schema';
import { COHORT_ORDER } from '../models/cohorts/repository';
import type { CohortRecord } from '../models/cohorts/schema';
import { CONVENTION_ORDER } from '../models/conventions/repository';
import { CONVENTION_STATUSES, type ConventionRecord, type ConventionStatus } from '../models/conventions/schema';
import type { ProgrammeRecord } from '../models/programmes/schema';
import { commitmentsInOrder } from './conventions/conventions';
import { commitmentProgress, conventionProgress } from './conventions/progress';
import { FIGURES, fromApplicationKey, scopeOf } from '../models/statistics/repository';
import { seesEveryPrivateRecord } from './access';
import { cohortFilter, statusIn, visible } from './lists';

/** The scope of `conventionStatistics` (a validated territory id, or everything). */
export interface StatisticsScope {
  territory: string | null;
}

/** `filter.territory`, or the deprecated `territory` argument (v1) until a later release removes it; not both. */
export function statisticsScope(args: QueryConventionStatisticsArgs): StatisticsScope {
  const fromFilter = args.filter?.territory;
  if (fromFilter != null && args.territory != null) {
    throw new BadUserInputError('filter.territory', 'Give `filter.territory` or the deprecated `territory`, not both.');
  }
  if (fromFilter != null) return { territory: checkTerritoryId('filter.territory', fromFilter) };
  return { territory: args.territory != null ? checkTerritoryId('territory', args.territory) : null };
}

const conventionScope = ({ territory }: StatisticsScope) => (territory ? { territoryScope: territory } : {});

/** Enrolled, offered and free places of a cohort, from the applications holding its seats (batched). */
export async function fillOf(cohort: CohortRecord, { loaders }: ConventionsContext) {
  const holders = await loaders.seatHolders.load(cohort._id);
  const enrolments = holders.filter((a) => a.status === 'ACCEPTED');
  const offered = holders.length - enrolments.length;
  return {
    enrolments,
    enrolled: enrolments.length,
    offered,
    seatsLeft: Math.max(0, cohort.capacity - holders.length),
    fillRate: Math.round((enrolments.length / cohort.capacity) * 10_000) / 10_000,
  };
}

function progressOf(convention: ConventionRecord) {
  const day = today();
  return {
    convention,
    progress: conventionProgress(convention, day),
    commitments: commitmentsInOrder(convention).map((c) => {
      const progress = commitmentProgress(c, day);
      return { number: c.number, title: c.title, progress: progress.overall, lateMilestones: progress.lateMilestones };
    }),
  };
}

/** A row of `conventionProgress`: a convention with its progress and its commitments'. */
export type ConventionProgressRow = ReturnType<typeof progressOf>;

export async function conventionsByStatus(scope: StatisticsScope, { repositories }: ConventionsContext) {
  const counts = new Map((await repositories.statistics.read(FIGURES.conventionStatus, scopeOf(scope.territory))).map((row) => [row.key, row.count]));
  return CONVENTION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

export async function conventionsByRegion(scope: StatisticsScope, { repositories }: ConventionsContext) {
  const rows = await repositories.statistics.read(FIGURES.conventionRegion, scopeOf(scope.territory));
  return rows
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .map((row) => ({ region: { __typename: 'Territory' as const, id: row.key }, count: row.count }));
}

/** Applications per programme and status within the scope, for a caller who may see them all. */
async function countedApplications(scope: StatisticsScope, { repositories }: ConventionsContext) {
  return (await repositories.statistics.read(FIGURES.applications, scopeOf(scope.territory))).map((row) => ({ ...fromApplicationKey(row.key), count: row.count }));
}

/**
 * Applications per programme and status, counted among those the caller may see within `filter`. Not
 * from the counters, which count every application of a scope: it is for a territory's members, who see
 * their own territory's applications only (`territoryId`, indexed), so the query is bounded by what one
 * territory applied for, not by the collection. Anonymous callers see none within a territory: [].
 */
async function visibleApplications(filter: Record<string, unknown>, { repositories }: ConventionsContext) {
  const groups = await repositories.applications.countGrouped<{ programme: string; status: ApplicationStatus }>(filter, { programme: '$programmeId', status: '$status' });
  return groups.map((g) => ({ programmeId: g._id.programme, status: g._id.status, count: g.count }));
}

/** National counts are public; counts within a territory only cover the applications the caller may see (they would name it). */
export async function applicationsByProgramme(scope: StatisticsScope, context: ConventionsContext) {
  const { identity, loaders } = context;
  let counts: Array<{ programmeId: string; status: ApplicationStatus; count: number }>;
  if (!scope.territory || seesEveryPrivateRecord(identity)) counts = await countedApplications(scope, context);
  else {
    const filter = visible(identity, { territoryScope: scope.territory });
    if (filter === null) return [];
    counts = await visibleApplications(filter, context);
  }
  const programmes = new Map<string, ProgrammeRecord>();
  for (const p of await loaders.programme.loadMany([...new Set(counts.map((c) => c.programmeId))])) if (p && !(p instanceof Error)) programmes.set(p._id, p);
  return counts
    .filter((c) => programmes.has(c.programmeId))
    .map((c) => ({ programme: programmes.get(c.programmeId)!, status: c.status, count: c.count }))
    .sort((a, b) => a.programme.rank - b.programme.rank || APPLICATION_STATUSES.indexOf(a.status) - APPLICATION_STATUSES.indexOf(b.status));
}

export async function cohortFill(args: ConventionStatisticsCohortFillArgs, context: ConventionsContext) {
  const page = readPage({ first: args.first }, COHORT_ORDER);
  const cohorts = (await context.repositories.cohorts.list(await cohortFilter(args.filter, context), page)).slice(0, page.limit);
  return Promise.all(cohorts.map(async (cohort) => ({ cohort, capacity: cohort.capacity, ...(await fillOf(cohort, context)) })));
}

/** The statuses `conventionProgress` lists without a filter (the default of `ConventionProgressFilter.statuses`). */
const PROGRESS_STATUSES: ConventionStatus[] = ['SIGNED', 'ACTIVE'];

export async function conventionsProgress(scope: StatisticsScope, args: ConventionStatisticsConventionProgressArgs, { repositories }: ConventionsContext) {
  // Absent, the filter means its default (SIGNED and ACTIVE); given, its `statuses` (null: every status).
  const filter = allOf(conventionScope(scope), statusIn({ statuses: args.filter ? args.filter.statuses : PROGRESS_STATUSES }));
  const page = readPage(args, CONVENTION_ORDER);
  const rows = await repositories.conventions.list(filter, page);
  return toConnection(rows, page, () => repositories.conventions.count(filter), progressOf);
}

import { allOf, readPage, toConnection, type PageArgs } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { today } from './input';
import { commitmentProgress, conventionProgress } from './conventions/progress';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../models/applications/schema';
import { COHORT_ORDER } from '../models/cohorts/repository';
import { CONVENTION_ORDER } from '../models/conventions/repository';
import { CONVENTION_STATUSES, type ConventionRecord, type ConventionStatus } from '../models/conventions/schema';
import type { ProgrammeKind, ProgrammeRecord } from '../models/programmes/schema';
import { cohortFill } from '../resolvers/Cohort';
import { programmeIdFilter, statusIn, visible } from './lists';

/** The scope of `conventionStatistics` (a validated territory id, or everything). */
type Scope = { territory: string | null };

const conventionScope = ({ territory }: Scope) => (territory ? { territoryScope: territory } : {});

function progressOf(convention: ConventionRecord) {
  const day = today();
  return {
    convention,
    progress: conventionProgress(convention, day),
    commitments: [...convention.commitments]
      .sort((a, b) => a.number - b.number)
      .map((c) => {
        const progress = commitmentProgress(c, day);
        return { number: c.number, title: c.title, progress: progress.overall, lateMilestones: progress.lateMilestones };
      }),
  };
}

export const ConventionStatistics = {
  async conventionsByStatus(scope: Scope, _: unknown, { repositories }: ConventionsContext) {
    const groups = await repositories.conventions.countGrouped<ConventionStatus>(conventionScope(scope), '$status');
    const counts = new Map(groups.map((g) => [g._id, g.count]));
    return CONVENTION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  },

  async conventionsByRegion(scope: Scope, _: unknown, { repositories }: ConventionsContext) {
    const groups = await repositories.conventions.countGrouped<string>(conventionScope(scope), '$territoryScope', 'territoryScope', {
      territoryScope: { $regex: '^REGION:' },
    });
    return groups.sort((a, b) => b.count - a.count || a._id.localeCompare(b._id)).map((g) => ({ region: { __typename: 'Territory', id: g._id }, count: g.count }));
  },

  /** National counts are public; counts within a territory only cover the applications the caller may see (they would name it). */
  async applicationsByProgramme(scope: Scope, _: unknown, { identity, repositories, loaders }: ConventionsContext) {
    const filter = scope.territory ? visible(identity, { territoryScope: scope.territory }) : {};
    if (filter === null) return [];
    const groups = await repositories.applications.countGrouped<{ programme: string; status: ApplicationStatus }>(filter, { programme: '$programmeId', status: '$status' });
    const programmes = new Map<string, ProgrammeRecord>();
    for (const p of await loaders.programme.loadMany([...new Set(groups.map((g) => g._id.programme))])) if (p && !(p instanceof Error)) programmes.set(p._id, p);
    return groups
      .filter((g) => programmes.has(g._id.programme))
      .map((g) => ({ programme: programmes.get(g._id.programme)!, status: g._id.status, count: g.count }))
      .sort((a, b) => a.programme.rank - b.programme.rank || APPLICATION_STATUSES.indexOf(a.status) - APPLICATION_STATUSES.indexOf(b.status));
  },

  async cohortFill(_: Scope, args: { programme?: ProgrammeKind | null; first?: number | null }, context: ConventionsContext) {
    const page = readPage({ first: args.first }, COHORT_ORDER);
    const cohorts = (await context.repositories.cohorts.list(await programmeIdFilter('programmeId', args.programme, context), page)).slice(0, page.limit);
    return Promise.all(cohorts.map(async (cohort) => ({ cohort, capacity: cohort.capacity, ...(await cohortFill(cohort, context)) })));
  },

  async conventionProgress(scope: Scope, args: PageArgs & { statuses?: ConventionStatus[] | null }, { repositories }: ConventionsContext) {
    const filter = allOf(conventionScope(scope), statusIn({ statuses: args.statuses }));
    const page = readPage(args, CONVENTION_ORDER);
    const rows = await repositories.conventions.list(filter, page);
    return toConnection(rows, page, () => repositories.conventions.count(filter), progressOf);
  },
};

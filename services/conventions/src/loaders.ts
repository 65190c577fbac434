import { groupedLoader, keyedLoader } from '@fabrique/kit';
import type DataLoader from 'dataloader';
import { APPLICATION_ORDER, ENROLMENT_ORDER, WAITLIST_ORDER } from './models/applications/repository';
import { COHORT_ORDER } from './models/cohorts/repository';
import { CONVENTION_ORDER } from './models/conventions/repository';
import { DIAGNOSTIC_ORDER } from './models/diagnostics/repository';
import type { ProgrammeKind } from './models/programmes/schema';
import type { Filter, GroupCount, KeyRow } from './models/shared/queries';
import type { Repositories } from './repositories';
import { subLists } from './lists/subLists';
import type { SortSpec } from '@fabrique/kit';

interface ListQueries {
  keysByParents(field: string, parents: readonly string[], filter: Filter, sort: SortSpec): Promise<KeyRow[]>;
  countByParents(field: string, parents: readonly string[], filter: Filter, array: boolean): Promise<GroupCount[]>;
}

const source = <R>(queries: ListQueries, byId: DataLoader<string, R | null>) => ({
  keysByParents: queries.keysByParents,
  countByParents: queries.countByParents,
  byId,
});

/** One loader set per request: every lookup of a request is batched into one query per kind. */
export function createLoaders(repositories: Repositories) {
  const { conventions, programmes, cohorts, applications, diagnostics } = repositories;
  const convention = keyedLoader((ids: readonly string[]) => conventions.findByIds(ids), (c) => c._id);
  const cohort = keyedLoader((ids: readonly string[]) => cohorts.findByIds(ids), (c) => c._id);
  const application = keyedLoader((ids: readonly string[]) => applications.findByIds(ids), (a) => a._id);
  const diagnostic = keyedLoader((ids: readonly string[]) => diagnostics.findByIds(ids), (d) => d._id);
  return {
    convention,
    cohort,
    application,
    diagnostic,
    programme: keyedLoader((ids: readonly string[]) => programmes.findByIds(ids), (p) => p._id),
    programmeByKind: keyedLoader((kinds: readonly ProgrammeKind[]) => programmes.findByKinds(kinds), (p) => p.kind),
    /** Paginated sub-lists of many parents at once (see lists/subLists.ts). */
    conventionLists: subLists(source(conventions, convention), CONVENTION_ORDER),
    cohortLists: subLists(source(cohorts, cohort), COHORT_ORDER),
    applicationLists: subLists(source(applications, application), APPLICATION_ORDER),
    enrolmentLists: subLists(source(applications, application), ENROLMENT_ORDER),
    waitlistLists: subLists(source(applications, application), WAITLIST_ORDER),
    diagnosticLists: subLists(source(diagnostics, diagnostic), DIAGNOSTIC_ORDER),
    /** Keys are target ids (cohort or programme): the applications holding its seats (bounded by capacity). */
    seatHolders: groupedLoader((ids: readonly string[]) => applications.holdersOf(ids), (a) => a.targetId),
    /** Keys are target ids: the waitlist in order (ids only), for waitlist positions. */
    waitlists: groupedLoader((ids: readonly string[]) => applications.waitlistsOf(ids), (a) => a.targetId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

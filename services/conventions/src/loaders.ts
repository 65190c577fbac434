import { groupedLoader, keyedLoader, type SortSpec } from '@fabrique/kit';
import { APPLICATION_ORDER, ENROLMENT_ORDER, WAITLIST_ORDER } from './models/applications/repository';
import { COHORT_ORDER } from './models/cohorts/repository';
import { CONVENTION_ORDER } from './models/conventions/repository';
import { DIAGNOSTIC_ORDER } from './models/diagnostics/repository';
import type { ProgrammeKind } from './models/programmes/schema';
import type { Filter, GroupCount, KeyRow } from './models/shared/queries';
import type { Repositories } from './repositories';
import { subLists } from './lists/subLists';

interface ListQueries {
  keysByParents(field: string, parents: readonly string[], filter: Filter, sort: SortSpec): Promise<KeyRow[]>;
  countByParents(field: string, parents: readonly string[], filter: Filter, array: boolean): Promise<GroupCount[]>;
}

/**
 * A sub-list source with its own record loader: each sub-list costs exactly its keys query and one
 * records query, whichever other lists of the request load the same collection (sharing the loader
 * would batch them together or not depending on when their keys arrive).
 */
const source = <R extends { _id: string }>(queries: ListQueries & { findByIds(ids: readonly string[]): Promise<R[]> }) => ({
  keysByParents: queries.keysByParents,
  countByParents: queries.countByParents,
  byId: keyedLoader((ids: readonly string[]) => queries.findByIds(ids), (r: R) => r._id),
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
    conventionLists: subLists(source(conventions), CONVENTION_ORDER),
    cohortLists: subLists(source(cohorts), COHORT_ORDER),
    applicationLists: subLists(source(applications), APPLICATION_ORDER),
    enrolmentLists: subLists(source(applications), ENROLMENT_ORDER),
    waitlistLists: subLists(source(applications), WAITLIST_ORDER),
    diagnosticLists: subLists(source(diagnostics), DIAGNOSTIC_ORDER),
    /** Keys are target ids (cohort or programme): the applications holding its seats (bounded by capacity). */
    seatHolders: groupedLoader((ids: readonly string[]) => applications.holdersOf(ids), (a) => a.targetId),
    /** Keys are target ids: the waitlist in order (ids only), for waitlist positions. */
    waitlists: groupedLoader((ids: readonly string[]) => applications.waitlistsOf(ids), (a) => a.targetId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

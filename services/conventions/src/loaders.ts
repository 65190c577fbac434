import { groupedLoader, keyedLoader, subLists, type SubListSpec } from '@fabrique/kit';
import { APPLICATION_ORDER, ENROLMENT_ORDER, WAITLIST_ORDER } from './models/applications/repository';
import { COHORT_ORDER } from './models/cohorts/repository';
import { CONVENTION_ORDER } from './models/conventions/repository';
import { DIAGNOSTIC_ORDER } from './models/diagnostics/repository';
import type { ProgrammeKind } from './models/programmes/schema';
import { FIGURES, scopeOf } from './models/statistics/repository';
import type { Repositories } from './repositories';

/**
 * The total of one territory's conventions (no criteria) from the maintained counts by status
 * (models/statistics): one document, whatever the number of conventions.
 */
function countedConventions(statistics: Repositories['statistics']) {
  return (spec: SubListSpec, parent: string) =>
    spec.field === 'territoryScope' && Object.keys(spec.filter).length === 0
      ? statistics.read(FIGURES.conventionStatus, scopeOf(parent)).then((rows) => rows.reduce((total, row) => total + row.count, 0))
      : null;
}

/** One loader set per request: every lookup of a request is batched into one query per kind. */
export function createLoaders(repositories: Repositories) {
  const { conventions, programmes, cohorts, applications, diagnostics, statistics } = repositories;
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
    /** Paginated sub-lists of many parents at once (the kit's subLists). */
    conventionLists: subLists(conventions, CONVENTION_ORDER, countedConventions(statistics)),
    cohortLists: subLists(cohorts, COHORT_ORDER),
    applicationLists: subLists(applications, APPLICATION_ORDER),
    enrolmentLists: subLists(applications, ENROLMENT_ORDER),
    waitlistLists: subLists(applications, WAITLIST_ORDER),
    diagnosticLists: subLists(diagnostics, DIAGNOSTIC_ORDER),
    /** Keys are target ids (cohort or programme): the applications holding its seats (bounded by capacity). */
    seatHolders: groupedLoader((ids: readonly string[]) => applications.holdersOf(ids), (a) => a.targetId),
    /** Keys are target ids: the waitlist in order (ids only), for waitlist positions. */
    waitlists: groupedLoader((ids: readonly string[]) => applications.waitlistsOf(ids), (a) => a.targetId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

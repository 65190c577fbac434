import { groupedLoader, keyedLoader, subLists, type SubListSpec } from '@fabrique/kit';
import { APPLICATION_ORDER, ENROLMENT_ORDER, WAITLIST_ORDER } from './models/applications/repository';
import { COHORT_ORDER } from './models/cohorts/repository';
import { CONVENTION_ORDER } from './models/conventions/repository';
import { DIAGNOSTIC_ORDER } from './models/diagnostics/repository';
import type { ProgrammeKind } from './models/programmes/schema';
import type { Repositories } from './repositories';

/** The programme a sub-list's filter holds and nothing else: `{}` (none), `{ programmeId }`, or null for any other filter. */
function programmeAlone(filter: SubListSpec['filter']): { programmeId?: string } | null {
  const keys = Object.keys(filter);
  if (keys.length === 0) return {};
  return keys.length === 1 && typeof filter.programmeId === 'string' ? { programmeId: filter.programmeId } : null;
}

/**
 * The total of one territory's conventions, of every programme or of one (no other criteria), from the
 * maintained counters (models/statistics): one document, whatever the number of conventions. Any other
 * filter, and an organisation's conventions, are counted by a query.
 */
function countedConventions(statistics: Repositories['statistics']) {
  return (spec: SubListSpec, parent: string) => {
    const criteria = spec.field === 'territoryScope' ? programmeAlone(spec.filter) : null;
    return criteria ? statistics.conventionTotal({ territory: parent, ...criteria }) : null;
  };
}

/** The total of one programme's cohorts (`Programme.cohorts`) from the maintained counters; an organisation's cohorts are counted by a query. */
function countedCohorts(statistics: Repositories['statistics']) {
  return (spec: SubListSpec, parent: string) => (spec.field === 'programmeId' && Object.keys(spec.filter).length === 0 ? statistics.cohortTotal(parent) : null);
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
    cohortLists: subLists(cohorts, COHORT_ORDER, countedCohorts(statistics)),
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

// The dashboard's maintained counters (`conventionStatistics`, domain/statistics.ts) and the totals of
// convention and cohort lists that filter by programme and/or territory alone (domain/lists.ts, loaders.ts):
// what each convention, application and cohort counts for, and the kit's counter store that keeps those counts as versions are written
// (services/kit/src/data/counters.ts). A statistic then reads as many counters as it has rows, instead of
// aggregating every convention or application of its scope on each request (issue 15: on FerretDB v1 an
// aggregation scans and decodes the whole collection, so the dashboard took a minute at full scale).
//
// Only versioned writes keep the counters (their `afterWrite` hook): every write of conventions,
// applications and cohorts in this service goes through their versioned repositories, except the seed's and the
// benchmark's bulk inserts, which rebuild the counters afterwards (`rebuildFrom`), and the seed's upgrade
// of older conventions (seed/upgrade.ts), which only adds fields that count for nothing here.
import type { Connection, Model } from 'mongoose';
import { counterStore, countedBy, type CounterKey } from '@fabrique/kit';
import type { ApplicationRecord, ApplicationStatus } from '../applications/schema';
import type { CohortRecord } from '../cohorts/schema';
import type { ConventionRecord, ConventionStatus } from '../conventions/schema';

/** The figures kept, each a set of counters in every scope. */
export const FIGURES = {
  /** Conventions by status (key: the status). */
  conventionStatus: 'conventionStatus',
  /** Conventions by région (key: each `REGION:` id of the convention's territoryScope). */
  conventionRegion: 'conventionRegion',
  /** Conventions by programme (key: the programmeId; a convention without a programme counts for none). */
  conventionProgramme: 'conventionProgramme',
  /** Applications by programme and status (key: `<programmeId>:<status>`, see applicationKey). */
  applications: 'applications',
  /** Cohorts by programme (key: the programmeId), in scope `*` only: a cohort has no territory. */
  cohortProgramme: 'cohortProgramme',
} as const;

/** Raised whenever the figures or scopes change: the seed then rebuilds the counters (the kit's `built`). */
export const STATISTICS_DEFINITIONS = 2;

/**
 * The scope of a figure: `*` for everything, `territory:<id>` for the records whose territoryScope holds
 * that id (a territory and every one it is in), exactly the records the statistics' territory filter finds.
 */
export const scopeOf = (territory: string | null) => (territory ? `territory:${territory}` : '*');

const scopesOf = (territoryScope: readonly string[]) => [scopeOf(null), ...[...new Set(territoryScope)].map(scopeOf)];

export const applicationKey = (programmeId: string, status: ApplicationStatus) => `${programmeId}:${status}`;
/** The programme and status of an `applications` key (a status holds no colon, a programme id may). */
export function fromApplicationKey(key: string): { programmeId: string; status: ApplicationStatus } {
  const at = key.lastIndexOf(':');
  return { programmeId: key.slice(0, at), status: key.slice(at + 1) as ApplicationStatus };
}

/** The fields of a convention its counters depend on (what a rebuild reads). */
type CountedConvention = Pick<ConventionRecord, 'status' | 'territoryScope' | 'programmeId'>;
type CountedApplication = Pick<ApplicationRecord, 'programmeId' | 'status' | 'territoryScope'>;
type CountedCohort = Pick<CohortRecord, 'programmeId'>;

/** What a convention counts for: its status, each of its régions and its programme (if any), in every scope it is in. */
export function conventionCounts(convention: CountedConvention | null): CounterKey[] {
  if (!convention) return [];
  const regions = [...new Set(convention.territoryScope.filter((id) => id.startsWith('REGION:')))];
  const programmeId = convention.programmeId ?? null;
  return scopesOf(convention.territoryScope).flatMap((scope) => [
    { figure: FIGURES.conventionStatus, scope, key: convention.status as ConventionStatus },
    ...regions.map((region) => ({ figure: FIGURES.conventionRegion, scope, key: region })),
    ...(programmeId ? [{ figure: FIGURES.conventionProgramme, scope, key: programmeId }] : []),
  ]);
}

/** What a cohort counts for: its programme (nationally: cohorts have no territory). */
export const cohortCounts = (cohort: CountedCohort | null): CounterKey[] => (cohort ? [{ figure: FIGURES.cohortProgramme, scope: scopeOf(null), key: cohort.programmeId }] : []);

/** What an application counts for: its programme and status, in every scope it is in. */
export function applicationCounts(application: CountedApplication | null): CounterKey[] {
  if (!application) return [];
  const key = applicationKey(application.programmeId, application.status);
  return scopesOf(application.territoryScope).map((scope) => ({ figure: FIGURES.applications, scope, key }));
}

/** Records read per batch by a rebuild (a cursor with a projection: the memory stays that of one batch). */
const REBUILD_BATCH = 1_000;

async function* contributionsOf<R>(model: Model<R>, fields: readonly string[], counts: (record: R) => CounterKey[]): AsyncIterable<CounterKey[]> {
  const projection = Object.fromEntries(fields.map((field) => [field, 1]));
  for await (const record of model.find({}, projection).batchSize(REBUILD_BATCH).lean().cursor()) yield counts(record as R);
}

/** The collections whose records the counters count. */
export interface CountedModels {
  conventions: Model<ConventionRecord>;
  applications: Model<ApplicationRecord>;
  cohorts: Model<CohortRecord>;
}

/** What every convention, application and cohort counts for, read from the records. */
async function* recordsContributions({ conventions, applications, cohorts }: CountedModels): AsyncIterable<CounterKey[]> {
  yield* contributionsOf(conventions, ['status', 'territoryScope', 'programmeId'], conventionCounts);
  yield* contributionsOf(applications, ['programmeId', 'status', 'territoryScope'], applicationCounts);
  yield* contributionsOf(cohorts, ['programmeId'], cohortCounts);
}

/** A total of counts. */
const sum = (rows: ReadonlyArray<{ count: number }>) => rows.reduce((total, row) => total + row.count, 0);

/** The counters of the conventions database, created once per connection (repositories.ts). */
export function createStatisticsRepository(connection: Connection) {
  const counters = counterStore(connection, { definitions: STATISTICS_DEFINITIONS });
  return {
    ...counters,
    /** The version hooks of the conventions, applications and cohorts repositories. */
    conventionHooks: countedBy<ConventionRecord>(counters, conventionCounts),
    applicationHooks: countedBy<ApplicationRecord>(counters, applicationCounts),
    cohortHooks: countedBy<CohortRecord>(counters, cohortCounts),
    /**
     * How many conventions are in `territory` (null: everywhere) and carry out `programmeId` (absent: any
     * programme, the sum of the counts by status): one figure document, whatever the number of conventions.
     * Conventions are public, so the total is the same for every caller.
     */
    conventionTotal: async ({ territory, programmeId }: { territory: string | null; programmeId?: string }): Promise<number> =>
      programmeId === undefined
        ? sum(await counters.read(FIGURES.conventionStatus, scopeOf(territory)))
        : counters.value({ figure: FIGURES.conventionProgramme, scope: scopeOf(territory), key: programmeId }),
    /** How many cohorts a programme has (absent: every programme's): one figure document, whatever the number of cohorts. */
    cohortTotal: async (programmeId?: string): Promise<number> =>
      programmeId === undefined ? sum(await counters.read(FIGURES.cohortProgramme, scopeOf(null))) : counters.value({ figure: FIGURES.cohortProgramme, scope: scopeOf(null), key: programmeId }),
    /**
     * Recomputes every counter from the records (after a bulk load, or `npm run statistics`); run it while
     * nothing writes (see the kit's `rebuild`). Returns the number of counters.
     */
    rebuildFrom: (models: CountedModels) => counters.rebuild(recordsContributions(models)),
    /** Compares every counter with the records (`npm run statistics`); run it while nothing writes. */
    checkFrom: (models: CountedModels) => counters.check(recordsContributions(models)),
  };
}

export type StatisticsRepository = ReturnType<typeof createStatisticsRepository>;

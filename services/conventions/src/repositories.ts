import type { Connection } from 'mongoose';
import { createIdempotencyStore, createRevisionModel } from '@fabrique/kit';
import { createApplicationRepository } from './models/applications/repository';
import { createClaimRepository } from './models/claims/repository';
import { createCohortRepository } from './models/cohorts/repository';
import { createConventionRepository } from './models/conventions/repository';
import { createDiagnosticRepository } from './models/diagnostics/repository';
import { createProgrammeRepository } from './models/programmes/repository';
import { createStatisticsRepository } from './models/statistics/repository';

/** Every collection of the conventions database, behind its repository. */
export function createRepositories(connection: Connection) {
  // One `revisions` collection holds the history of every versioned collection of this database.
  const revisions = createRevisionModel(connection);
  // The counters of the dashboard and of list totals, kept by every versioned write of conventions, applications and cohorts.
  const statistics = createStatisticsRepository(connection);
  const conventions = createConventionRepository(connection, revisions, statistics.conventionHooks);
  const programmes = createProgrammeRepository(connection);
  const cohorts = createCohortRepository(connection, revisions, statistics.cohortHooks);
  const applications = createApplicationRepository(connection, revisions, statistics.applicationHooks);
  const diagnostics = createDiagnosticRepository(connection, revisions);
  const claims = createClaimRepository(connection, revisions);
  // The claims of idempotency keys of every create (see the kit's idempotency.ts).
  const idempotency = createIdempotencyStore(connection);
  return {
    conventions,
    programmes,
    cohorts,
    applications,
    diagnostics,
    claims,
    revisions,
    idempotency,
    statistics,
    models: [conventions.model, programmes.model, cohorts.model, applications.model, diagnostics.model, claims.model, revisions, idempotency.model, ...statistics.models],
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

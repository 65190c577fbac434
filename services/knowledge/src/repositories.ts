import type { Connection } from 'mongoose';
import { countedBy, createIdempotencyStore, createRevisionModel } from '@fabrique/kit';
import { createExperienceRepository } from './models/experiences/repository';
import { createImportClaimRepository } from './models/imports/repository';
import { createLearningJourneyRepository } from './models/journeys/repository';
import { createRevisionQueries } from './models/revisions/repository';
import { createResourceRepository } from './models/resources/repository';
import { createSearchMarkRepository } from './models/search/marks';
import { createSearchEntryRepository } from './models/search/repository';
import { createStatisticsCounters, experienceCounters, resourceCounters } from './models/statistics/counters';
import { createThemeRepository } from './models/themes/repository';

/** Every collection of the knowledge database, behind its repository. */
export function createRepositories(connection: Connection) {
  // One `revisions` collection holds the history of experiences, resources and learning journeys (their versioned writes).
  const revisions = createRevisionModel(connection);
  // Dashboard figures maintained by every versioned write of experiences and resources (models/statistics).
  const statistics = createStatisticsCounters(connection);
  const experiences = createExperienceRepository(connection, revisions, countedBy(statistics, experienceCounters));
  const resources = createResourceRepository(connection, revisions, countedBy(statistics, resourceCounters));
  const themes = createThemeRepository(connection);
  const journeys = createLearningJourneyRepository(connection, revisions);
  const importClaims = createImportClaimRepository(connection);
  const searchEntries = createSearchEntryRepository(connection);
  // How far back common search keys go, where indexes give no order (domain/search/candidates.ts).
  const searchMarks = createSearchMarkRepository(connection);
  // The claims of idempotency keys of every create (see the kit's idempotency.ts).
  const idempotency = createIdempotencyStore(connection);
  return {
    experiences,
    resources,
    themes,
    journeys,
    importClaims,
    revisions,
    searchEntries,
    searchMarks,
    statistics,
    idempotency,
    revisionQueries: createRevisionQueries(revisions),
    models: [experiences.model, resources.model, themes.model, journeys.journeys, journeys.registrations, importClaims.model, revisions, searchEntries.model, searchMarks.model, idempotency.model, ...statistics.models],
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

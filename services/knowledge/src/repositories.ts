import type { Connection } from 'mongoose';
import { createIdempotencyStore, createRevisionModel, versionStore } from '@fabrique/kit';
import { createExperienceRepository } from './models/experiences/repository';
import type { ExperienceRecord } from './models/experiences/schema';
import { createImportClaimRepository } from './models/imports/repository';
import { createLearningJourneyRepository } from './models/journeys/repository';
import { createRevisionQueries } from './models/revisions/repository';
import { createResourceRepository } from './models/resources/repository';
import type { ResourceRecord } from './models/resources/schema';
import { createSearchEntryRepository } from './models/search/repository';
import { createThemeRepository } from './models/themes/repository';

/** Every collection of the knowledge database, behind its repository. */
export function createRepositories(connection: Connection) {
  const experiences = createExperienceRepository(connection);
  const resources = createResourceRepository(connection);
  const themes = createThemeRepository(connection);
  const journeys = createLearningJourneyRepository(connection);
  const importClaims = createImportClaimRepository(connection);
  const revisions = createRevisionModel(connection);
  const searchEntries = createSearchEntryRepository(connection);
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
    idempotency,
    revisionQueries: createRevisionQueries(revisions),
    /** Versioned writes: each version claimed by inserting its revision (see the kit's versioning). */
    experienceVersions: versionStore<ExperienceRecord>(experiences.model, revisions, 'Experience'),
    resourceVersions: versionStore<ResourceRecord>(resources.model, revisions, 'Resource'),
    models: [experiences.model, resources.model, themes.model, journeys.journeys, journeys.registrations, importClaims.model, revisions, searchEntries.model, idempotency.model],
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

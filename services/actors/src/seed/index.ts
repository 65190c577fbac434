import { ensureIndexes, insertMissing, type Database } from '@fabrique/kit';
import { importTerritories, type ImportReport } from '../import/importTerritories';
import { loadReferenceData } from '../import/referenceData';
import { createRepositories } from '../repositories';
import { demoAlliances, demoOrganisations, demoPeople, demoPositions } from './demoData';

/** Idempotent: imports the reference territories and adds the missing demo records (fixed ids). */
export async function seedActors(database: Database): Promise<{ territories: ImportReport }> {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.models);
  const territories = await importTerritories(repositories.territories, loadReferenceData());
  await insertMissing(repositories.organisations.model, demoOrganisations);
  await insertMissing(repositories.alliances.people, demoPeople);
  await insertMissing(repositories.alliances.alliances, demoAlliances);
  await insertMissing(repositories.alliances.positions, demoPositions);
  return { territories };
}

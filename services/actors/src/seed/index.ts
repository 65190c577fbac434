import { ensureIndexes, env, insertMissing, isDuplicateKeyError, parseConfig, territoryIdsIn, type Database } from '@fabrique/kit';
import { importTerritories, summarizeImport } from '../domain/territoryImport/importTerritories';
import { loadReferenceData, type ReferenceData } from '../domain/territoryImport/referenceData';
import { createRepositories } from '../repositories';
import { DEMO_DATE, demoAlliances, demoMemberships, demoOrganisations, demoPeople, demoPositions } from './demoData';
import { upgradeFirstVersionRecords } from './upgrade';

interface SeedOptions {
  /** Import only the communes and EPCI of these départements (default: ACTORS_SEED_DEPARTEMENTS, else all of France). */
  departements?: readonly string[] | null;
  /**
   * Territories a seed limited to a few départements imports too, wherever they lie: those the demo
   * data names (`npm run seed` gives ours, `demoTerritoryIds`, and the other services'). Without them,
   * memberships of territories not imported are left out.
   */
  named?: readonly string[];
}

const seedVariables = {
  departements: env.string('ACTORS_SEED_DEPARTEMENTS', {
    description: 'Comma-separated département codes: the seed imports only their communes and EPCI (all régions and départements always), and the places the demo data names elsewhere. Unset: all of France.',
    default: '',
  }),
};

/** Every territory our demo records name (members, organisations' homes...). */
export const demoTerritoryIds = (): string[] => territoryIdsIn([demoOrganisations(() => []), demoPeople, demoAlliances, demoPositions, demoMemberships]);

/** The départements named by ACTORS_SEED_DEPARTEMENTS, checked against the reference data. */
export function departementsFromEnvironment(data: ReferenceData, source: NodeJS.ProcessEnv = process.env): string[] | null {
  const raw = parseConfig(seedVariables, source).departements;
  const codes = raw.split(',').map((code) => code.trim()).filter(Boolean);
  if (codes.length === 0) return null;
  const known = new Set(data.departements.map((d) => d.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) throw new Error(`ACTORS_SEED_DEPARTEMENTS names unknown départements: ${unknown.join(', ')}.`);
  return codes;
}

/**
 * Idempotent: imports the reference territories (see importTerritories) and adds the missing demo
 * records (fixed ids; records edited since are left alone). A seed limited to a few départements also
 * imports the `named` territories; memberships of territories not imported are left out.
 */
export async function seedActors(database: Database, options: SeedOptions = {}) {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.models);
  const data = loadReferenceData();
  const departements = options.departements === undefined ? departementsFromEnvironment(data) : options.departements;
  const territoryIds = [
    ...demoMemberships.filter((m) => m.actorType === 'TERRITORY').map((m) => m.actorId),
    ...demoOrganisations(() => []).flatMap((o) => (o.homeTerritoryId ? [o.homeTerritoryId] : [])),
  ];
  const report = await importTerritories(repositories.territories, data, { departements, named: options.named });

  const territories = new Map((await repositories.territories.findByIds(territoryIds)).map((t) => [t._id, t]));
  const scopeOf = (id: string) => territories.get(id)?.scope ?? [id];
  await upgradeFirstVersionRecords(repositories, scopeOf, DEMO_DATE);
  await insertMissing(repositories.organisations.model, demoOrganisations(scopeOf));
  await insertMissing(repositories.people.model, demoPeople);
  await insertMissing(repositories.alliances.model, demoAlliances);
  await insertMissing(repositories.positions.model, demoPositions);
  // An open membership staff recorded for the same actor wins over the demo's (unique open key).
  await insertMissing(
    repositories.memberships.model,
    demoMemberships.filter((m) => m.actorType === 'ORGANISATION' || territories.has(m.actorId)),
  ).catch((error: unknown) => {
    if (!isDuplicateKeyError(error)) throw error;
  });
  return { territories: summarizeImport(report, 3) };
}

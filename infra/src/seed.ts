import { demoTerritoryIds as actorsTerritories, seedActors } from '@fabrique/actors';
import { demoTerritoryIds as conventionsTerritories, seedConventions } from '@fabrique/conventions';
import { connectDatabase, type Database } from '@fabrique/kit';
import { demoTerritoryIds as knowledgeTerritories, seedKnowledge } from '@fabrique/knowledge';

export const SERVICES = ['actors', 'conventions', 'knowledge'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const databaseNameOf = (service: ServiceName) => `fabrique_${service}`;

/** Every territory the demo data of the three services names: a seed of a few départements imports them too. */
export const territoriesNamedByDemoData = (): string[] => [...new Set([...actorsTerritories(), ...conventionsTerritories(), ...knowledgeTerritories()])];

const seeders: Record<ServiceName, (database: Database) => Promise<unknown>> = {
  actors: (database) => seedActors(database, { named: territoriesNamedByDemoData() }),
  conventions: seedConventions,
  knowledge: seedKnowledge,
};

/** Seeds the demo data of every service, through each service's own code; idempotent. */
export async function seedDemo(uri: string, log: (line: string) => void, databaseName = databaseNameOf): Promise<void> {
  for (const service of SERVICES) {
    const started = Date.now();
    const database = await connectDatabase({ uri, name: databaseName(service) });
    try {
      const report = await seeders[service](database);
      log(`  ${service}: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s${report ? ` ${JSON.stringify(report)}` : ''}`);
    } finally {
      await database.close();
    }
  }
}

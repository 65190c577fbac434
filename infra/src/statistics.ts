// The maintained dashboard counters of each service (the kit's data/counters.ts): checked against the
// records, or rebuilt from them, through each service's own code.
import { checkConventionStatistics, conventionStatisticsBuilt, rebuildConventionStatistics } from '@fabrique/conventions';
import { connectDatabase, type CounterCheck, type Database } from '@fabrique/kit';
import { checkKnowledgeStatistics, knowledgeStatisticsBuilt, rebuildKnowledgeStatistics } from '@fabrique/knowledge';
import { databaseNameOf, type ServiceName } from './seed';

interface Maintenance {
  check(database: Database): Promise<CounterCheck>;
  rebuild(database: Database): Promise<number>;
  /** Whether the counters were built for the service's current figures. */
  built(database: Database): Promise<boolean>;
}

/** The services that maintain counters. */
export const statisticsMaintenance: Partial<Record<ServiceName, Maintenance>> = {
  conventions: { check: checkConventionStatistics, rebuild: rebuildConventionStatistics, built: conventionStatisticsBuilt },
  knowledge: { check: checkKnowledgeStatistics, rebuild: rebuildKnowledgeStatistics, built: knowledgeStatisticsBuilt },
};

/** Rebuilds (or checks) every service's counters in the databases `databaseName` names; whether all agree. */
export async function maintainStatistics(uri: string, mode: 'check' | 'rebuild', log: (line: string) => void, databaseName = databaseNameOf): Promise<boolean> {
  let agree = true;
  for (const [service, maintenance] of Object.entries(statisticsMaintenance) as Array<[ServiceName, Maintenance]>) {
    const started = Date.now();
    const database = await connectDatabase({ uri, name: databaseName(service) });
    try {
      const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
      if (mode === 'rebuild') {
        log(`  ${service}: ${await maintenance.rebuild(database)} counters rebuilt in ${seconds()} s`);
        continue;
      }
      const check = await maintenance.check(database);
      agree &&= check.differences.length === 0;
      log(`  ${service}: ${check.counters} counters, ${check.differences.length} differ from the records${check.pending ? ` (${check.pending} changes still pending: a fold was under way)` : ''} (${seconds()} s)`);
      for (const d of check.differences.slice(0, 20)) log(`    ${d.counter}: stored ${d.stored}, records give ${d.expected}`);
    } finally {
      await database.close();
    }
  }
  return agree;
}

/** Rebuilds the counters of the services whose counters were not built for their current figures (a kept bench dataset); returns those services. */
export async function rebuildOutdatedStatistics(uri: string, log: (line: string) => void, databaseName = databaseNameOf): Promise<ServiceName[]> {
  const rebuilt: ServiceName[] = [];
  for (const [service, maintenance] of Object.entries(statisticsMaintenance) as Array<[ServiceName, Maintenance]>) {
    const database = await connectDatabase({ uri, name: databaseName(service) });
    try {
      if (await maintenance.built(database)) continue;
      const started = Date.now();
      const counters = await maintenance.rebuild(database);
      log(`  ${service}: counters built for older figures, ${counters} rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      rebuilt.push(service);
    } finally {
      await database.close();
    }
  }
  return rebuilt;
}

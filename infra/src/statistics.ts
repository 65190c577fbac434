// The maintained dashboard counters of each service (the kit's data/counters.ts), and knowledge's search
// marks: checked against the records, or rebuilt from them, through each service's own code.
import { checkConventionStatistics, conventionStatisticsBuilt, rebuildConventionStatistics } from '@fabrique/conventions';
import { connectDatabase, type CounterCheck, type Database } from '@fabrique/kit';
import { checkKnowledgeStatistics, checkSearchMarks, knowledgeStatisticsBuilt, rebuildKnowledgeStatistics, rebuildSearchMarks, type MarkCheck, type MarkRebuild } from '@fabrique/knowledge';
import { databaseNameOf, type ServiceName } from './seed';

interface Maintenance {
  check(database: Database): Promise<CounterCheck>;
  rebuild(database: Database): Promise<number>;
  /** Whether the counters were built for the service's current figures. */
  built(database: Database): Promise<boolean>;
  /** Precomputed hints beside the counters (search marks): rebuilt with them; a stale one costs reads, never a wrong answer, so a check reports it without disagreeing. */
  marks?: { check(database: Database): Promise<MarkCheck>; rebuild(database: Database): Promise<MarkRebuild> };
}

/** The services that maintain counters. */
export const statisticsMaintenance: Partial<Record<ServiceName, Maintenance>> = {
  conventions: { check: checkConventionStatistics, rebuild: rebuildConventionStatistics, built: conventionStatisticsBuilt },
  knowledge: {
    check: checkKnowledgeStatistics,
    rebuild: rebuildKnowledgeStatistics,
    built: knowledgeStatisticsBuilt,
    marks: { check: checkSearchMarks, rebuild: rebuildSearchMarks },
  },
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
        if (maintenance.marks) log(`  ${service}: ${describeRebuild(await maintenance.marks.rebuild(database))} (${seconds()} s)`);
        continue;
      }
      const check = await maintenance.check(database);
      agree &&= check.differences.length === 0;
      log(`  ${service}: ${check.counters} counters, ${check.differences.length} differ from the records${check.pending ? ` (${check.pending} changes still pending: a fold was under way)` : ''} (${seconds()} s)`);
      for (const d of check.differences.slice(0, 20)) log(`    ${d.counter}: stored ${d.stored}, records give ${d.expected}`);
      if (maintenance.marks) logMarkCheck(service, await maintenance.marks.check(database), log);
    } finally {
      await database.close();
    }
  }
  return agree;
}

const describeRebuild = (r: MarkRebuild) => (r.used ? `${r.marks} search marks rebuilt` : "search marks not used on this engine (it reads a word's list in one query): none kept");

const day = (d: Date) => d.toISOString().slice(0, 10);

function logMarkCheck(service: ServiceName, check: MarkCheck, log: (line: string) => void): void {
  if (!check.used) {
    log(`  ${service}: search marks not used on this engine${check.stored ? ` (${check.stored} stored, unused: --rebuild removes them)` : ''}`);
    return;
  }
  log(`  ${service}: ${check.stored} search marks, ${check.stale.length} stale, ${check.unmarked} common keys not marked yet (hints: searches mark again what they meet, --rebuild renews all)`);
  for (const m of check.stale.slice(0, 20)) log(`    ${m.mark}: stored ${m.stored.map(day).join(', ') || '-'}, entries give ${m.expected.map(day).join(', ') || '- (no longer common)'}`);
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

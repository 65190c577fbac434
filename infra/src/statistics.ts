// What the services precompute from their records: the maintained dashboard counters of each service (the
// kit's data/counters.ts), knowledge's search entries and search marks; checked against the records, or
// rebuilt from them, through each service's own code.
import { checkConventionStatistics, conventionStatisticsBuilt, rebuildConventionStatistics } from '@fabrique/conventions';
import { connectDatabase, type CounterCheck, type Database } from '@fabrique/kit';
import * as knowledge from '@fabrique/knowledge';
import { databaseNameOf, type ServiceName } from './seed';

interface Maintenance {
  check(database: Database): Promise<CounterCheck>;
  rebuild(database: Database): Promise<number>;
  /** Whether the counters were built for the service's current figures. */
  built(database: Database): Promise<boolean>;
  /** The search index, built from the records: must be exactly what they give (rebuilt before the marks, which are read from it). */
  entries?: { check(database: Database): Promise<knowledge.EntryCheck>; rebuild(database: Database): Promise<knowledge.EntryRebuild> };
  /** Precomputed hints (search marks): a stale one costs reads, never a wrong answer, so a check reports it without disagreeing. */
  marks?: { check(database: Database): Promise<knowledge.MarkCheck>; rebuild(database: Database): Promise<knowledge.MarkRebuild> };
}

/** `searchEntries: false`: leave the search entries alone (the bench, which has just built them from its records). */
export interface MaintenanceOptions {
  searchEntries?: boolean;
}

/** The services that maintain counters. */
export const statisticsMaintenance: Partial<Record<ServiceName, Maintenance>> = {
  conventions: { check: checkConventionStatistics, rebuild: rebuildConventionStatistics, built: conventionStatisticsBuilt },
  knowledge: {
    check: knowledge.checkKnowledgeStatistics,
    rebuild: knowledge.rebuildKnowledgeStatistics,
    built: knowledge.knowledgeStatisticsBuilt,
    entries: { check: knowledge.checkSearchEntries, rebuild: knowledge.rebuildSearchEntries },
    marks: { check: knowledge.checkSearchMarks, rebuild: knowledge.rebuildSearchMarks },
  },
};

/** Rebuilds (or checks) what every service precomputes, in the databases `databaseName` names; whether all agree. */
export async function maintainStatistics(
  uri: string,
  mode: 'check' | 'rebuild',
  log: (line: string) => void,
  databaseName = databaseNameOf,
  options: MaintenanceOptions = {},
): Promise<boolean> {
  let agree = true;
  for (const [service, maintenance] of Object.entries(statisticsMaintenance) as Array<[ServiceName, Maintenance]>) {
    const started = Date.now();
    const database = await connectDatabase({ uri, name: databaseName(service) });
    const report: Report = {
      line: (text) => log(`  ${service}: ${text} (${elapsed(started)})`),
      detail: (text) => log(`    ${text}`),
    };
    const parts = { ...maintenance, entries: options.searchEntries === false ? undefined : maintenance.entries };
    try {
      if (mode === 'rebuild') await rebuild(parts, database, report);
      else agree = (await check(parts, database, report)) && agree;
    } finally {
      await database.close();
    }
  }
  return agree;
}

/** A service's lines (its name before, the time taken after) and the details under them. */
interface Report {
  line(text: string): void;
  detail(text: string): void;
}

async function rebuild(maintenance: Maintenance, database: Database, report: Report): Promise<void> {
  report.line(`${await maintenance.rebuild(database)} counters rebuilt`);
  if (maintenance.entries) {
    const r = await maintenance.entries.rebuild(database);
    report.line(`search entries of ${r.records} records, ${r.written} written again from their records, ${r.removed} without a record removed`);
  }
  if (maintenance.marks) report.line(describeRebuild(await maintenance.marks.rebuild(database)));
}

/** Reports what differs; whether the counters and entries agree with the records (marks are hints). */
async function check(maintenance: Maintenance, database: Database, report: Report): Promise<boolean> {
  const counters = await maintenance.check(database);
  report.line(`${counters.counters} counters, ${counters.differences.length} differ from the records${counters.pending ? ` (${counters.pending} changes still pending: a fold was under way)` : ''}`);
  for (const d of counters.differences.slice(0, 20)) report.detail(`${d.counter}: stored ${d.stored}, records give ${d.expected}`);
  let agree = counters.differences.length === 0;
  if (maintenance.entries) {
    const entries = await maintenance.entries.check(database);
    report.line(`${entries.entries} search entries for ${entries.records} records, ${entries.problems.length} not their record's`);
    for (const p of entries.problems.slice(0, 20)) report.detail(`${p.entry}: ${p.problem}`);
    agree &&= entries.problems.length === 0;
  }
  if (maintenance.marks) reportMarkCheck(await maintenance.marks.check(database), report);
  return agree;
}

const describeRebuild = (r: knowledge.MarkRebuild) => (r.used ? `${r.marks} search marks rebuilt` : "search marks not used on this engine (it reads a word's list in one query): none kept");

const day = (d: Date) => d.toISOString().slice(0, 10);

function reportMarkCheck(check: knowledge.MarkCheck, report: Report): void {
  if (!check.used) {
    report.line(`search marks not used on this engine${check.stored ? ` (${check.stored} stored, unused: --rebuild removes them)` : ''}`);
    return;
  }
  report.line(`${check.stored} search marks, ${check.stale.length} stale, ${check.unmarked} common keys not marked yet (hints: searches mark again what they meet, --rebuild renews all)`);
  for (const m of check.stale.slice(0, 20)) {
    report.detail(`${m.mark}: stored ${m.stored.map(day).join(', ') || '-'}, entries give ${m.expected.map(day).join(', ') || '- (no longer common)'}`);
  }
}

/** The time since `started` (ms), as the lines above show it. */
const elapsed = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/**
 * Rebuilds the search marks (where the engine uses them): the bench on a kept dataset, whose marks may be
 * hours old. Searches read a mark older than an hour again when they meet it (each key's newest postings), a
 * cost a live service spreads over the hour, which a few measured requests would count whole.
 */
export async function rebuildSearchMarks(uri: string, log: (line: string) => void, databaseName = databaseNameOf): Promise<void> {
  const database = await connectDatabase({ uri, name: databaseName('knowledge') });
  try {
    const started = Date.now();
    const rebuilt = await knowledge.rebuildSearchMarks(database);
    if (rebuilt.used) log(`  knowledge: ${describeRebuild(rebuilt)} in ${elapsed(started)}`);
  } finally {
    await database.close();
  }
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
      log(`  ${service}: counters built for older figures, ${counters} rebuilt in ${elapsed(started)}`);
      rebuilt.push(service);
    } finally {
      await database.close();
    }
  }
  return rebuilt;
}

import { ensureIndexes, insertMissing, territoryIdsIn, type AnyModel, type Database, type RevisionRecord } from '@fabrique/kit';
import type { PublicationRepository } from '../models/publications/repository';
import type { PublicationRecord } from '../models/publications/schema';
import { SEARCH_ENTRY_FORMAT, type KnowledgeType } from '../models/search/schema';
import { createRepositories, type Repositories } from '../repositories';
import { searchEntryOf } from '../domain/search/entries';
import { checkEntries, rebuildEntries } from '../domain/search/entryCheck';
import { checkMarks, rebuildMarks } from '../domain/search/markBuild';
import { experienceCounters, resourceCounters } from '../models/statistics/counters';
import type { ExperienceRecord } from '../models/experiences/schema';
import type { ResourceRecord } from '../models/resources/schema';
import { experienceRecord, resourceRecord } from './build';
import { demoExperiences } from './experiences';
import { demoJourneys, demoRegistrations } from './journeys';
import { demoResources } from './resources';
import { demoThemes } from './themes';

/** Every territory the demo records name (places, publishers, hosts, registrations): the actors seed imports them all. */
export const demoTerritoryIds = (): string[] => territoryIdsIn([demoExperiences, demoResources, demoJourneys, demoRegistrations]);

/** Version 1 of each seeded record, so that its history starts with it (as for records created through the API). */
function firstRevisions(collection: string, records: readonly PublicationRecord[]): RevisionRecord[] {
  return records.map((record) => ({
    _id: `${collection}/${record._id}@1`,
    collectionName: collection,
    entityId: record._id,
    version: 1,
    snapshot: record as unknown as Record<string, unknown>,
    changedFields: Object.keys(record).filter((k) => k !== 'version').sort(),
    author: null,
    at: record.createdAt,
    note: 'seeded',
  }));
}

/**
 * Seeded records written before this schema existed (no `listedAt`) were never edited through the
 * API, which did not exist yet: bring them to the current shape.
 */
async function upgradeLegacy(model: AnyModel, records: readonly PublicationRecord[]): Promise<number> {
  const legacy = (await model.find({ _id: { $in: records.map((r) => r._id) }, listedAt: { $exists: false } }, { _id: 1 }).lean().exec()) as Array<{ _id: string }>;
  const byId = new Map(records.map((r) => [r._id, r]));
  for (const { _id } of legacy) await model.replaceOne({ _id }, byId.get(_id)!).exec();
  return legacy.length;
}

/**
 * Rebuilds the search entries that are missing or older than their record (a write that died between
 * the record and its entry, or records written before search entries existed) or built in an older
 * format (SEARCH_ENTRY_FORMAT). Light projections only.
 */
export async function reindexStale(repositories: Repositories): Promise<number> {
  const entries = await repositories.searchEntries.versions();
  const indexed = new Map(entries.map((e) => [e._id, e.version]));
  // An entry of an older format counts as stale: rebuilt like one a write left behind.
  for (const e of entries) if (e.format !== SEARCH_ENTRY_FORMAT) indexed.set(e._id, -1);
  let count = 0;
  const kinds = [
    ['EXPERIENCE', repositories.experiences],
    ['RESOURCE', repositories.resources],
  ] as unknown as Array<[KnowledgeType, PublicationRepository<PublicationRecord>]>;
  for (const [type, queries] of kinds) {
    const records = (await queries.model.find({}, { _id: 1, version: 1 }).lean().exec()) as Array<{ _id: string; version: number }>;
    // An entry ahead of its record (a record restored from a backup) is not behind: `npm run statistics`
    // reports it and its `--rebuild` writes it again (domain/search/entryCheck.ts); a guarded save here would
    // leave it as it is, and count it at every start.
    const stale = records.filter((r) => (indexed.get(`${type}:${r._id}`) ?? -Infinity) < r.version).map((r) => r._id);
    for (let i = 0; i < stale.length; i += 500) {
      const entries = (await queries.findByIds(stale.slice(i, i + 500))).map((record) => searchEntryOf(type, record));
      await repositories.searchEntries.insertMissing(entries.filter((e) => !indexed.has(e._id)));
      await repositories.searchEntries.save(entries.filter((e) => indexed.has(e._id)));
    }
    count += stale.length;
  }
  return count;
}

/** What every published record counts for, read with a cursor (the fields the counters need only). */
async function* publishedContributions(repositories: Repositories) {
  const fields = { status: 1, territoryScope: 1, themeScope: 1, programmeId: 1, publishedMonth: 1, publisherId: 1, kind: 1 };
  for await (const e of repositories.experiences.model.find({ status: 'PUBLISHED' }, fields).lean<ExperienceRecord>().cursor({ batchSize: 1_000 })) yield experienceCounters(e);
  for await (const r of repositories.resources.model.find({ status: 'PUBLISHED' }, fields).lean<ResourceRecord>().cursor({ batchSize: 1_000 })) yield resourceCounters(r);
}

/**
 * Recomputes the maintained dashboard counters from the records (`npm run statistics -- --rebuild`, the
 * bench after a bulk load); returns how many counters hold a value. Run it while nothing writes.
 */
export async function rebuildKnowledgeStatistics(database: Database): Promise<number> {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.statistics.models);
  return repositories.statistics.rebuild(publishedContributions(repositories));
}

/** Whether the counters were built for the current figures (the bench rebuilds them on a kept dataset otherwise). */
export const knowledgeStatisticsBuilt = (database: Database) => createRepositories(database.connection).statistics.built();

/** Compares the maintained dashboard counters with the records (`npm run statistics`). */
export async function checkKnowledgeStatistics(database: Database) {
  const repositories = createRepositories(database.connection);
  return repositories.statistics.check(publishedContributions(repositories));
}

/**
 * Recomputes the search marks from the search entries (`npm run statistics -- --rebuild`, the bench after
 * a bulk load), on an engine that uses them; removes them on another.
 */
export const rebuildSearchMarks = (database: Database) => rebuildMarks(createRepositories(database.connection));

/** Compares every search entry with the one its record gives (`npm run statistics`). */
export const checkSearchEntries = (database: Database) => checkEntries(createRepositories(database.connection));

/** Writes again the search entries that are not their records', removes orphans (`npm run statistics -- --rebuild`). */
export const rebuildSearchEntries = (database: Database) => rebuildEntries(createRepositories(database.connection));

/** Compares the stored search marks with the search entries (`npm run statistics`). */
export const checkSearchMarks = (database: Database) => checkMarks(createRepositories(database.connection));

/** Idempotent: adds the missing demo records (fixed ids) and leaves existing ones alone. */
export async function seedKnowledge(database: Database) {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.models);
  const experiences = demoExperiences.map(experienceRecord);
  const resources = demoResources.map(resourceRecord);
  await insertMissing(repositories.themes.model, demoThemes);
  const upgraded = (await upgradeLegacy(repositories.experiences.model, experiences)) + (await upgradeLegacy(repositories.resources.model, resources));
  const inserted = (await insertMissing(repositories.experiences.model, experiences)) + (await insertMissing(repositories.resources.model, resources));
  await insertMissing(repositories.revisions, [
    ...firstRevisions(repositories.experiences.model.collection.collectionName, experiences),
    ...firstRevisions(repositories.resources.model.collection.collectionName, resources),
  ]);
  await insertMissing(repositories.journeys.journeys, demoJourneys);
  // Journeys written before they were versioned are at their version 1.
  await repositories.journeys.journeys.updateMany({ version: { $exists: false } }, { $set: { version: 1 } }).exec();
  await insertMissing(repositories.journeys.registrations, demoRegistrations);
  const reindexed = await reindexStale(repositories);
  // Records written around the versioned store (the demo records just inserted, a database from before the counters) are counted by a rebuild.
  const statisticsRebuilt = inserted + upgraded > 0 || !(await repositories.statistics.built());
  if (statisticsRebuilt) await repositories.statistics.rebuild(publishedContributions(repositories));
  return { themes: demoThemes.length, experiences: experiences.length, resources: resources.length, learningJourneys: demoJourneys.length, upgraded, reindexed, statisticsRebuilt };
}

import { ensureIndexes, isDuplicateKeyError, type AnyModel, type Database, type RevisionRecord } from '@fabrique/kit';
import type { PublicationRecord } from '../models/publications/schema';
import { createRepositories } from '../repositories';
import { experienceRecord, resourceRecord } from './build';
import { demoExperiences } from './experiences';
import { demoJourneys, demoRegistrations } from './journeys';
import { demoResources } from './resources';
import { demoThemes } from './themes';

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
 * Seeded records written before this schema existed (no `listedAt`, no search index) were never edited
 * through the API, which did not exist yet: bring them to the current shape.
 */
async function upgradeLegacy(model: AnyModel, records: readonly PublicationRecord[]): Promise<number> {
  const legacy = (await model.find({ _id: { $in: records.map((r) => r._id) }, listedAt: { $exists: false } }, { _id: 1 }).lean().exec()) as Array<{ _id: string }>;
  const byId = new Map(records.map((r) => [r._id, r]));
  for (const { _id } of legacy) await model.replaceOne({ _id }, byId.get(_id)!).exec();
  return legacy.length;
}

/**
 * Inserts the records whose `_id` is missing, leaving existing ones alone. Not the kit's
 * `insertMissing`: FerretDB v1.24 drops `null` and `[]` fields from an upserted `$setOnInsert`
 * document, and our records rely on both. Two round trips, whatever the number of records.
 */
async function insertMissing(model: AnyModel, records: ReadonlyArray<{ _id: string }>): Promise<void> {
  const existing = new Set(((await model.find({ _id: { $in: records.map((r) => r._id) } }, { _id: 1 }).lean().exec()) as Array<{ _id: string }>).map((r) => r._id));
  const missing = records.filter((r) => !existing.has(r._id));
  if (missing.length === 0) return;
  await model.insertMany(missing, { ordered: false }).catch((error: unknown) => {
    if (!isDuplicateKeyError(error)) throw error; // inserted meanwhile by a concurrent seed
  });
}

/** Idempotent: adds the missing demo records (fixed ids) and leaves existing ones alone. */
export async function seedKnowledge(database: Database) {
  const repositories = createRepositories(database.connection);
  await ensureIndexes(repositories.models);
  const experiences = demoExperiences.map(experienceRecord);
  const resources = demoResources.map(resourceRecord);
  await insertMissing(repositories.themes.model, demoThemes);
  const upgraded = (await upgradeLegacy(repositories.experiences.model, experiences)) + (await upgradeLegacy(repositories.resources.model, resources));
  await insertMissing(repositories.experiences.model, experiences);
  await insertMissing(repositories.resources.model, resources);
  await insertMissing(repositories.revisions, [
    ...firstRevisions(repositories.experiences.model.collection.collectionName, experiences),
    ...firstRevisions(repositories.resources.model.collection.collectionName, resources),
  ]);
  await insertMissing(repositories.journeys.journeys, demoJourneys);
  await insertMissing(repositories.journeys.registrations, demoRegistrations);
  return { themes: demoThemes.length, experiences: experiences.length, resources: resources.length, learningJourneys: demoJourneys.length, upgraded };
}

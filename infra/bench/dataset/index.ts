import { createRepositories as actorsRepositories } from '@fabrique/actors';
import { createRepositories as conventionsRepositories, demoProgrammes } from '@fabrique/conventions';
import { connectDatabase, type AnyModel, type Database } from '@fabrique/kit';
import { createRepositories as knowledgeRepositories, demoThemes } from '@fabrique/knowledge';
import { maintainStatistics } from '../../src/statistics';
import { seedDemo, SERVICES, type ServiceName } from '../../src/seed';
import { BulkWriter, dropIndexes, restoreIndexes } from './bulk';
import { generateConventions } from './conventions';
import { generateEngagement } from './engagement';
import { generateExperience } from './experiences';
import type { DatasetCounts, DatasetManifest, LoadDatasetOptions } from './manifest';
import { generateOrganisations } from './organisations';
import { SEARCH_TERMS } from './phrases';
import { randomFor } from './random';
import { territoryPool, type TerritoryPool } from './territories';

export type { DatasetCounts, DatasetManifest, DatasetScale, LoadDatasetOptions } from './manifest';

/** What each scale generates: `full` is issue 7's dataset, `quick` about a twentieth of it. */
const SCALE_COUNTS: Readonly<Record<DatasetManifest['scale'], DatasetCounts>> = {
  full: { organisations: 5_000, conventions: 2_000, cohorts: 200, applications: 20_000, experiences: 100_000 },
  quick: { organisations: 250, conventions: 100, cohorts: 10, applications: 1_000, experiences: 5_000 },
};

/** The départements whose communes and EPCIs are imported: all of France for `full`, ten across the country for `quick`. */
const SCALE_DEPARTEMENTS: Readonly<Record<DatasetManifest['scale'], readonly string[] | null>> = {
  full: null,
  quick: ['63', '69', '13', '33', '59', '35', '67', '34', '44', '31'],
};

/** "Today" for the generated histories: fixed, so that every load writes the same data whatever the day. */
export const DATASET_DATE = new Date('2026-11-01T09:00:00Z');

const EXPERIENCES_PER_BATCH = 1_000;
const SAMPLE = 12;

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;

/** Runs `work` with ACTORS_SEED_DEPARTEMENTS set for the demo seed's territory import, then restores it. */
async function withSeedDepartements<T>(departements: readonly string[] | null, work: () => Promise<T>): Promise<T> {
  const before = process.env.ACTORS_SEED_DEPARTEMENTS;
  process.env.ACTORS_SEED_DEPARTEMENTS = departements ? departements.join(',') : '';
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.ACTORS_SEED_DEPARTEMENTS;
    else process.env.ACTORS_SEED_DEPARTEMENTS = before;
  }
}

/** Territories of each level that records are filed under, the busiest first, then a varied sample. */
function territorySamples(territories: TerritoryPool, usage: Map<string, number>): DatasetManifest['territories'] {
  const random = randomFor('samples');
  const pick = (level: 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE') => {
    const used = territories.byLevel[level].filter((t) => usage.has(t._id)).map((t) => t._id);
    const busiest = [...used].sort((a, b) => usage.get(b)! - usage.get(a)! || (a < b ? -1 : 1)).slice(0, 3);
    return [...busiest, ...random.sample(used.filter((id) => !busiest.includes(id)), SAMPLE - busiest.length)];
  };
  return { regions: pick('REGION'), departements: pick('DEPARTEMENT'), epcis: pick('EPCI'), communes: pick('COMMUNE') };
}

/**
 * Drops the bench databases, seeds the demo data on top of the real territories (the actors import:
 * all of France, or the scale's départements), then generates and bulk-loads the dataset through the
 * services' own record builders, workflows and index builders. Deterministic: the same scale and
 * counts give the same data. Writes nothing outside the databases.
 */
export async function loadDataset(options: LoadDatasetOptions): Promise<DatasetManifest> {
  const started = Date.now();
  const now = DATASET_DATE;
  const counts: DatasetCounts = { ...SCALE_COUNTS[options.scale], ...options.counts };
  const departements = options.departements === undefined ? SCALE_DEPARTEMENTS[options.scale] : options.departements;
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>, describe: (result: T) => string): Promise<T> => {
    const since = Date.now();
    const result = await work();
    timings[name] = seconds(since);
    options.log(`  ${name}: ${describe(result)} in ${timings[name]} s`);
    return result;
  };

  const databases = {} as Record<ServiceName, Database>;
  for (const service of SERVICES) databases[service] = await connectDatabase({ uri: options.uri, name: options.databaseName(service) });
  try {
    await step('drop', async () => {
      for (const service of SERVICES) await databases[service].connection.dropDatabase();
    }, () => `dropped ${SERVICES.map(options.databaseName).join(', ')}`);

    await step('demo', () => withSeedDepartements(departements, () => seedDemo(options.uri, options.log, options.databaseName)), () =>
      `demo data and the territories of ${departements ? `départements ${departements.join(', ')}` : 'all of France'}`);

    const actors = actorsRepositories(databases.actors.connection);
    const conventions = conventionsRepositories(databases.conventions.connection);
    const knowledge = knowledgeRepositories(databases.knowledge.connection);
    const loaded: AnyModel[] = [
      actors.organisations.model, actors.revisions,
      conventions.conventions.model, conventions.cohorts.model, conventions.applications.model, conventions.claims.model, conventions.revisions,
      knowledge.experiences.model, knowledge.revisions, knowledge.searchEntries.model, knowledge.importClaims.model,
    ];
    await step('unindex', () => dropIndexes(loaded), () => `secondary indexes of ${loaded.length} collections dropped for the load`);

    const territories = await step('territories', async () => territoryPool(departements), (pool) =>
      `${pool.byLevel.COMMUNE.length} communes, ${pool.byLevel.EPCI.length} EPCIs in memory`);
    const writer = new BulkWriter();
    const write = async (...batches: Array<[AnyModel, readonly unknown[]]>) => {
      for (const [model, documents] of batches) await writer.add(model, documents);
      await writer.flush();
    };
    const name = (model: AnyModel) => model.collection.collectionName;
    const serviceOf = (model: AnyModel) => SERVICES.find((service) => databases[service].connection === model.db)!;

    const organisations = await step('organisations', async () => {
      const generated = generateOrganisations(counts.organisations, territories, randomFor('organisations'), now, name(actors.organisations.model));
      await write([actors.organisations.model, generated.records], [actors.revisions, generated.revisions]);
      return generated;
    }, (g) => `${g.records.length} organisations, ${g.revisions.length} revisions`);
    const organisationIds = organisations.records.map((o) => o._id);

    const conventionRecords = await step('conventions', async () => {
      const generated = generateConventions(counts.conventions, {
        territories, organisations: organisationIds, programmes: demoProgrammes, random: randomFor('conventions'), now, collection: name(conventions.conventions.model),
      });
      await write([conventions.conventions.model, generated.records], [conventions.revisions, generated.revisions]);
      return generated;
    }, (g) => `${g.records.length} conventions, ${g.revisions.length} revisions`).then((g) => g.records);

    await step('engagement', async () => {
      const generated = generateEngagement(counts, {
        territories, programmes: demoProgrammes, random: randomFor('engagement'), now,
        collections: { cohorts: name(conventions.cohorts.model), applications: name(conventions.applications.model), claims: name(conventions.claims.model) },
      });
      await write(
        [conventions.cohorts.model, generated.cohorts],
        [conventions.applications.model, generated.applications],
        [conventions.claims.model, generated.claims],
        [conventions.revisions, generated.revisions],
      );
      return generated;
    }, (g) => `${g.cohorts.length} cohorts, ${g.applications.length} applications, ${g.claims.length} claims (seats and slots), ${g.revisions.length} revisions`);

    // Publishers: organisations, the most active first (draws are skewed towards the start of the list).
    const publishers = randomFor('publishers').sample(organisationIds, Math.max(1, Math.round(organisationIds.length * 0.4)));
    const conventionsByTerritory = new Map<string, string[]>();
    for (const c of conventionRecords) for (const party of c.parties) if (party.actorId.includes(':')) conventionsByTerritory.set(party.actorId, [...(conventionsByTerritory.get(party.actorId) ?? []), c._id]);
    const usage = new Map<string, number>();
    const publishedBy = new Map<string, number>();
    const termHits = new Map(SEARCH_TERMS.map((term) => [term, 0]));
    const themesUsed = new Set<string>();

    await step('experiences', async () => {
      const random = randomFor('experiences');
      const context = {
        territories, themes: new Map(demoThemes.map((t) => [t._id, t])), publishers, programmes: demoProgrammes.map((p) => p._id),
        conventionsByTerritory, now, collection: name(knowledge.experiences.model),
      };
      for (let from = 0; from < counts.experiences; from += EXPERIENCES_PER_BATCH) {
        const batch = [];
        for (let i = from; i < Math.min(counts.experiences, from + EXPERIENCES_PER_BATCH); i++) batch.push(generateExperience(i, context, random));
        for (const { record } of batch) {
          if (record.status !== 'PUBLISHED') continue;
          for (const id of record.territoryScope) usage.set(id, (usage.get(id) ?? 0) + 1);
          publishedBy.set(record.publisherId, (publishedBy.get(record.publisherId) ?? 0) + 1);
          for (const theme of record.themeIds) themesUsed.add(theme);
          const text = `${record.title} ${record.summary} ${record.body} ${record.outcomes.join(' ')} ${record.lessons.join(' ')}`.toLowerCase();
          for (const term of SEARCH_TERMS) if (text.includes(term)) termHits.set(term, termHits.get(term)! + 1);
        }
        await writer.add(knowledge.experiences.model, batch.map((e) => e.record));
        await writer.add(knowledge.revisions, batch.flatMap((e) => e.revisions));
        await writer.add(knowledge.searchEntries.model, batch.map((e) => e.entry));
        await writer.add(knowledge.importClaims.model, batch.flatMap((e) => (e.importClaim ? [e.importClaim] : [])));
      }
      await writer.flush();
    }, () => {
      const count = (model: AnyModel) => writer.count(model);
      return `${count(knowledge.experiences.model)} experiences, ${count(knowledge.revisions)} revisions, ${count(knowledge.searchEntries.model)} search entries, ${count(knowledge.importClaims.model)} import claims`;
    });

    await step('indexes', async () => {
      await restoreIndexes(actors.models);
      await restoreIndexes(conventions.models);
      await restoreIndexes(knowledge.models);
    }, () => 'every declared index rebuilt');

    // The records were written around the services' versioned stores: their dashboard counters are computed once from them.
    await step('statistics', () => maintainStatistics(options.uri, 'rebuild', () => undefined, options.databaseName, { searchEntries: false }), () => 'dashboard counters and search marks rebuilt from the records');

    // Both probe territories have children with conventions and children with experiences.
    const childrenWithItems = (ids: readonly string[]) => ids.some((id) => conventionsByTerritory.has(id)) && ids.some((id) => (usage.get(id) ?? 0) > 0);
    const childrenProbe = { many: territories.closestByChildren(100, childrenWithItems), few: territories.closestByChildren(10, childrenWithItems) };
    const partners = [...publishedBy].filter(([id]) => !id.includes(':')).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([id]) => id);
    timings.total = seconds(started);
    options.log(`  dataset loaded in ${timings.total} s`);
    return {
      scale: options.scale,
      loadedAt: new Date().toISOString(),
      seconds: timings,
      counts: {
        organisations: writer.count(actors.organisations.model),
        conventions: writer.count(conventions.conventions.model),
        cohorts: writer.count(conventions.cohorts.model),
        applications: writer.count(conventions.applications.model),
        experiences: writer.count(knowledge.experiences.model),
        revisions: writer.count(actors.revisions) + writer.count(conventions.revisions) + writer.count(knowledge.revisions),
        territories: Object.values(territories.byLevel).reduce((n, level) => n + level.length, 0),
        // Every collection written, by service.
        ...Object.fromEntries(loaded.map((model) => [`${serviceOf(model)}.${name(model)}`, writer.count(model)])),
      },
      territories: territorySamples(territories, usage),
      childrenProbe,
      partnerOrganisations: [...partners.slice(0, 10), ...randomFor('partners').sample(partners.slice(10), 40)],
      programmes: demoProgrammes.map((p) => ({ id: p._id, kind: p.kind })),
      themes: [...themesUsed].sort(),
      searchTerms: SEARCH_TERMS.filter((term) => termHits.get(term)! > 0),
      conventions: randomFor('convention-samples').sample(conventionRecords.map((c) => c._id), 50),
      departements: departements ? [...departements] : null,
    };
  } finally {
    for (const service of SERVICES) await databases[service].close();
  }
}

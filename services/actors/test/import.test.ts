import { ensureIndexes } from '@fabrique/kit';
import { graphql, startTestSubgraph } from '@fabrique/kit/testing';
import { importTerritories } from '../src/domain/territoryImport/importTerritories';
import { loadReferenceData, type ReferenceData } from '../src/domain/territoryImport/referenceData';
import { buildTerritoryRecords, inPartialImport } from '../src/domain/territoryImport/territoryRecords';
import type { TerritoryRecord } from '../src/models/territories/schema';
import { createRepositories } from '../src/repositories';
import { departementsFromEnvironment } from '../src/seed';
import { createActorsServer } from '../src/server';

const reference = loadReferenceData();

/** The next edition, as a yearly update would bring it: Aurillac renamed, Saint-Flour's population updated, Allanche merged away. */
function nextEdition(data: ReferenceData): ReferenceData {
  return {
    ...data,
    edition: 'next',
    communes: data.communes
      .filter((c) => c.code !== '15001')
      .map((c) => (c.code === '15014' ? { ...c, nom: 'Aurillac-en-Auvergne' } : c.code === '15187' ? { ...c, population: (c.population ?? 0) + 100 } : c)),
  };
}

describe('the reference data of territories', () => {
  const records = buildTerritoryRecords(reference);
  const byId = new Map(records.map((t) => [t._id, t]));
  const count = (level: string) => records.filter((t) => t.level === level).length;

  it('holds every région, département, EPCI and current commune of @etalab/decoupage-administratif 6.0.0', () => {
    expect(reference.edition).toBe('6.0.0');
    expect([count('REGION'), count('DEPARTEMENT'), count('EPCI'), count('COMMUNE')]).toEqual([26, 109, 1255, 34969]);
    expect(records.filter((t) => t.level === 'COMMUNE' && t.parentId === 'DEPARTEMENT:63')).toHaveLength(463);
    expect(records.filter((t) => t.epciId === 'EPCI:246300701')).toHaveLength(21);
    expect(byId.get('EPCI:246300701')).toMatchObject({ name: 'Clermont Auvergne Métropole', epciType: 'METROPOLE', parentId: 'DEPARTEMENT:63', regionId: 'REGION:84' });
  });

  it('links every territory to existing territories, and sums populations', () => {
    const dangling = records.flatMap((t) => [t.parentId, t.regionId, t.epciId, t.chefLieuId, ...t.scope].filter((id) => id && !byId.has(id)));
    expect(dangling).toEqual([]);
    expect(records.filter((t) => t.scope[0] !== t._id)).toEqual([]);
    const communes = records.filter((t) => t.level === 'COMMUNE');
    expect(communes.filter((c) => c.epciId === null).length).toBeLessThan(100);
    const puyDeDome = communes.filter((c) => c.parentId === 'DEPARTEMENT:63').reduce((sum, c) => sum + c.population, 0);
    expect(byId.get('DEPARTEMENT:63')!.population).toBe(puyDeDome);
    expect(byId.get('DEPARTEMENT:63')!.chefLieuId).toBe('COMMUNE:63113');
    expect(byId.get('COMMUNE:63113')!.scope).toEqual(['COMMUNE:63113', 'EPCI:246300701', 'DEPARTEMENT:63', 'REGION:84']);
  });

  it('files an EPCI under every département it spans, but each commune under its own département only', () => {
    const spanning = records.filter((t) => t.level === 'EPCI' && t.scope.filter((id) => id.startsWith('DEPARTEMENT:')).length > 1);
    expect(spanning.length).toBeGreaterThan(50);
    for (const epci of spanning) {
      const members = records.filter((c) => c.epciId === epci._id);
      const departements = new Set(members.map((c) => c.parentId));
      expect(departements.size).toBeGreaterThan(1);
      expect(members.filter((c) => c.scope.filter((id) => id.startsWith('DEPARTEMENT:')).join() !== c.parentId)).toEqual([]);
      // Its parent is the département that holds most of its population.
      const share = (d: string) => members.filter((c) => c.parentId === d).reduce((sum, c) => sum + c.population, 0);
      expect(Math.max(...[...departements].map((d) => share(d!)))).toBe(share(epci.parentId!));
    }
  });

  it('keeps, limited to some départements, the places named elsewhere and the territories containing them', () => {
    // Ungersheim (Haut-Rhin) is named by a demo experience; COMMUNE:99999 exists in no edition.
    const kept = records.filter(inPartialImport(records, ['63'], ['COMMUNE:68343', 'COMMUNE:99999']));
    const outside = kept.filter((t) => (t.level === 'COMMUNE' || t.level === 'EPCI') && !t.scope.includes('DEPARTEMENT:63'));
    expect(outside.map((t) => t._id).sort()).toEqual(['COMMUNE:68343', byId.get('COMMUNE:68343')!.epciId]);
    const keptIds = new Set(kept.map((t) => t._id));
    expect(kept.filter((t) => t.level === 'COMMUNE' || t.level === 'EPCI').flatMap((t) => t.scope.filter((id) => !keptIds.has(id)))).toEqual([]);
    expect(records.filter(inPartialImport(records, ['63']))).toEqual(records.filter((t) => t.level === 'REGION' || t.level === 'DEPARTEMENT' || t.scope.includes('DEPARTEMENT:63')));
  });

  it('reads ACTORS_SEED_DEPARTEMENTS, refusing unknown codes', () => {
    expect(departementsFromEnvironment(reference, {})).toBeNull();
    expect(departementsFromEnvironment(reference, { ACTORS_SEED_DEPARTEMENTS: ' 63, 2A ' })).toEqual(['63', '2A']);
    expect(() => departementsFromEnvironment(reference, { ACTORS_SEED_DEPARTEMENTS: '63,99' })).toThrow(/unknown départements: 99/);
  });
});

describe('importing the territories (real database)', () => {
  let actors: Awaited<ReturnType<typeof startTestSubgraph>>;
  let repositories: ReturnType<typeof createRepositories>;
  const stored = async () => {
    const all = (await Promise.all(repositories.territories.collections.map((c) => repositories.territories.all(c)))).flat();
    return all.sort((a, b) => a._id.localeCompare(b._id));
  };
  const cantal = { departements: ['15'] };
  beforeAll(async () => {
    actors = await startTestSubgraph('actors', createActorsServer);
    repositories = createRepositories(actors.database.connection);
    await ensureIndexes(repositories.models);
  });
  afterAll(() => actors.stop());

  it('imports once, then finds nothing to change', async () => {
    const first = await importTerritories(repositories.territories, reference, cantal);
    const cantalEpci = buildTerritoryRecords(reference).filter((t) => t.level === 'EPCI' && t.scope.includes('DEPARTEMENT:15')).length;
    expect(first.created).toHaveLength(26 + 109 + cantalEpci + 250);
    expect(first.created).toEqual(expect.arrayContaining(['REGION:84', 'DEPARTEMENT:15', 'COMMUNE:15014', 'EPCI:241500230']));
    expect(first).toMatchObject({ edition: '6.0.0', updated: [], retired: [], rebuilt: [] });
    const again = await importTerritories(repositories.territories, reference, { ...cantal, force: true });
    expect(again).toMatchObject({ created: [], updated: [], retired: [], unchanged: first.created.length, rebuilt: [] });
    expect(again.skipped).toBeUndefined();
    // The last import wanted the very same records: nothing to read.
    const skipped = await importTerritories(repositories.territories, reference, cantal);
    expect(skipped).toMatchObject({ created: [], updated: [], retired: [], unchanged: first.created.length, skipped: true });
  });

  it('applies a new edition in place: renamed and repopulated territories updated, merged communes retired, not deleted', async () => {
    const before = (await graphql(actors.url, '{ territory(code: "15") { population children { totalCount } } }')).data.territory;
    const report = await importTerritories(repositories.territories, nextEdition(reference), cantal);
    expect(report.created).toEqual([]);
    expect(report.updated.sort()).toEqual(['COMMUNE:15014', 'COMMUNE:15187', 'DEPARTEMENT:15', 'REGION:84']);
    expect(report.retired).toEqual(['COMMUNE:15001']);
    const res = await graphql(
      actors.url,
      '{ cantal: territory(code: "15") { population children { totalCount } } merged: territory(code: "15001") { name retiredIn } renamed: territory(code: "15014") { name } search: territories(filter: { search: "allanche" }) { totalCount } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.cantal.children.totalCount).toBe(before.children.totalCount - 1);
    expect(res.data.merged).toEqual({ name: 'Allanche', retiredIn: 'next' });
    expect(res.data.renamed.name).toBe('Aurillac-en-Auvergne');
    expect(res.data.search.totalCount).toBe(0);
    // Back to the first edition: the merged commune comes back.
    const back = await importTerritories(repositories.territories, reference, cantal);
    expect(back.updated.sort()).toEqual(['COMMUNE:15001', 'COMMUNE:15014', 'COMMUNE:15187', 'DEPARTEMENT:15', 'REGION:84']);
    expect((await graphql(actors.url, '{ territory(code: "15001") { retiredIn } }')).data.territory.retiredIn).toBeNull();
  });

  it('rebuilds and swaps a collection when an edition changes many records, with the same result', async () => {
    await importTerritories(repositories.territories, nextEdition(reference), cantal);
    const inPlace = await stored();
    await importTerritories(repositories.territories, reference, cantal);
    const report = await importTerritories(repositories.territories, nextEdition(reference), { ...cantal, rebuildAbove: 0 });
    expect(report.rebuilt.sort()).toEqual(['communes', 'territories']);
    expect(report.retired).toEqual(['COMMUNE:15001']);
    expect(await stored()).toEqual(inPlace);
    const collections = (await actors.database.connection.db!.listCollections().toArray()).map((c) => c.name);
    expect(collections).not.toContain('communes_import');
    const indexes = await actors.database.connection.db!.collection('communes').indexes();
    expect(indexes.find((i) => i.unique && i.key.code === 1)).toBeDefined();
    // The swapped-in collection answers queries and keeps its unique index.
    expect((await graphql(actors.url, '{ territory(code: "15014") { name } }')).data.territory.name).toBe('Aurillac-en-Auvergne');
    await expect(actors.database.connection.db!.collection<TerritoryRecord>('communes').insertOne({ ...inPlace.find((t) => t._id === 'COMMUNE:15014')!, _id: 'COMMUNE:duplicate' })).rejects.toThrow();
    await importTerritories(repositories.territories, reference, cantal);
  });

  it('updates hundreds of records in place in commands FerretDB answers', async () => {
    const repopulated = { ...reference, edition: 'repopulated', communes: reference.communes.map((c) => (c.departement === '15' ? { ...c, population: (c.population ?? 0) + 1 } : c)) };
    const report = await importTerritories(repositories.territories, repopulated, { ...cantal, rebuildAbove: 1000 });
    expect(report.updated.length).toBeGreaterThan(250);
    expect(report.rebuilt).toEqual([]);
    const aurillac = await actors.database.connection.db!.collection('communes').findOne({ _id: 'COMMUNE:15014' } as object);
    expect(aurillac!.population).toBe(reference.communes.find((c) => c.code === '15014')!.population! + 1);
    await importTerritories(repositories.territories, reference, { ...cantal, rebuildAbove: 1000 });
  });

  it('limited to some départements, leaves the territories of the others alone', async () => {
    const hauteLoire = await importTerritories(repositories.territories, reference, { departements: ['43'] });
    expect(hauteLoire.created.every((id) => id.startsWith('COMMUNE:43') || id.startsWith('EPCI:'))).toBe(true);
    expect(hauteLoire.retired).toEqual([]);
    const res = await graphql(actors.url, '{ territories(filter: { level: COMMUNE, within: "REGION:84" }, first: 1) { totalCount } }');
    expect(res.data.territories.totalCount).toBe(250 + 257);
  });
});

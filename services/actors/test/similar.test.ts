import DataLoader from 'dataloader';
import { errorCodes, graphql, TEST_IDENTITY_SECRET } from '@fabrique/kit/testing';
import { similarTerritories } from '../src/domain/similar';
import { loadReferenceData } from '../src/domain/territoryImport/referenceData';
import { buildTerritoryRecords } from '../src/domain/territoryImport/territoryRecords';
import type { Loaders } from '../src/loaders';
import type { TerritoryRecord } from '../src/models/territories/schema';
import { createActorsServer } from '../src/server';
import { roundTrips, startActors, type Actors } from './support';

interface Similar {
  score: number;
  reasons: string[];
  territory: { id: string; name: string; level: string; population: number; epciType: string | null; epci: { epciType: string } | null; ancestors: Array<{ id: string }> };
}

const SIMILAR = `query($id: ID!, $first: Int) { territory(id: $id) { id population similar(first: $first) { score reasons
  territory { id name level population epciType epci { epciType } ancestors { id } } } } }`;

const COMPARABLE = /^population comparable : \d[\d\s\u202f]* habitants$/;
const logDistance = (a: number, b: number) => Math.abs(Math.log10(Math.max(a, 1)) - Math.log10(Math.max(b, 1)));

/** Best score first; equal scores by closer population, then by id (the test data is one région). */
function expectRanked(population: number, similar: Similar[]) {
  for (const [a, b] of similar.slice(1).map((s, i) => [similar[i]!, s] as const)) {
    const order = b.score - a.score || logDistance(a.territory.population, population) - logDistance(b.territory.population, population) || (a.territory.id < b.territory.id ? -1 : 1);
    expect(order).toBeLessThan(0);
  }
  for (const s of similar) {
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(1);
  }
}

describe('Territory.similar: territories like this one (actors subgraph, real database)', () => {
  let actors: Actors;
  const similarTo = async (id: string, first?: number) => {
    const res = await graphql(actors.url, SIMILAR, { id, first });
    expect(res.errors).toBeUndefined();
    return res.data.territory as { id: string; population: number; similar: Similar[] };
  };

  beforeAll(async () => {
    actors = await startActors();
  });
  afterAll(() => actors.stop());

  it('gives a small rural commune small rural communes of the same kind, never itself nor the city', async () => {
    // Alleuze (Cantal), 224 inhabitants, in the communauté de communes de Saint-Flour.
    const alleuze = await similarTo('COMMUNE:15002');
    expect(alleuze.similar).toHaveLength(10);
    for (const s of alleuze.similar) {
      expect(s.territory.level).toBe('COMMUNE');
      expect(s.territory.id).not.toBe('COMMUNE:15002');
      expect(s.territory.population).toBeLessThan(alleuze.population * 1.5);
      expect(s.territory.population).toBeGreaterThan(alleuze.population / 1.5);
      expect(s.territory.epci?.epciType).toBe('COMMUNAUTE_DE_COMMUNES');
      expect(s.reasons[0]).toMatch(COMPARABLE);
      expect(s.reasons.slice(1)).toEqual(['commune rurale', "même type d'intercommunalité : communauté de communes", 'même région : Auvergne-Rhône-Alpes']);
    }
    expectRanked(alleuze.population, alleuze.similar);
    expect(alleuze.similar.map((s) => s.territory.name)).not.toContain('Clermont-Ferrand');
  });

  it('gives a city towns of the same setting, the reasons saying what they share', async () => {
    // Clermont-Ferrand, the only city of its size in the test data: its neighbours are the largest towns.
    const clermont = await similarTo('COMMUNE:63113');
    expect(clermont.similar).toHaveLength(10);
    expectRanked(clermont.population, clermont.similar);
    for (const s of clermont.similar) {
      expect(s.territory.id).not.toBe('COMMUNE:63113');
      expect(s.territory.population).toBeGreaterThanOrEqual(5_000);
      expect(s.reasons).toContain('commune urbaine');
      expect(s.reasons).toContain('même région : Auvergne-Rhône-Alpes');
      expect(s.reasons.includes("même type d'intercommunalité : métropole")).toBe(s.territory.epci?.epciType === 'METROPOLE');
    }
    // Towns of the métropole share both features: they come first.
    expect(clermont.similar[0]!.territory.epci?.epciType).toBe('METROPOLE');
  });

  it("gives an EPCI EPCIs of the same type, and all of them at most, never itself", async () => {
    const saintFlour = await similarTo('EPCI:200066660');
    expect(saintFlour.similar).toHaveLength(10);
    expectRanked(saintFlour.population, saintFlour.similar);
    for (const s of saintFlour.similar) {
      expect(s.territory.level).toBe('EPCI');
      expect(s.territory.epciType).toBe('COMMUNAUTE_DE_COMMUNES');
      expect(s.reasons).toContain("même type d'EPCI : communauté de communes");
    }
    const all = await similarTo('EPCI:200066660', 50);
    const { data } = await graphql(actors.url, '{ territories(filter: { level: EPCI }) { totalCount } }');
    expect(all.similar).toHaveLength(data.territories.totalCount - 1);
    expect(new Set(all.similar.map((s) => s.territory.id)).size).toBe(all.similar.length);
    expect(all.similar.map((s) => s.territory.id)).not.toContain('EPCI:200066660');
    // The communautés de communes first: they share the feature the others lack.
    const types = all.similar.map((s) => s.territory.epciType);
    expect(types.lastIndexOf('COMMUNAUTE_DE_COMMUNES')).toBeLessThan(types.indexOf('COMMUNAUTE_D_AGGLOMERATION'));
  });

  it('claims no shared type for the only métropole', async () => {
    const metropole = await similarTo('EPCI:246300701', 3);
    for (const s of metropole.similar) {
      expect(s.territory.epciType).not.toBe('METROPOLE');
      expect(s.reasons.some((r) => r.startsWith("même type d'EPCI"))).toBe(false);
      expect(s.score).toBeLessThanOrEqual(0.6);
    }
  });

  it('compares départements across France, overseas with overseas', async () => {
    const cantal = await similarTo('DEPARTEMENT:15');
    const names = cantal.similar.map((s) => s.territory.name);
    expect(names).toEqual(expect.arrayContaining(['Lot', 'Creuse', 'Hautes-Alpes']));
    expect(names).not.toContain('Cantal');
    expect(names).not.toContain('Paris');
    for (const s of cantal.similar) {
      expect(s.reasons[0]).toMatch(COMPARABLE);
      expect(s.reasons).toContain('France métropolitaine');
    }
    // Overseas départements share a feature metropolitan ones lack: they come first, by population.
    const guadeloupe = await similarTo('DEPARTEMENT:971', 4);
    expect(guadeloupe.similar.map((s) => s.territory.name)).toEqual(['Martinique', 'Guyane', 'Polynésie française', 'Nouvelle-Calédonie']);
    for (const s of guadeloupe.similar) expect(s.reasons).toContain('outre-mer');
  });

  it('puts the same région first among equal scores', async () => {
    // Among départements of the same rounded score, those of Auvergne-Rhône-Alpes (the Cantal's) first.
    const cantal = await similarTo('DEPARTEMENT:15', 50);
    const byScore = new Map<number, Similar[]>();
    for (const s of cantal.similar) byScore.set(s.score, [...(byScore.get(s.score) ?? []), s]);
    for (const group of byScore.values()) {
      const same = group.map((s) => s.territory.ancestors.some((a) => a.id === 'REGION:84'));
      expect(same).toEqual([...same].sort((a, b) => Number(b) - Number(a)));
      for (const [i, s] of group.entries()) expect(s.reasons.includes('même région : Auvergne-Rhône-Alpes')).toBe(same[i]);
    }
    expect(cantal.similar.some((s) => s.reasons.includes('même région : Auvergne-Rhône-Alpes'))).toBe(true);
  });

  it('takes first from 1 to 50, 10 by default, and answers the same each time', async () => {
    expect((await similarTo('COMMUNE:15002', 1)).similar).toHaveLength(1);
    const fifty = await similarTo('COMMUNE:15002', 50);
    expect(fifty.similar).toHaveLength(50);
    expect(await similarTo('COMMUNE:15002', 50)).toEqual(fifty);
    // The first ten of fifty are the default ten.
    expect(fifty.similar.slice(0, 10)).toEqual((await similarTo('COMMUNE:15002')).similar);
    for (const first of [0, -1, 51]) {
      const res = await graphql(actors.url, SIMILAR, { id: 'COMMUNE:15002', first });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(res.data?.territory ?? null).toBeNull();
    }
  });

  it('answers from the snapshot in memory, without a database round trip', async () => {
    const res = await graphql(actors.url, SIMILAR, { id: 'COMMUNE:63113', first: 50 });
    expect(res.errors).toBeUndefined();
    expect(roundTrips(res)).toBe(0);
  });

  it('answers as a server reading the database does (TERRITORY_SNAPSHOT=false)', async () => {
    process.env.TERRITORY_SNAPSHOT = 'false';
    let server: Awaited<ReturnType<typeof createActorsServer>>;
    try {
      server = await createActorsServer({ database: actors.database, identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'test' });
    } finally {
      delete process.env.TERRITORY_SNAPSHOT;
    }
    try {
      const url = `${await server.listen(0)}/graphql`;
      for (const [id, first] of [['COMMUNE:15002', 20], ['EPCI:200066660', 10], ['DEPARTEMENT:15', 10]] as const) {
        const [fromDatabase, fromMemory] = await Promise.all([graphql(url, SIMILAR, { id, first }), graphql(actors.url, SIMILAR, { id, first })]);
        expect(fromDatabase.errors).toBeUndefined();
        expect(fromDatabase.data).toEqual(fromMemory.data);
      }
    } finally {
      await server.stop();
    }
  });
});

/**
 * All of France, from the reference data as the import builds it (the subgraph's suites import Auvergne
 * only): the ranking over 35,000 communes, as the snapshot holds them in memory.
 */
describe('Territory.similar over all of France (the reference data in memory)', () => {
  const records = buildTerritoryRecords(loadReferenceData());
  const byId = new Map(records.map((r) => [r._id, r]));
  const levels = new Map<string, TerritoryRecord[]>();
  for (const r of records) levels.set(r.level, [...(levels.get(r.level) ?? []), r]);
  const territories = { currentOfLevel: async (level: string) => levels.get(level)! };
  const loaders = { territory: new DataLoader(async (ids: readonly string[]) => ids.map((id) => byId.get(id) ?? null)) } as unknown as Loaders;
  const similar = (id: string, first = 10) => similarTerritories(byId.get(id)!, { first }, territories, loaders);

  it('never gives Paris to a village, and gives Paris the largest cities', async () => {
    const alleuze = await similar('COMMUNE:15002', 50);
    expect(alleuze.map((s) => s.territory.name)).not.toContain('Paris');
    for (const s of alleuze) {
      expect(s.territory.population).toBeLessThan(2_000);
      expect(s.reasons).toContain('commune rurale');
    }
    const paris = await similar('COMMUNE:75056', 5);
    expect(paris.map((s) => s.territory.name)).toEqual(['Marseille', 'Toulouse', 'Nice', 'Nantes', 'Montpellier']);
    expect(paris[0]!.reasons).toEqual(['population plus petite : 886\u202f040 habitants', 'commune urbaine', "même type d'intercommunalité : métropole"]);
  });

  it('ranks as scoring every commune by the documented formula would, scoring only a bounded window of them', async () => {
    // The candidates come from windows around the population: the formula of the SDL applied to all
    // 35,000 communes gives the same list.
    const epciType = new Map(levels.get('EPCI')!.map((e) => [e._id, e.epciType]));
    const features = (r: TerritoryRecord) => [r.population < 2_000, r.epciId ? (epciType.get(r.epciId) ?? null) : null];
    for (const id of ['COMMUNE:15002', 'COMMUNE:63113', 'COMMUNE:29019', 'COMMUNE:97101', 'COMMUNE:75056']) {
      const target = byId.get(id)!;
      const own = features(target);
      const expected = levels
        .get('COMMUNE')!
        .filter((r) => r._id !== id)
        .map((r) => {
          const distance = logDistance(r.population, target.population);
          const shared = features(r).filter((v, i) => v === own[i]).length / 2;
          return { r, distance, score: Math.round((0.6 * Math.max(0, 1 - distance / 2) + 0.4 * shared) * 100) / 100, same: r.regionId === target.regionId };
        })
        .sort((a, b) => b.score - a.score || Number(b.same) - Number(a.same) || a.distance - b.distance || (a.r.code < b.r.code ? -1 : 1))
        .slice(0, 50);
      let scored = 0;
      const ranked = await similarTerritories(target, { first: 50 }, territories, loaders, (count) => (scored = count));
      // At most 2^attributes groups (here 2 features and the région) × `first`, plus ties: not 35,000.
      expect(scored).toBeGreaterThanOrEqual(50);
      expect(scored).toBeLessThan(8 * 50 + 100);
      expect(ranked.map((s) => [s.territory._id, s.score])).toEqual(expected.map((e) => [e.r._id, e.score]));
    }
  });
});

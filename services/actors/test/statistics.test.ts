import { graphql } from '@fabrique/kit/testing';
import { asStaff, factories, startActors, type Actors } from './support';

const STATISTICS = `query($slug: String!, $at: Date) {
  alliance(slug: $slug) {
    statistics(at: $at) {
      at memberCount
      membersByKind { kind count }
      membersByRegion { region { id } territories organisations total }
      territoriesByRegion { region { id name } engagedTerritories byLevel { level count } communesCovered populationCovered }
    }
  }
}`;

type Statistics = {
  at: string;
  memberCount: number;
  membersByKind: Array<{ kind: string; count: number }>;
  membersByRegion: Array<{ region: { id: string } | null; territories: number; organisations: number; total: number }>;
  territoriesByRegion: Array<{ region: { id: string; name: string }; engagedTerritories: number; byLevel: Array<{ level: string; count: number }>; communesCovered: number; populationCovered: number }>;
};

describe('alliance statistics for dashboards (actors subgraph, real database)', () => {
  let actors: Actors;
  const statistics = async (slug: string, at?: string): Promise<Statistics> => {
    const res = await graphql(actors.url, STATISTICS, { slug, at });
    expect(res.errors).toBeUndefined();
    return res.data.alliance.statistics;
  };
  const population = async (code: string) => (await graphql(actors.url, `{ territory(code: "${code}") { population } }`)).data.territory.population as number;
  const region = (s: Statistics, id: string) => s.territoriesByRegion.find((r) => r.region.id === id)!;
  beforeAll(async () => {
    actors = await startActors();
  });
  afterAll(() => actors.stop());

  it("counts the Fabrique's members by kind and by région, and the territories engaged in Auvergne-Rhône-Alpes", async () => {
    const today = await statistics('fabrique-des-transitions');
    expect(today.at).toBe(new Date().toISOString().slice(0, 10));
    // The test data holds Auvergne's communes and EPCI only (see support.ts): Loos-en-Gohelle is not there.
    // Kinds in the order the answer lists them (territory levels first, then organisation kinds).
    const membersByKind = { DEPARTEMENT: 1, EPCI: 2, COMMUNE: 1, ASSOCIATION: 1, COMPANY: 1, STATE_SERVICE: 2, PUBLIC_AGENCY: 3, RESEARCH: 1, NETWORK: 1, FOUNDATION: 1 };
    expect(today.membersByKind).toEqual(Object.entries(membersByKind).map(([kind, count]) => ({ kind, count })));
    expect(today.memberCount).toBe(14);
    expect(today.membersByRegion.filter((r) => r.region).map((r) => r.region!.id)).toHaveLength(26);
    expect(today.membersByRegion.find((r) => r.region?.id === 'REGION:84')).toEqual({ region: { id: 'REGION:84' }, territories: 4, organisations: 4, total: 8 });
    expect(today.territoriesByRegion).toHaveLength(26);
    const names = today.territoriesByRegion.map((r) => r.region.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    // The Puy-de-Dôme covers its 463 communes (the two member EPCI lie inside it); Aurillac adds one.
    expect(region(today, 'REGION:84')).toEqual({
      region: { id: 'REGION:84', name: 'Auvergne-Rhône-Alpes' },
      engagedTerritories: 4,
      byLevel: [
        { level: 'DEPARTEMENT', count: 1 },
        { level: 'EPCI', count: 2 },
        { level: 'COMMUNE', count: 1 },
      ],
      communesCovered: 464,
      populationCovered: (await population('63')) + (await population('15014')),
    });
    expect(region(today, 'REGION:11')).toMatchObject({ engagedTerritories: 0, byLevel: [], communesCovered: 0, populationCovered: 0 });
  });

  it('takes the figures at a past date', async () => {
    const in2022 = await statistics('fabrique-des-transitions', '2022-01-01');
    expect(in2022.at).toBe('2022-01-01');
    // Then: the Puy-de-Dôme and Le Puy-en-Velay (who left in 2023), not yet the EPCI nor Aurillac.
    expect(region(in2022, 'REGION:84')).toMatchObject({
      engagedTerritories: 2,
      byLevel: [
        { level: 'DEPARTEMENT', count: 1 },
        { level: 'COMMUNE', count: 1 },
      ],
      communesCovered: 464,
    });
    const before = await statistics('fabrique-des-transitions', '2018-01-01');
    expect(before).toMatchObject({ memberCount: 0, membersByKind: [] });
    const bad = await graphql(actors.url, STATISTICS, { slug: 'fabrique-des-transitions', at: '2022-02-30' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
  });

  it('counts each commune once, and organisations without a home under an unknown région', async () => {
    const make = factories(actors.url);
    const alliance = await make.alliance();
    const homeless = await make.organisation({ kind: 'NETWORK' });
    const join = (actorId: string) =>
      asStaff(actors.url, 'mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id } }', {
        input: { allianceId: alliance.id, actorId, since: '2020-01-01' },
      });
    for (const actorId of ['DEPARTEMENT:15', 'EPCI:241500230', 'COMMUNE:15014', 'DEPARTEMENT:43', homeless.id]) await join(actorId);
    const figures = await statistics(alliance.slug);
    expect(figures.memberCount).toBe(5);
    expect(region(figures, 'REGION:84')).toMatchObject({ engagedTerritories: 4, communesCovered: 250 + 257 });
    expect(figures.membersByRegion.at(-1)).toEqual({ region: null, territories: 0, organisations: 1, total: 1 });
    expect(figures.membersByKind).toEqual([
      { kind: 'DEPARTEMENT', count: 2 },
      { kind: 'EPCI', count: 1 },
      { kind: 'COMMUNE', count: 1 },
      { kind: 'NETWORK', count: 1 },
    ]);
  });
});

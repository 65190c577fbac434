// Alliance statistics (`Alliance.statistics`): members by kind and by région, and the territories
// engaged per région with the communes and population they cover, for many alliances at once.
import type DataLoader from 'dataloader';
import type { MembershipRecord } from '../models/memberships/schema';
import type { CoveredCommune } from '../models/territories/repository';
import type { OrganisationRecord } from '../models/organisations/schema';
import type { TerritoryRecord } from '../models/territories/schema';
import type { Repositories } from '../repositories';
import { activeAt } from './lists';

/** The request's loaders the statistics read through (loaders.ts passes its own). */
interface StatisticsLoaders {
  territory: DataLoader<string, TerritoryRecord | null>;
  organisation: DataLoader<string, OrganisationRecord | null>;
  membershipsByAlliance: DataLoader<string, MembershipRecord[]>;
}

interface KindCount {
  kind: string;
  count: number;
}

export interface RegionMembers {
  regionId: string | null;
  territories: number;
  organisations: number;
  total: number;
}

export interface RegionEngagement {
  regionId: string;
  engagedTerritories: number;
  byLevel: Array<{ level: string; count: number }>;
  communesCovered: number;
  populationCovered: number;
}

/** `AllianceStatistics`: the figures of one alliance at a date. */
export interface AllianceFigures {
  at: string;
  memberCount: number;
  membersByKind: KindCount[];
  membersByRegion: RegionMembers[];
  territoriesByRegion: RegionEngagement[];
}

const KIND_ORDER = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ASSOCIATION', 'COMPANY', 'STATE_SERVICE', 'PUBLIC_AGENCY', 'RESEARCH', 'NETWORK', 'FOUNDATION'];
const LEVELS = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'];

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

interface Members {
  territories: TerritoryRecord[];
  organisations: OrganisationRecord[];
  /** The région each organisation is counted in (that of its home territory). */
  organisationRegion: Map<string, string | null>;
}

function byRegion(members: Members, regions: TerritoryRecord[]): RegionMembers[] {
  const territories = countBy(members.territories, (t) => t.regionId ?? '');
  const organisations = countBy(members.organisations, (o) => members.organisationRegion.get(o._id) ?? '');
  const rows = regions.map((r) => ({ regionId: r._id as string | null, territories: territories.get(r._id) ?? 0, organisations: organisations.get(r._id) ?? 0 }));
  const unknown = { regionId: null, territories: territories.get('') ?? 0, organisations: organisations.get('') ?? 0 };
  if (unknown.territories + unknown.organisations > 0) rows.push(unknown);
  return rows.map((row) => ({ ...row, total: row.territories + row.organisations }));
}

function engagement(territories: TerritoryRecord[], regions: TerritoryRecord[], communes: CoveredCommune[]): RegionEngagement[] {
  const engaged = new Set(territories.map((t) => t._id));
  const covered = communes.filter((c) => c.scope.some((id) => engaged.has(id)));
  return regions.map((region) => {
    const inRegion = territories.filter((t) => t.regionId === region._id);
    const levels = countBy(inRegion, (t) => t.level);
    const communesHere = covered.filter((c) => c.regionId === region._id);
    return {
      regionId: region._id,
      engagedTerritories: inRegion.length,
      byLevel: LEVELS.filter((level) => levels.has(level)).map((level) => ({ level, count: levels.get(level)! })),
      communesCovered: communesHere.length,
      populationCovered: communesHere.reduce((sum, c) => sum + c.population, 0),
    };
  });
}

async function membersOf(memberships: MembershipRecord[], loaders: StatisticsLoaders): Promise<Members> {
  const [territories, organisations] = await Promise.all([
    loaders.territory.loadMany(memberships.filter((m) => m.actorType === 'TERRITORY').map((m) => m.actorId)),
    loaders.organisation.loadMany(memberships.filter((m) => m.actorType === 'ORGANISATION').map((m) => m.actorId)),
  ]);
  const found = <T>(list: Array<T | Error | null>) => list.filter((x): x is T => x !== null && !(x instanceof Error));
  const orgs = found(organisations);
  const homes = await loaders.territory.loadMany(orgs.map((o) => o.homeTerritoryId).filter((id): id is string => id != null));
  const regionOfHome = new Map(found(homes).map((t) => [t._id, t.regionId]));
  return {
    territories: found(territories),
    organisations: orgs,
    organisationRegion: new Map(orgs.map((o) => [o._id, o.homeTerritoryId ? (regionOfHome.get(o.homeTerritoryId) ?? null) : null])),
  };
}

/**
 * Statistics of several alliances at once (a DataLoader batch): their memberships, members, the
 * régions and the communes the engaged territories cover are each read once for the whole batch.
 */
export function statisticsOf(repositories: Repositories, loaders: StatisticsLoaders) {
  return async (keys: ReadonlyArray<{ allianceId: string; at: string }>): Promise<AllianceFigures[]> => {
    const memberships = await loaders.membershipsByAlliance.loadMany(keys.map((k) => k.allianceId));
    const current = keys.map((key, i) => {
      const list = memberships[i];
      return list instanceof Error ? [] : list!.filter((m) => activeAt(m, key.at));
    });
    const [members, regions] = await Promise.all([Promise.all(current.map((list) => membersOf(list, loaders))), repositories.territories.regions()]);
    const engagedIds = [...new Set(members.flatMap((m) => m.territories.map((t) => t._id)))];
    const communes = await repositories.territories.communesInside(engagedIds);
    return keys.map((key, i) => {
      const mine = members[i]!;
      const kinds = countBy([...mine.territories.map((t) => t.level as string), ...mine.organisations.map((o) => o.kind as string)], (k) => k);
      return {
        at: key.at,
        memberCount: current[i]!.length,
        membersByKind: KIND_ORDER.filter((kind) => kinds.has(kind)).map((kind) => ({ kind, count: kinds.get(kind)! })),
        membersByRegion: byRegion(mine, regions),
        territoriesByRegion: engagement(mine.territories, regions, communes),
      };
    });
  };
}

import type { ActorsContext } from '../context';
import type { RegionEngagement, RegionMembers } from '../statistics';

export const AllianceRegionCount = {
  region: (r: RegionMembers, _: unknown, { loaders }: ActorsContext) => (r.regionId ? loaders.territory.load(r.regionId) : null),
};

export const AllianceRegionEngagement = {
  region: (r: RegionEngagement, _: unknown, { loaders }: ActorsContext) => loaders.territory.load(r.regionId),
};

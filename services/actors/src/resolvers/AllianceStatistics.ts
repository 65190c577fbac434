import type { AllianceRegionCountResolvers, AllianceRegionEngagementResolvers } from '../generated/resolvers';
import { referenced } from '../domain/references';

export const AllianceRegionCount: AllianceRegionCountResolvers = {
  region: (r, _, { loaders }) => (r.regionId ? loaders.territory.load(r.regionId) : null),
};

export const AllianceRegionEngagement: AllianceRegionEngagementResolvers = {
  region: (r, _, { loaders }) => referenced(loaders.territory.load(r.regionId)),
};

import type { AllianceLevelCount, AllianceRegionCountResolvers, AllianceRegionEngagementResolvers } from '../generated/resolvers';
import { referenced } from '../domain/references';

export const AllianceRegionCount: AllianceRegionCountResolvers = {
  region: (r, _, { loaders }) => (r.regionId ? loaders.territory.load(r.regionId) : null),
  // The conventional names (README, API conventions) beside the deprecated ones, from the same figures.
  territoryCount: (r) => r.territories,
  organisationCount: (r) => r.organisations,
  memberCount: (r) => r.total,
};

export const AllianceRegionEngagement: AllianceRegionEngagementResolvers = {
  region: (r, _, { loaders }) => referenced(loaders.territory.load(r.regionId)),
  engagedTerritoryCount: (r) => r.engagedTerritories,
  // The domain lists the four territory levels by name (statistics.ts LEVELS), typed as plain strings.
  territoriesByLevel: (r) => r.byLevel as AllianceLevelCount[],
  coveredCommuneCount: (r) => r.communesCovered,
};

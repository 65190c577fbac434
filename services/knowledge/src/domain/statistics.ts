// Dashboard figures of the knowledge subgraph: only PUBLISHED content counts. The filter is built
// once from the arguments (`knowledgeStatistics`) and each figure is one aggregation under it.
import { actorReference, BadUserInputError, intBetween } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { KnowledgeStatisticsExperiencesByTerritoryArgs, KnowledgeStatisticsFilter, KnowledgeStatisticsTopPublishersArgs } from '../generated/resolvers';
import type { Filter } from '@fabrique/kit';
import type { ResourceKind } from '../models/resources/schema';
import { checkFilterReferences } from './input';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What every figure of one `knowledgeStatistics` counts under. */
export type StatisticsScope = { filter: Filter };

/** Only PUBLISHED content counts in statistics. */
function statisticsFilter(filter: KnowledgeStatisticsFilter | null | undefined): Filter {
  const where: Filter = { status: 'PUBLISHED' };
  // The ids are checked first (checkFilterReferences).
  if (filter?.territory) where.territoryScope = filter.territory;
  if (filter?.theme) where.themeScope = filter.theme;
  if (filter?.programme) where.programmeId = filter.programme;
  const months: Record<string, string> = {};
  for (const [key, op] of [['fromMonth', '$gte'], ['toMonth', '$lte']] as const) {
    const value = filter?.[key];
    if (value == null) continue;
    if (!MONTH.test(value)) throw new BadUserInputError(`filter.${key}`, `${key} must read YYYY-MM.`);
    months[op] = value;
  }
  if (Object.keys(months).length > 0) where.publishedMonth = months;
  return where;
}

export async function knowledgeStatistics(filter: KnowledgeStatisticsFilter | null | undefined, context: KnowledgeContext): Promise<StatisticsScope> {
  await checkFilterReferences(filter, 'filter', context);
  return { filter: statisticsFilter(filter) };
}

export async function experiencesByTheme({ filter }: StatisticsScope, { repositories, loaders }: KnowledgeContext) {
  const groups = await repositories.experiences.countBy(filter, 'themeScope', { array: true });
  const themes = await loaders.theme.loadMany(groups.map((g) => g._id!));
  return groups.flatMap((g, i) => {
    const theme = themes[i];
    return theme && !(theme instanceof Error) ? [{ theme, count: g.count }] : [];
  });
}

export async function experiencesByTerritory({ filter }: StatisticsScope, args: KnowledgeStatisticsExperiencesByTerritoryArgs, { repositories }: KnowledgeContext) {
  const first = intBetween(args.first, 'first', 1, 1000, 100);
  const level = args.level ?? 'REGION';
  const groups = await repositories.experiences.countBy(filter, 'territoryScope', { array: true, valuePattern: new RegExp(`^${level}:`), top: first });
  return groups.map((g) => ({ territory: { id: g._id! }, count: g.count }));
}

export async function publishedPerMonth({ filter }: StatisticsScope, { repositories }: KnowledgeContext) {
  const groups = await repositories.experiences.countBy(filter, 'publishedMonth');
  return groups
    .filter((g) => g._id)
    .map((g) => ({ month: g._id!, count: g.count }))
    .sort((a, b) => a.month.localeCompare(b.month));
}

export async function topPublishers({ filter }: StatisticsScope, args: KnowledgeStatisticsTopPublishersArgs, { repositories }: KnowledgeContext) {
  const first = intBetween(args.first, 'first', 1, 100, 10);
  // Territory ids read `<LEVEL>:<code>`; organisation ids are 24 hexadecimal digits.
  const kind = args.filter?.kind;
  const valuePattern = kind === 'TERRITORY' ? /^[A-Z]+:/ : kind === 'ORGANISATION' ? /^[0-9a-f]{24}$/ : undefined;
  const groups = await repositories.experiences.countBy(filter, 'publisherId', { top: first, ...(valuePattern ? { valuePattern } : {}) });
  return groups.map((g) => ({ publisher: actorReference(g._id!), publishedExperiences: g.count }));
}

export async function resourcesByKind({ filter }: StatisticsScope, { repositories }: KnowledgeContext) {
  const groups = await repositories.resources.countBy(filter, 'kind');
  return groups.map((g) => ({ kind: g._id as ResourceKind, count: g.count }));
}

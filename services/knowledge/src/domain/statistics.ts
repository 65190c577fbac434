// Dashboard figures of the knowledge subgraph: only PUBLISHED content counts. The scope is read once
// from the arguments (`knowledgeStatistics`). Each figure reads the maintained counters of that scope
// (models/statistics: as many rows as the figure has, whatever the number of experiences) when the filter
// is one territory, theme or programme, or nothing; a filter combining them, or months, is aggregated
// directly under the filter.
import { actorReference, BadUserInputError, intBetween } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { KnowledgeStatisticsExperiencesByTerritoryArgs, KnowledgeStatisticsFilter, KnowledgeStatisticsTopPublishersArgs } from '../generated/resolvers';
import type { Filter } from '@fabrique/kit';
import type { ResourceKind } from '../models/resources/schema';
import { STATISTICS_FIGURES as FIGURES, statisticsScope } from '../models/statistics/counters';
import { checkFilterReferences } from './input';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What every figure of one `knowledgeStatistics` counts under: the filter, and the counters' scope when they can answer. */
export type StatisticsScope = { filter: Filter; counters: string | null };

/** The counters' scope of a filter: nothing, or exactly one of territory, theme and programme, without months. */
function countersScope(filter: KnowledgeStatisticsFilter | null | undefined): string | null {
  if (filter?.fromMonth != null || filter?.toMonth != null) return null;
  // Given as statisticsFilter reads them: an empty id filters nothing.
  const given = (['territory', 'theme', 'programme'] as const).filter((dimension) => filter?.[dimension]);
  if (given.length === 0) return statisticsScope();
  return given.length === 1 ? statisticsScope(given[0], filter![given[0]!]!) : null;
}

/** Rows as the direct aggregation gives them, from the counters. */
const asGroups = (rows: Array<{ key: string; count: number }>) => rows.map((row) => ({ _id: row.key as string | null, count: row.count }));

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
  return { filter: statisticsFilter(filter), counters: countersScope(filter) };
}

/** Published experiences (`EXPERIENCE`) or resources (`RESOURCE`) in the scope. */
export async function publishedCount({ filter, counters }: StatisticsScope, type: 'EXPERIENCE' | 'RESOURCE', { repositories }: KnowledgeContext): Promise<number> {
  if (counters) return repositories.statistics.value({ figure: FIGURES.count, scope: counters, key: type });
  return (type === 'EXPERIENCE' ? repositories.experiences : repositories.resources).count(filter);
}

export async function experiencesByTheme({ filter, counters }: StatisticsScope, { repositories, loaders }: KnowledgeContext) {
  const groups = counters ? asGroups(await repositories.statistics.read(FIGURES.theme, counters)) : await repositories.experiences.countBy(filter, 'themeScope', { array: true });
  const themes = await loaders.theme.loadMany(groups.map((g) => g._id!));
  return groups.flatMap((g, i) => {
    const theme = themes[i];
    return theme && !(theme instanceof Error) ? [{ theme, count: g.count }] : [];
  });
}

export async function experiencesByTerritory({ filter, counters }: StatisticsScope, args: KnowledgeStatisticsExperiencesByTerritoryArgs, { repositories }: KnowledgeContext) {
  const first = intBetween(args.first, 'first', 1, 1000, 100);
  const level = args.level ?? 'REGION';
  const groups = counters
    ? asGroups(await repositories.statistics.read(FIGURES.territory, counters, { top: first, keyPrefix: `${level}:` }))
    : await repositories.experiences.countBy(filter, 'territoryScope', { array: true, valuePattern: new RegExp(`^${level}:`), top: first });
  return groups.map((g) => ({ territory: { id: g._id! }, count: g.count }));
}

export async function publishedPerMonth({ filter, counters }: StatisticsScope, { repositories }: KnowledgeContext) {
  const groups = counters ? asGroups(await repositories.statistics.read(FIGURES.month, counters)) : await repositories.experiences.countBy(filter, 'publishedMonth');
  return groups
    .filter((g) => g._id)
    .map((g) => ({ month: g._id!, count: g.count }))
    .sort((a, b) => a.month.localeCompare(b.month));
}

export async function topPublishers({ filter, counters }: StatisticsScope, args: KnowledgeStatisticsTopPublishersArgs, { repositories }: KnowledgeContext) {
  const first = intBetween(args.first, 'first', 1, 100, 10);
  // Territory ids read `<LEVEL>:<code>`; organisation ids are 24 hexadecimal digits.
  const kind = args.filter?.kind;
  const figure = kind === 'TERRITORY' ? FIGURES.territoryPublisher : kind === 'ORGANISATION' ? FIGURES.organisationPublisher : FIGURES.publisher;
  const valuePattern = kind === 'TERRITORY' ? /^[A-Z]+:/ : kind === 'ORGANISATION' ? /^[0-9a-f]{24}$/ : undefined;
  const groups = counters
    ? asGroups(await repositories.statistics.read(figure, counters, { top: first }))
    : await repositories.experiences.countBy(filter, 'publisherId', { top: first, ...(valuePattern ? { valuePattern } : {}) });
  return groups.map((g) => ({ publisher: actorReference(g._id!), publishedExperiences: g.count }));
}

export async function resourcesByKind({ filter, counters }: StatisticsScope, { repositories }: KnowledgeContext) {
  const groups = counters ? asGroups(await repositories.statistics.read(FIGURES.resourceKind, counters)) : await repositories.resources.countBy(filter, 'kind');
  return groups.map((g) => ({ kind: g._id as ResourceKind, count: g.count }));
}

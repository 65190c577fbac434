import { allOf, BadUserInputError, checkTerritoryId, readPage, toConnection, type PageArgs } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import { JOURNEY_ORDER } from '../models/journeys/repository';
import type { SearchArgs } from '../domain/search/search';
import { listPublications, type PublicationFilterArgs } from '../domain/lists';
import { visibleOrNull } from './publication';
import { checkFilterReferences, knownThemes } from '../domain/filterReferences';
import { searchConnection } from './Search';
import { statisticsFilter, type StatisticsFilterArgs } from '../domain/statistics';

type ListArgs = PageArgs & { filter?: PublicationFilterArgs | null };

export const Query = {
  experience: async (_: unknown, args: { id: string }, context: KnowledgeContext) => visibleOrNull(await context.loaders.experience.load(args.id), context),
  experiences: (_: unknown, args: ListArgs, context: KnowledgeContext) => listPublications(context.repositories.experiences, args, context),
  resource: async (_: unknown, args: { id: string }, context: KnowledgeContext) => visibleOrNull(await context.loaders.resource.load(args.id), context),
  resources: (_: unknown, args: ListArgs, context: KnowledgeContext) => listPublications(context.repositories.resources, args, context),
  async themes(_: unknown, args: { parent?: string | null }, context: KnowledgeContext) {
    if (args.parent) await knownThemes([{ field: 'parent', id: args.parent }], context);
    return context.loaders.themeChildren.load(args.parent ?? '');
  },
  theme: (_: unknown, args: { id: string }, { loaders }: KnowledgeContext) => loaders.theme.load(args.id),
  searchKnowledge: (_: unknown, args: SearchArgs, context: KnowledgeContext) => searchConnection(args, context),
  learningJourney: (_: unknown, args: { id: string }, { loaders }: KnowledgeContext) => loaders.journey.load(args.id),
  async learningJourneys(_: unknown, args: PageArgs & { host?: string | null; endingFrom?: string | null }, { repositories }: KnowledgeContext) {
    const page = readPage(args, JOURNEY_ORDER);
    if (args.endingFrom != null && !/^\d{4}-\d{2}-\d{2}$/.test(args.endingFrom)) throw new BadUserInputError('endingFrom', 'endingFrom must be a date such as 2026-05-12.');
    const filter = allOf(args.host ? { hostScope: checkTerritoryId('host', args.host) } : {}, args.endingFrom ? { endsOn: { $gte: args.endingFrom } } : {});
    const rows = await repositories.journeys.list(filter, page);
    return toConnection(rows, page, () => repositories.journeys.count(filter));
  },
  async knowledgeStatistics(_: unknown, args: { filter?: StatisticsFilterArgs | null }, context: KnowledgeContext) {
    await checkFilterReferences(args.filter, 'filter', context);
    return { filter: statisticsFilter(args.filter) };
  },
};

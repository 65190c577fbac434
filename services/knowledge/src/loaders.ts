import { groupedLoader, keyedLoader, subLists, type CounterKey, type Page, type RevisionRecord, type SubListSource } from '@fabrique/kit';
import { LIST_ORDER } from './models/publications/repository';
import { STATISTICS_FIGURES, statisticsScope } from './models/statistics/counters';
import type { Repositories } from './repositories';

const PUBLISHED = { status: 'PUBLISHED' };

/** The maintained counter holding how many published records name `parent` in `field`, when one does. */
type CounterOf = (field: string, parent: string) => CounterKey | null;

/** Published experiences by territory, theme, programme and publisher are counted (models/statistics). */
const experienceCounter: CounterOf = (field, parent) => {
  const count = (scope: string) => ({ figure: STATISTICS_FIGURES.count, scope, key: 'EXPERIENCE' });
  if (field === 'territoryScope') return count(statisticsScope('territory', parent));
  if (field === 'themeScope') return count(statisticsScope('theme', parent));
  if (field === 'programmeId') return count(statisticsScope('programme', parent));
  if (field === 'publisherId') return count(statisticsScope('publisher', parent));
  return null;
};

const resourceCounter: CounterOf = (field, parent) => {
  const dimension = ({ territoryScope: 'territory', themeScope: 'theme', programmeId: 'programme', publisherId: 'publisher' } as const)[field as 'territoryScope'];
  return dimension ? { figure: STATISTICS_FIGURES.count, scope: statisticsScope(dimension, parent), key: 'RESOURCE' } : null;
};

/**
 * Published experiences by month of publication (their `listedAt`), by territory, theme and programme: the
 * `month` figure of those scopes. A publisher's scope holds its count alone.
 */
const experienceMonths: CounterOf = (field, parent) => {
  const counter = field === 'publisherId' ? null : experienceCounter(field, parent);
  return counter && { ...counter, figure: STATISTICS_FIGURES.month };
};

/**
 * Published sub-lists of many parents at once (the kit's subLists), by parent field; one parent's total
 * from its counter when one holds it, and its months from theirs (`monthsOf`) when they are counted.
 */
function publishedSubLists<R extends { _id: string }>(source: SubListSource<R>, counters: Repositories['statistics'], counterOf: CounterOf, monthsOf?: CounterOf) {
  const lists = subLists(
    source,
    LIST_ORDER,
    (spec, parent) => {
      const counter = counterOf(spec.field, parent);
      return counter ? counters.value(counter) : null;
    },
    (spec, parent) => {
      const counter = monthsOf?.(spec.field, parent);
      return counter ? counters.read(counter.figure, counter.scope) : null;
    },
  );
  const spec = (field: string, array: boolean) => ({ field, array, filter: PUBLISHED });
  return {
    page: (field: string, array: boolean, page: Page) => lists.page(spec(field, array), page),
    count: (field: string, array: boolean) => lists.count(spec(field, array)),
  };
}

/** One loader set per request: every lookup of a request is batched into one query per kind. */
export function createLoaders(repositories: Repositories) {
  const { experiences, resources, themes, journeys, revisionQueries, statistics } = repositories;
  const experience = keyedLoader((ids: readonly string[]) => experiences.findByIds(ids), (e) => e._id);
  const resource = keyedLoader((ids: readonly string[]) => resources.findByIds(ids), (r) => r._id);
  const revisionsOf = (collection: string) =>
    groupedLoader((ids: readonly string[]) => revisionQueries.ofRecords(collection, ids), (r: RevisionRecord) => r.entityId);
  return {
    experience,
    resource,
    theme: keyedLoader((ids: readonly string[]) => themes.findByIds(ids), (t) => t._id),
    /** Keys are parent theme ids, `''` for the root themes. */
    themeChildren: groupedLoader((ids: readonly string[]) => themes.findByParents(ids), (t) => t.parentId ?? ''),
    /** Published experiences / resources of many parents (territory, organisation, theme...). */
    experienceSubLists: publishedSubLists(experiences, statistics, experienceCounter, experienceMonths),
    resourceSubLists: publishedSubLists(resources, statistics, resourceCounter),
    experienceRevisions: revisionsOf(experiences.model.collection.collectionName),
    resourceRevisions: revisionsOf(resources.model.collection.collectionName),
    journey: keyedLoader((ids: readonly string[]) => journeys.findByIds(ids), (j) => j._id),
    /** Keys are territory ids: journeys hosted by it or inside it. */
    journeysByHost: groupedLoader((ids: readonly string[]) => journeys.findByHostScopes(ids), (j) => j.hostScope),
    journeysByExperience: groupedLoader(
      (ids: readonly string[]) => journeys.findByExperienceIds(ids),
      (j) => j.visits.flatMap((v) => (v.experienceId ? [v.experienceId] : [])),
    ),
    registrations: groupedLoader((ids: readonly string[]) => journeys.registrationsOf(ids), (r) => r.journeyId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

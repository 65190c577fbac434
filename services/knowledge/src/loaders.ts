import { groupedLoader, keyedLoader, subLists, type Page, type RevisionRecord, type SubLists } from '@fabrique/kit';
import { LIST_ORDER } from './models/publications/repository';
import type { Repositories } from './repositories';

const PUBLISHED = { status: 'PUBLISHED' };

/** Published sub-lists of many parents at once (the kit's subLists), by parent field. */
function publishedSubLists<R extends { _id: string }>(lists: SubLists<R>) {
  const spec = (field: string, array: boolean) => ({ field, array, filter: PUBLISHED });
  return {
    page: (field: string, array: boolean, page: Page) => lists.page(spec(field, array), page),
    count: (field: string, array: boolean) => lists.count(spec(field, array)),
  };
}

/** One loader set per request: every lookup of a request is batched into one query per kind. */
export function createLoaders(repositories: Repositories) {
  const { experiences, resources, themes, journeys, revisionQueries } = repositories;
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
    experienceSubLists: publishedSubLists(subLists(experiences, LIST_ORDER)),
    resourceSubLists: publishedSubLists(subLists(resources, LIST_ORDER)),
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

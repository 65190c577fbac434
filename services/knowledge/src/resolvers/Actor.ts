import { actorReference, connectionFromArray, readPage, type PageArgs } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import { JOURNEY_ORDER } from '../models/journeys/repository';
import { publishedSubList } from '../domain/lists';

/** Entities of other subgraphs to which this one contributes fields. */
export const Actor = {
  __resolveReference: (ref: { id: string }) => actorReference(ref.id),
};

export const Territory = {
  experiences: publishedSubList('experience', 'territoryScope', true),
  async learningJourneys(t: { id: string }, args: PageArgs, { loaders }: KnowledgeContext) {
    return connectionFromArray(await loaders.journeysByHost.load(t.id), readPage(args, JOURNEY_ORDER));
  },
};

export const Organisation = {
  experiences: publishedSubList('experience', 'publisherId', false),
  resources: publishedSubList('resource', 'publisherId', false),
};

export const Convention = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  experiences: publishedSubList('experience', 'conventionId', false),
};

export const Programme = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  experiences: publishedSubList('experience', 'programmeId', false),
  resources: publishedSubList('resource', 'programmeId', false),
};

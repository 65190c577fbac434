import { actorReference } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import { listExperiences, type PageArgs } from './Query';

export const Actor = {
  __resolveReference: (ref: { id: string }) => actorReference(ref.id),
};

export const Territory = {
  experiences: (t: { id: string }, args: PageArgs, context: KnowledgeContext) => listExperiences(args, { territoryId: t.id }, context),
};

export const Organisation = {
  experiences: (o: { id: string }, args: PageArgs, context: KnowledgeContext) => listExperiences(args, { publisherId: o.id }, context),
};

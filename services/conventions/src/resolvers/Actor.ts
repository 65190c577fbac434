import { actorReference } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { listConventions } from './Query';

type ListArgs = Parameters<typeof listConventions>[0];

export const Actor = {
  __resolveReference: (ref: { id: string }) => actorReference(ref.id),
};

export const Territory = {
  conventions: (t: { id: string }, args: ListArgs, context: ConventionsContext) => listConventions(args, { territoryId: t.id }, context),
};

export const Organisation = {
  conventions: (o: { id: string }, args: ListArgs, context: ConventionsContext) =>
    listConventions(args, { organisationId: o.id }, context),
};

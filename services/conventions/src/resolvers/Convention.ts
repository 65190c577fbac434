import { actorReference } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import type { ConventionParty as ConventionPartyRecord, ConventionRecord } from '../models/conventions/schema';

export const Convention = {
  __resolveReference: (ref: { id: string }, { loaders }: ConventionsContext) => loaders.convention.load(ref.id),
  id: (c: ConventionRecord) => c._id,
  commitments: (c: ConventionRecord) => [...c.commitments].sort((a, b) => a.number - b.number),
};

export const ConventionParty = {
  /** A reference the gateway completes from the actors subgraph. */
  actor: (p: ConventionPartyRecord) => actorReference(p.actorId),
};

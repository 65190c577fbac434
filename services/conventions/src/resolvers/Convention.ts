import { actorReference, today } from '@fabrique/kit';
import { shownAuthor } from '../domain/access';
import { commitmentNumbered, commitmentsInOrder } from '../domain/conventions/conventions';
import { nextConventionStatuses } from '../domain/conventions/lifecycle';
import { commitmentProgress, conventionProgress, currentValue, indicatorCompletion, isLate } from '../domain/conventions/progress';
import type {
  CommitmentResolvers,
  ConventionDocumentResolvers,
  ConventionPartyResolvers,
  ConventionResolvers,
  ConventionStatusChangeResolvers,
  IndicatorResolvers,
  IndicatorValueResolvers,
  MilestoneResolvers,
  SignatoryResolvers,
} from '../generated/resolvers';
import { iso } from './format';

export const Convention: ConventionResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.convention.load(ref.id),
  id: (c) => c._id,
  allowedTransitions: (c) => nextConventionStatuses(c.status),
  programme: (c, _, { loaders }) => (c.programmeId ? loaders.programme.load(c.programmeId) : null),
  commitments: (c) => commitmentsInOrder(c),
  commitment: (c, args) => commitmentNumbered(c, args.number),
  progress: (c) => conventionProgress(c, today()),
  createdAt: (c) => iso(c.createdAt),
  updatedAt: (c) => iso(c.updatedAt),
};

export const ConventionParty: ConventionPartyResolvers = {
  /** A reference the gateway completes from the actors subgraph. */
  actor: (p) => actorReference(p.actorId),
};

export const Signatory: SignatoryResolvers = {
  onBehalfOf: (s) => actorReference(s.actorId),
};

export const ConventionDocument: ConventionDocumentResolvers = {
  addedAt: (d) => iso(d.addedAt),
};

export const ConventionStatusChange: ConventionStatusChangeResolvers = {
  at: (s) => iso(s.at),
  by: (s, _, { identity }) => shownAuthor(s.by, identity),
};

export const Commitment: CommitmentResolvers = {
  progress: (c) => commitmentProgress(c, today()),
};

export const Milestone: MilestoneResolvers = {
  done: (m) => m.doneOn !== null,
  late: (m) => isLate(m, today()),
};

export const Indicator: IndicatorResolvers = {
  currentValue: (i) => currentValue(i),
  completion: (i) => indicatorCompletion(i),
  history: (i) => i.values,
};

export const IndicatorValue: IndicatorValueResolvers = {
  recordedAt: (v) => iso(v.recordedAt),
  recordedBy: (v, _, { identity }) => shownAuthor(v.recordedBy, identity),
};

import { actorReference } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { canSeeAuthors } from '../domain/access';
import { nextConventionStatuses } from '../domain/conventions/lifecycle';
import { today } from '../domain/input';
import { commitmentProgress, conventionProgress, currentValue, indicatorCompletion } from '../domain/conventions/progress';
import type {
  CommitmentRecord,
  ConventionParty as PartyRecord,
  ConventionRecord,
  ConventionStatusChange as StatusChangeRecord,
  DocumentRecord,
  IndicatorRecord,
  IndicatorValueRecord,
  MilestoneRecord,
  SignatoryRecord,
} from '../models/conventions/schema';
import { iso } from './format';

export const Convention = {
  __resolveReference: (ref: { id: string }, { loaders }: ConventionsContext) => loaders.convention.load(ref.id),
  id: (c: ConventionRecord) => c._id,
  allowedTransitions: (c: ConventionRecord) => nextConventionStatuses(c.status),
  programme: (c: ConventionRecord, _: unknown, { loaders }: ConventionsContext) => (c.programmeId ? loaders.programme.load(c.programmeId) : null),
  commitments: (c: ConventionRecord) => [...c.commitments].sort((a, b) => a.number - b.number),
  commitment: (c: ConventionRecord, args: { number: number }) => c.commitments.find((k) => k.number === args.number) ?? null,
  progress: (c: ConventionRecord) => conventionProgress(c, today()),
  createdAt: (c: ConventionRecord) => iso(c.createdAt),
  updatedAt: (c: ConventionRecord) => iso(c.updatedAt),
};

export const ConventionParty = {
  /** A reference the gateway completes from the actors subgraph. */
  actor: (p: PartyRecord) => actorReference(p.actorId),
};

export const Signatory = {
  onBehalfOf: (s: SignatoryRecord) => actorReference(s.actorId),
};

export const ConventionDocument = {
  addedAt: (d: DocumentRecord) => iso(d.addedAt),
};

export const ConventionStatusChange = {
  at: (s: StatusChangeRecord) => iso(s.at),
  by: (s: StatusChangeRecord, _: unknown, { identity }: ConventionsContext) => (canSeeAuthors(identity) ? s.by : null),
};

export const Commitment = {
  progress: (c: CommitmentRecord) => commitmentProgress(c, today()),
};

export const Milestone = {
  done: (m: MilestoneRecord) => m.doneOn !== null,
  late: (m: MilestoneRecord) => m.doneOn === null && m.dueOn !== null && m.dueOn < today(),
};

export const Indicator = {
  currentValue: (i: IndicatorRecord) => currentValue(i),
  completion: (i: IndicatorRecord) => indicatorCompletion(i),
  history: (i: IndicatorRecord) => i.values,
};

export const IndicatorValue = {
  recordedAt: (v: IndicatorValueRecord) => iso(v.recordedAt),
  recordedBy: (v: IndicatorValueRecord, _: unknown, { identity }: ConventionsContext) => (canSeeAuthors(identity) ? v.recordedBy : null),
};

// The life of a convention, as data:
//
//   IN_PREPARATION ──► SIGNED ──► ACTIVE ──► ENDED
//                        │          │
//                        └──────────┴──► TERMINATED
//
// A convention in preparation is only ever signed (a draft that goes nowhere stays IN_PREPARATION:
// it was never in force, so it cannot be terminated); a signed or active convention may be
// terminated before its planned end; ENDED and TERMINATED are final. Entering a status stamps a date
// (`effectiveOn`, or today), and some statuses have requirements on the convention itself.
import { BadUserInputError, IllegalTransitionError } from '@fabrique/kit';
import type { ConventionRecord, ConventionStatus } from '../../models/conventions/schema';

interface StatusRule {
  /** Statuses reachable from this one. */
  next: readonly ConventionStatus[];
  /** The date field set when entering this status. */
  stamps: 'signedOn' | 'startsOn' | 'endsOn' | null;
  /** Without an explicit `effectiveOn`, keep the date already planned in that field (rather than today). */
  keepsPlannedDate: boolean;
  /** What the convention must satisfy to enter this status (a message naming the input at fault), or null. */
  requirement: ((convention: ConventionRecord) => { field: string; message: string } | null) | null;
}

const CONVENTION_LIFECYCLE: Readonly<Record<ConventionStatus, StatusRule>> = {
  IN_PREPARATION: { next: ['SIGNED'], stamps: null, keepsPlannedDate: false, requirement: null },
  SIGNED: {
    next: ['ACTIVE', 'TERMINATED'],
    stamps: 'signedOn',
    keepsPlannedDate: false,
    requirement: (c) =>
      c.parties.length < 2
        ? { field: 'input.status', message: 'A convention is signed by at least two parties: add the missing party first.' }
        : c.commitments.length === 0
          ? { field: 'input.status', message: 'A convention is signed with at least one commitment: add its commitments first.' }
          : null,
  },
  ACTIVE: { next: ['ENDED', 'TERMINATED'], stamps: 'startsOn', keepsPlannedDate: false, requirement: null },
  ENDED: { next: [], stamps: 'endsOn', keepsPlannedDate: true, requirement: null },
  TERMINATED: { next: [], stamps: 'endsOn', keepsPlannedDate: false, requirement: null },
};

export const nextConventionStatuses = (status: ConventionStatus): ConventionStatus[] => [...CONVENTION_LIFECYCLE[status].next];

/**
 * The convention after moving to `to` (status, stamped date, signatories' date, history entry), or
 * ILLEGAL_TRANSITION (with `from`, `to`, `allowed`) / BAD_USER_INPUT; pure: the caller writes it.
 */
export function moveConvention(
  convention: ConventionRecord,
  to: ConventionStatus,
  change: { effectiveOn: string | null; by: string | null; note: string | null; at: Date; today: string },
): ConventionRecord {
  const from = convention.status;
  const allowed = CONVENTION_LIFECYCLE[from].next;
  if (!allowed.includes(to)) throw new IllegalTransitionError('A convention', from, to, allowed);
  const rule = CONVENTION_LIFECYCLE[to];
  const problem = rule.requirement?.(convention);
  if (problem) throw new BadUserInputError(problem.field, problem.message);
  const next: ConventionRecord = { ...convention, status: to };
  if (rule.stamps) {
    const planned = rule.keepsPlannedDate ? convention[rule.stamps] : null;
    next[rule.stamps] = change.effectiveOn ?? planned ?? change.today;
  }
  if (to === 'SIGNED') next.signatories = convention.signatories.map((s) => ({ ...s, signedOn: s.signedOn ?? next.signedOn }));
  if (next.startsOn && next.endsOn && next.endsOn < next.startsOn) {
    throw new BadUserInputError('input.effectiveOn', `The convention would end (${next.endsOn}) before it starts (${next.startsOn}).`);
  }
  next.statusHistory = [...convention.statusHistory, { from, to, at: change.at, effectiveOn: change.effectiveOn, by: change.by, note: change.note }];
  return next;
}

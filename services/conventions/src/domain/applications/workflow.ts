// The application workflow, as data. Staff review; the territory (its members, or staff on its
// behalf) withdraws and answers offers:
//
//   SUBMITTED   → SHORTLISTED, WAITLISTED, ACCEPTED, REJECTED (staff) · WITHDRAWN (territory)
//   SHORTLISTED → WAITLISTED, ACCEPTED, REJECTED (staff) · WITHDRAWN (territory)
//   WAITLISTED  → ACCEPTED, REJECTED (staff) · OFFERED (automatic, see below) · WITHDRAWN (territory)
//   OFFERED     → ACCEPTED, DECLINED, WITHDRAWN (territory)
//   ACCEPTED    → WITHDRAWN (territory)
//   REJECTED, WITHDRAWN, DECLINED: final.
//
// OFFERED: when an application that holds a seat (OFFERED or ACCEPTED) leaves it, the seat is not
// freed but handed to the first WAITLISTED application of the same cohort (or programme), in
// waitlist order, which becomes OFFERED: the place is reserved for it, nobody else can take it, and
// its territory accepts (ACCEPTED: enrolled) or declines (DECLINED: the seat passes to the next).
import { IllegalTransitionError } from '@fabrique/kit';
import { APPLICATION_STATUSES, type ApplicationRecord, type ApplicationStatus } from '../../models/applications/schema';

export type ApplicationAction = 'shortlist' | 'waitlist' | 'accept' | 'reject' | 'withdraw' | 'acceptOffer' | 'declineOffer';

interface ActionRule {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** `staff`: Fabrique staff only; `territory`: members of the applying territory, or staff. */
  by: 'staff' | 'territory';
}

export const APPLICATION_WORKFLOW: Readonly<Record<ApplicationAction, ActionRule>> = {
  shortlist: { from: ['SUBMITTED'], to: 'SHORTLISTED', by: 'staff' },
  waitlist: { from: ['SUBMITTED', 'SHORTLISTED'], to: 'WAITLISTED', by: 'staff' },
  accept: { from: ['SUBMITTED', 'SHORTLISTED', 'WAITLISTED'], to: 'ACCEPTED', by: 'staff' },
  reject: { from: ['SUBMITTED', 'SHORTLISTED', 'WAITLISTED'], to: 'REJECTED', by: 'staff' },
  withdraw: { from: ['SUBMITTED', 'SHORTLISTED', 'WAITLISTED', 'OFFERED', 'ACCEPTED'], to: 'WITHDRAWN', by: 'territory' },
  acceptOffer: { from: ['OFFERED'], to: 'ACCEPTED', by: 'territory' },
  declineOffer: { from: ['OFFERED'], to: 'DECLINED', by: 'territory' },
};

/** The automatic move of the first waitlisted application when a place is freed. */
export const OFFER_RULE: ActionRule = { from: ['WAITLISTED'], to: 'OFFERED', by: 'staff' };

/** Statuses in which an application holds a seat of its target (when the target has a capacity). */
const HOLDS_SEAT: readonly ApplicationStatus[] = ['OFFERED', 'ACCEPTED'];
const FINAL: readonly ApplicationStatus[] = ['REJECTED', 'WITHDRAWN', 'DECLINED'];

export const holdsSeat = (status: ApplicationStatus) => HOLDS_SEAT.includes(status);
export const isFinal = (status: ApplicationStatus) => FINAL.includes(status);

/** An accepted application is an enrolment. */
export const enrolmentOf = (application: ApplicationRecord): ApplicationRecord | null => (application.status === 'ACCEPTED' ? application : null);

/** Every status reachable from this one, by any action (the automatic offer included). */
export function nextApplicationStatuses(status: ApplicationStatus): ApplicationStatus[] {
  const targets = [...Object.values(APPLICATION_WORKFLOW), OFFER_RULE].filter((rule) => rule.from.includes(status)).map((rule) => rule.to);
  return APPLICATION_STATUSES.filter((s) => targets.includes(s));
}

/** The application after the move (history entry, waitlist and enrolment dates, seat), or ILLEGAL_TRANSITION; pure. */
export function moveApplication(
  application: ApplicationRecord,
  rule: Pick<ActionRule, 'from' | 'to'>,
  change: { at: Date; by: string | null; note: string | null; seatId?: string | null },
): ApplicationRecord {
  const from = application.status;
  if (!rule.from.includes(from)) throw new IllegalTransitionError('An application', from, rule.to, nextApplicationStatuses(from));
  const to = rule.to;
  return {
    ...application,
    status: to,
    seatId: holdsSeat(to) ? (change.seatId ?? application.seatId) : null,
    waitlistedAt: to === 'WAITLISTED' ? change.at : application.waitlistedAt,
    enrolledAt: to === 'ACCEPTED' ? change.at : application.enrolledAt,
    history: [...application.history, { from, to, at: change.at, by: change.by, note: change.note }],
    updatedAt: change.at,
  };
}


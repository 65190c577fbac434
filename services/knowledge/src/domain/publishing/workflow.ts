// The publication workflow: DRAFT → SUBMITTED → PUBLISHED → ARCHIVED.
// - submit: the publisher (or staff) submits a draft;
// - returnToDraft: staff send a submission back with a comment, or the publisher withdraws it;
// - publish: staff publish a submission (or republish an archived item);
// - archive: staff withdraw an item from publication (or discard a draft or submission).
import { ForbiddenError, IllegalTransitionError, isStaff, PlatformError, requireAuthenticated, type Identity } from '@fabrique/kit';
import type { PublicationRecord, PublicationStatus } from '../../models/publications/schema';
import { canActFor } from '../access';

export type WorkflowAction = 'submit' | 'returnToDraft' | 'publish' | 'archive';

interface Rule {
  from: readonly PublicationStatus[];
  to: PublicationStatus;
  staffOnly: boolean;
}

const WORKFLOW: Record<WorkflowAction, Rule> = {
  submit: { from: ['DRAFT'], to: 'SUBMITTED', staffOnly: false },
  returnToDraft: { from: ['SUBMITTED'], to: 'DRAFT', staffOnly: false },
  publish: { from: ['SUBMITTED', 'ARCHIVED'], to: 'PUBLISHED', staffOnly: true },
  archive: { from: ['DRAFT', 'SUBMITTED', 'PUBLISHED'], to: 'ARCHIVED', staffOnly: true },
};

/** Refuses callers who may not act on this record at all (FORBIDDEN, UNAUTHENTICATED). */
function requirePublisherOrStaff(identity: Identity, record: Pick<PublicationRecord, 'publisherId'>, what: string): void {
  requireAuthenticated(identity);
  if (!canActFor(identity, record.publisherId)) {
    throw new ForbiddenError(`Only its publisher or Fabrique staff may change this ${what}.`);
  }
}

/** Publishers edit their drafts; staff edit in any status (every edit is kept as a revision). */
export function requireEditable(identity: Identity, record: Pick<PublicationRecord, 'publisherId' | 'status'>, what: string): void {
  requirePublisherOrStaff(identity, record, what);
  if (!isStaff(identity) && record.status !== 'DRAFT') {
    // The mutation that makes a submission editable again, named as the schema names it.
    const back = `return${what[0]!.toUpperCase()}${what.slice(1)}ToDraft`;
    const submitted = record.status === 'SUBMITTED';
    throw new PlatformError('ILLEGAL_TRANSITION', `This ${what} is ${record.status}: its publisher may only edit it as a DRAFT${submitted ? ` (send it back to draft first with ${back})` : ''}.`, {
      from: record.status,
      allowed: ['DRAFT'],
      ...(submitted ? { hint: back } : {}),
    });
  }
}

/** Checks that the caller may apply the action to the record in its current status. */
export function checkTransition(identity: Identity, record: PublicationRecord, action: WorkflowAction, what: string): Rule {
  const rule = WORKFLOW[action];
  requirePublisherOrStaff(identity, record, what);
  if (rule.staffOnly && !isStaff(identity)) throw new ForbiddenError(`Only Fabrique staff may ${action === 'publish' ? 'publish' : 'archive'}.`);
  if (!rule.from.includes(record.status)) throw new IllegalTransitionError(what, record.status, rule.to, rule.from);
  return rule;
}

/** The record's workflow fields after the transition. */
export function applyTransition<R extends PublicationRecord>(record: R, to: PublicationStatus, now: Date, comment: string | null): R {
  const next: R = { ...record, status: to, updatedAt: now };
  if (to === 'SUBMITTED') {
    next.submittedAt = now;
    next.moderationComment = null;
  }
  if (to === 'DRAFT') next.moderationComment = comment;
  if (to === 'PUBLISHED') {
    // A republished item keeps its first publication date (and its place in lists and statistics).
    next.publishedAt = record.publishedAt ?? now;
    next.publishedMonth = next.publishedAt.toISOString().slice(0, 7);
    next.listedAt = next.publishedAt;
    next.archivedAt = null;
  }
  if (to === 'ARCHIVED') next.archivedAt = now;
  return next;
}

// Who sees and does what in this subgraph.
//
// - Conventions, programmes, cohorts (with their sessions and enrolled territories) and the dashboard
//   statistics (counts only) are public.
// - Applications and diagnostics are private to Fabrique staff and to the members of the territory
//   concerned (a TERRITORY_MEMBER identity whose `territoryId` is exactly the applying or diagnosed
//   territory). Reads never fail for lack of rights: what a caller may not see does not exist for
//   them (null for a single item, left out of lists and counts), so nothing leaks that it exists.
// - Who made a change (the identity subject on status histories and indicator values) is shown to
//   staff only; others see null.
// - Every mutation refuses anonymous callers (UNAUTHENTICATED). Staff manage everything; a territory's
//   members submit, withdraw, and accept or decline an offered place for their own territory only;
//   anything else is FORBIDDEN.
import { canActForTerritory, isStaff, requireAuthenticated, requireStaff, ForbiddenError, type Identity } from '@fabrique/kit';

export const authorOf = (identity: Identity): string | null => identity.subject ?? null;

/** Whether the caller sees every application and diagnostic (staff): then counts need no filter of theirs. */
export const seesEveryPrivateRecord = (identity: Identity): boolean => isStaff(identity);

/** The Mongo filter of the applications and diagnostics the caller may see; null when none. */
export function privateRecordsFilter(identity: Identity): Record<string, unknown> | null {
  if (seesEveryPrivateRecord(identity)) return {};
  if (identity.role === 'TERRITORY_MEMBER' && identity.territoryId) return { territoryId: identity.territoryId };
  return null;
}

export const canSeeTerritoryRecords = (identity: Identity, territoryId: string) => canActForTerritory(identity, territoryId);

/** The record (application, diagnostic) if the caller may see it, else null. */
export const visibleRecord = <R extends { territoryId: string }>(record: R | null, identity: Identity): R | null =>
  record && canSeeTerritoryRecords(identity, record.territoryId) ? record : null;

/** Who made a change, as the caller may see it: staff see the author, others null. */
export const shownAuthor = (author: string | null, identity: Identity): string | null => (isStaff(identity) ? author : null);

export { requireStaff };

/** A territory member acting for this territory, or staff (acting on its behalf). */
export function requireActingForTerritory(identity: Identity, territoryId: string): void {
  requireAuthenticated(identity);
  if (!canActForTerritory(identity, territoryId)) {
    throw new ForbiddenError(`Only members of ${territoryId} (or Fabrique staff) may do this.`);
  }
}

// Seats: the hard capacity rule under concurrency.
//
// A target with a capacity (a cohort; a programme applied to directly when it has a national
// capacity) has the seats `<targetId>#seat-<n>` for n in 1..capacity, created free on first use
// and never deleted (capacity only grows). Taking, handing over or freeing a seat is a new version
// of its claim, won by inserting that version's revision (unique `_id`): of any number of
// simultaneous takers of a free seat exactly one wins, the others try another free seat, and when
// none is left they get CAPACITY_REACHED. So a target never has more holders than seats, whatever
// FerretDB does with conditional updates (it does not isolate them).
//
// The application, not the seat, says who is enrolled: an application holds its seat while it is
// OFFERED or ACCEPTED and names it (`seatId`). Writes are ordered so that a crash never shows more
// enrolments than seats:
// 1. take the seat (the claim), 2. move the application (its own versioned write).
// A crash between 1 and 2 leaves a seat whose holder does not name it: invisible to readers (they
// read applications), it only keeps the seat taken. Such orphan seats are handed back by the next
// claimant that finds the target full (see `releaseOrphans` in applications.ts) once they are older
// than STALE_AFTER_MS (or at once when the holder is in a final status), so the capacity heals.
import { CapacityReachedError, ConflictError, errorCode } from '@fabrique/kit';
import type { ClaimRepository } from '../../models/claims/repository';
import type { ClaimRecord } from '../../models/claims/schema';

export const STALE_AFTER_MS = 60_000;

export interface SeatPool {
  /** The target: a cohort id, or a programme id. */
  id: string;
  capacity: number;
}

export const seatId = (poolId: string, number: number) => `${poolId}#seat-${number}`;

/** `<targetId>#seat-<n>` → n. */
export const seatNumberOf = (seatId: string | null): number | null => (seatId ? Number(seatId.slice(seatId.lastIndexOf('-') + 1)) : null);

/** The pool's seats 1..capacity, creating the missing ones free (one insert, duplicates ignored). */
async function seatsOf(pool: SeatPool, claims: ClaimRepository): Promise<ClaimRecord[]> {
  let seats = await claims.inScope(pool.id);
  const have = new Set(seats.map((s) => s.number));
  const missing = [];
  for (let n = 1; n <= pool.capacity; n++) if (!have.has(n)) missing.push({ _id: seatId(pool.id, n), scope: pool.id, number: n });
  if (missing.length > 0) {
    await claims.createFree(missing);
    seats = await claims.inScope(pool.id);
  }
  return seats.filter((s) => s.number <= pool.capacity);
}

/**
 * Gives the claim to `holderId` (null frees it) from the version the caller read; CONFLICT when
 * someone else moved it first (exactly one mover per version wins).
 */
export function moveClaim(claims: ClaimRepository, claim: ClaimRecord, holderId: string | null, author: string | null, note: string) {
  return claims.update(claim._id, claim.version, (current) => ({ ...current, holderId, heldSince: new Date() }), author, note);
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Takes a free seat of the pool for `holderId`, or CAPACITY_REACHED. Free seats are tried in random
 * order so simultaneous claimants spread over them instead of all racing for seat 1. When none is
 * free, `releaseOrphans` may hand back seats whose holders never took them, and the claim is tried
 * once more.
 */
export async function claimSeat(
  pool: SeatPool,
  holderId: string,
  claims: ClaimRepository,
  author: string | null,
  releaseOrphans: (seats: ClaimRecord[]) => Promise<boolean>,
): Promise<ClaimRecord> {
  for (let round = 0; round < 2; round++) {
    const seats = await seatsOf(pool, claims);
    for (const seat of shuffled(seats.filter((s) => s.holderId === null))) {
      try {
        return await moveClaim(claims, seat, holderId, author, `taken by application ${holderId}`);
      } catch (error) {
        if (errorCode(error) !== 'CONFLICT') throw error;
      }
    }
    if (round > 0 || !(await releaseOrphans(seats))) break;
  }
  // Full because simultaneous requests for this very holder took seats: they race for it (one wins).
  if ((await claims.inScope(pool.id)).some((s) => s.holderId === holderId)) {
    throw new ConflictError('This application is being changed by someone else at the same time.');
  }
  throw new CapacityReachedError(`All ${pool.capacity} places are taken.`, pool.capacity);
}

// Applications: submitting one (one open application per territory and target) and moving it along
// the workflow (workflow.ts) with the seat it holds (seats.ts); a waitlisted application's position.
import { BadUserInputError, ConflictError, errorCode, longText, newId, NotFoundError, optionalText, requireAuthenticated, requiredText, territoryScope, today } from '@fabrique/kit';
import type { ConventionsContext } from '../../context';
import type { ApplicationInput, ShortlistApplicationInput } from '../../generated/resolvers';
import type { ApplicationRecord } from '../../models/applications/schema';
import type { ClaimRecord } from '../../models/claims/schema';
import { authorOf, requireActingForTerritory, requireStaff } from '../access';
import { APPLICATION_WORKFLOW, holdsSeat, isFinal, moveApplication, OFFER_RULE, type ApplicationAction } from './workflow';
import { programmeOrFail } from '../programmes/programmes';
import { territoryInput } from '../input';
import { targetCapacity } from '../programmes/rules';
import { claimSeat, moveClaim, STALE_AFTER_MS, type SeatPool } from './seats';

const APPLICATION_SLOTS = 'apply';
/** The claim of a territory's one open application per target (exported for the benchmark dataset). */
export const slotId = (targetId: string, territoryId: string) => `${APPLICATION_SLOTS}:${targetId}:${territoryId}`;

/** What the application is for: a cohort (and its programme), or a programme directly. */
async function resolveTarget(input: ApplicationInput, context: ConventionsContext) {
  if (input.cohortId) {
    const cohort = await context.loaders.cohort.load(input.cohortId);
    if (!cohort) throw new BadUserInputError('input.cohortId', `No cohort "${input.cohortId}".`);
    if (cohort.endsOn < today()) throw new BadUserInputError('input.cohortId', `This cohort ended on ${cohort.endsOn}.`);
    const programme = (await context.loaders.programme.load(cohort.programmeId))!;
    if (input.programme && input.programme !== programme.kind) {
      throw new BadUserInputError('input.programme', `This cohort belongs to ${programme.kind}, not ${input.programme}.`);
    }
    return { programme, cohort };
  }
  if (!input.programme) throw new BadUserInputError('input.programme', 'Apply to a programme or to one of its cohorts: give `programme` or `cohortId`.');
  return { programme: await programmeOrFail(input.programme, 'input.programme', context), cohort: null };
}

/**
 * A territory has at most one open (not final) application per target. Its slot
 * `apply:<targetId>:<territoryId>` is a claim like a seat: of simultaneous submissions exactly one
 * takes it. A slot whose holder is final (or was never written, after STALE_AFTER_MS: a submission
 * that died between its two writes) is free again.
 */
async function takeApplicationSlot(targetId: string, territoryId: string, applicationId: string, context: ConventionsContext): Promise<void> {
  const { claims, applications } = context.repositories;
  const id = slotId(targetId, territoryId);
  let slot = await claims.findById(id);
  if (!slot) {
    await claims.createFree([{ _id: id, scope: APPLICATION_SLOTS, number: 0 }]);
    slot = (await claims.findById(id))!;
  }
  // A retry of this very submission (same idempotency key) finds the slot already taken for it.
  if (slot.holderId === applicationId) return;
  if (slot.holderId) {
    const holder = await applications.findById(slot.holderId);
    const open = holder ? !isFinal(holder.status) : Date.now() - slot.heldSince.getTime() < STALE_AFTER_MS;
    if (open) {
      throw new ConflictError(`${territoryId} already has an open application to this programme or cohort.`, undefined, {
        existingApplicationId: slot.holderId,
      });
    }
  }
  try {
    await moveClaim(claims, slot, applicationId, authorOf(context.identity), `application ${applicationId}`);
  } catch (error) {
    if (errorCode(error) === 'CONFLICT') throw new ConflictError(`Another application of ${territoryId} to the same target was submitted at the same time.`);
    throw error;
  }
}

export async function submitApplication(input: ApplicationInput, context: ConventionsContext, id: string = newId()): Promise<ApplicationRecord> {
  // Rights first (a plain comparison of ids), then the input.
  requireActingForTerritory(context.identity, input.territoryId);
  const territoryId = territoryInput(input.territoryId, 'input.territoryId');
  const motivation = requiredText(input.motivation, 'input.motivation', longText(5000));
  const { programme, cohort } = await resolveTarget(input, context);
  const at = new Date();
  const by = authorOf(context.identity);
  const application: ApplicationRecord = {
    _id: id,
    territoryId,
    territoryScope: territoryScope([territoryId]),
    programmeId: programme._id,
    cohortId: cohort?._id ?? null,
    targetId: cohort?._id ?? programme._id,
    motivation,
    status: 'SUBMITTED',
    seatId: null,
    waitlistedAt: null,
    enrolledAt: null,
    history: [{ from: null, to: 'SUBMITTED', at, by, note: null }],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  // Slot first, application second: a crash in between leaves a slot naming no application, which frees itself.
  await takeApplicationSlot(application.targetId, territoryId, application._id, context);
  return context.repositories.applications.create(application, by, 'submitted');
}

async function poolOf(application: ApplicationRecord, context: ConventionsContext): Promise<SeatPool | null> {
  const programme = (await context.loaders.programme.load(application.programmeId))!;
  const cohort = application.cohortId ? await context.loaders.cohort.load(application.cohortId) : null;
  const capacity = targetCapacity(programme, cohort);
  return capacity === null ? null : { id: application.targetId, capacity };
}

/**
 * Moves an application along the workflow (APPLICATION_WORKFLOW), with its seat:
 * - entering OFFERED/ACCEPTED from a status without a seat takes one (CAPACITY_REACHED when none is
 *   free), then writes the application; if that write fails (CONFLICT: someone else moved the
 *   application meanwhile), the seat is freed again before the error is returned;
 * - leaving OFFERED/ACCEPTED writes the application first, then hands its seat to the first
 *   waitlisted application (see `handOverSeat`); a crash in between leaves a seat held by a final
 *   application, which the next claimant on a full target hands over.
 */
export async function actOnApplication(
  action: ApplicationAction,
  // Every workflow mutation's input has the same fields (id, expectedVersion, note).
  input: ShortlistApplicationInput,
  context: ConventionsContext,
): Promise<ApplicationRecord> {
  const { identity, repositories } = context;
  requireAuthenticated(identity);
  const rule = APPLICATION_WORKFLOW[action];
  if (rule.by === 'staff') requireStaff(identity);
  const application = await repositories.applications.findById(input.id);
  if (!application) throw new NotFoundError('Application', input.id);
  if (rule.by === 'territory') requireActingForTerritory(identity, application.territoryId);
  const note = optionalText(input.note, 'input.note', longText(2000));
  if (input.expectedVersion !== application.version) {
    throw new ConflictError(`Application "${input.id}" is at version ${application.version}, you saw version ${input.expectedVersion}.`, application.version);
  }
  const by = authorOf(identity);
  // Validate the move before taking anything.
  moveApplication(application, rule, { at: new Date(), by, note });

  const pool = holdsSeat(rule.to) && !holdsSeat(application.status) ? await poolOf(application, context) : null;
  const seat = pool ? await claimSeat(pool, application._id, repositories.claims, by, (seats) => releaseOrphans(seats, context)) : null;
  let moved: ApplicationRecord;
  try {
    moved = await repositories.applications.update(
      application._id,
      application.version,
      (current) => moveApplication(current, rule, { at: new Date(), by, note, seatId: seat?._id ?? null }),
      by,
      action,
    );
  } catch (error) {
    if (seat) await moveClaim(repositories.claims, seat, null, by, `given back: application ${application._id} could not be ${rule.to}`).catch(() => undefined);
    throw error;
  }
  if (application.seatId && holdsSeat(application.status) && !holdsSeat(rule.to)) {
    await handOverSeat(application.seatId, application._id, context, `freed by application ${application._id} (${rule.to})`);
  }
  return moved;
}

/**
 * Hands a seat that its holder left to the first waitlisted application of the same target (which
 * becomes OFFERED), or frees it when nobody waits. Safe under concurrency: each move of the seat is
 * a claimed version, so when two processes hand over the same seat only one moves it and the other
 * stops; when two seats are handed to the same waitlisted application at once, only one offer is
 * written (its version is claimed too) and the other seat moves on to the next in line.
 */
async function handOverSeat(id: string, fromHolderId: string, context: ConventionsContext, reason: string): Promise<void> {
  const { claims, applications } = context.repositories;
  const by = authorOf(context.identity);
  let seat = await claims.findById(id);
  if (!seat || seat.holderId !== fromHolderId) return; // already moved on by someone else
  const passed = new Set<string>();
  for (;;) {
    const next = (await applications.waitlistOf(seat.scope, passed.size + 1)).find((a) => !passed.has(a._id)) ?? null;
    try {
      seat = await moveClaim(claims, seat, next?._id ?? null, by, next ? `offered to application ${next._id}` : reason);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') return; // another process moved this seat: it carries on from there
      throw error;
    }
    if (!next) return;
    try {
      await applications.update(
        next._id,
        next.version,
        (current) => moveApplication(current, OFFER_RULE, { at: new Date(), by, note: `A place was ${reason}; offered to the first waitlisted application.`, seatId: seat!._id }),
        by,
        'offered',
      );
      return;
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'CONFLICT' && code !== 'ILLEGAL_TRANSITION') throw error;
      passed.add(next._id); // it changed meanwhile (or was offered another seat): the next in line gets this one
    }
  }
}

/**
 * Hands back the seats of a full pool whose holders do not hold them: a holder in a final status at
 * once; a holder that never recorded the seat (a claim whose application write died, and with no
 * pending revision recording it) once the claim is older than STALE_AFTER_MS. Returns whether any
 * seat was handed back.
 */
async function releaseOrphans(seats: ClaimRecord[], context: ConventionsContext): Promise<boolean> {
  const { applications, revisions } = context.repositories;
  const held = seats.filter((s): s is ClaimRecord & { holderId: string } => s.holderId !== null);
  if (held.length === 0) return false;
  const holders = new Map((await applications.findByIds(held.map((s) => s.holderId))).map((a) => [a._id, a]));
  const records = (seat: ClaimRecord, a: Pick<ApplicationRecord, 'status' | 'seatId'> | undefined) => Boolean(a && holdsSeat(a.status) && a.seatId === seat._id);
  let suspects = held.filter((seat) => {
    const holder = holders.get(seat.holderId);
    if (records(seat, holder)) return false;
    return (holder && isFinal(holder.status)) || Date.now() - seat.heldSince.getTime() > STALE_AFTER_MS;
  });
  if (suspects.length === 0) return false;
  // A holder whose next version is claimed but not yet written (the kit rolls it forward) may record the seat there.
  const collection = applications.model.collection.collectionName;
  const pendingIds = suspects.flatMap((s) => {
    const holder = holders.get(s.holderId);
    return holder ? [`${collection}/${holder._id}@${holder.version + 1}`] : [];
  });
  const pending = new Map(
    (await revisions.find({ _id: { $in: pendingIds } }).lean().exec()).map((r) => [r.entityId, r.snapshot as unknown as ApplicationRecord]),
  );
  suspects = suspects.filter((seat) => !records(seat, pending.get(seat.holderId)));
  for (const seat of suspects) await handOverSeat(seat._id, seat.holderId, context, 'released (its holder never took it)');
  return suspects.length > 0;
}

/** A waitlisted application's place in its target's waitlist (1 is next), else null. */
export async function waitlistPosition(application: ApplicationRecord, { loaders }: ConventionsContext): Promise<number | null> {
  if (application.status !== 'WAITLISTED') return null;
  const position = (await loaders.waitlists.load(application.targetId)).findIndex((w) => w._id === application._id);
  return position < 0 ? null : position + 1;
}

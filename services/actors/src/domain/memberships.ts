// Memberships of actors in alliances: whether they are active, an actor's memberships, and the staff's
// creates, updates and leaves (an actor is a member of an alliance at most once at a time).
import { badTerritoryId, BadUserInputError, duplicateAs, IllegalTransitionError, longText, newId, optionalText, parseTerritoryId, today, unknownReference } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import type { CreateMembershipInput, LeaveAllianceInput, UpdateMembershipInput } from '../generated/resolvers';
import type { Loaders } from '../loaders';
import { openKeyOf } from '../models/memberships/repository';
import type { MembershipRecord } from '../models/memberships/schema';
import type { OrganisationRecord } from '../models/organisations/schema';
import type { TerritoryRecord } from '../models/territories/schema';
import { staffAuthor } from './access/policy';
import { given, notNull, period } from './input';
import { activeAt, unlessEnded } from './lists';
import { referenced } from './references';
import { firstVersion, fresh, staffEdit, staffUpdate } from './writes';

/** Whether the membership is current today. */
export const isActive = (m: MembershipRecord) => activeAt(m, today());

/** The territory or organisation a membership is of. */
export const actorOf = (m: MembershipRecord, loaders: Loaders) => referenced<TerritoryRecord | OrganisationRecord>(loaders.actor(m.actorId));

/** A territory's or an organisation's memberships; ended ones only when asked. */
export const membershipsOfActor = async (loaders: Loaders, actorId: string, includeEnded: boolean | null | undefined) =>
  unlessEnded(await loaders.membershipsByActor.load(actorId), includeEnded);

/** The end of a period, for overlap checks: an open period runs forever. */
// Only an open membership can collide: on creation, or when an update removes the end date.
const alreadyMember = (field: string) =>
  duplicateAs<MembershipRecord>('openKey', (m) => new BadUserInputError(field, `${m.actorId} already has an open membership of this alliance.`));

const endOf = (m: Pick<MembershipRecord, 'until'>) => m.until ?? '9999-12-31';

/**
 * An actor is a member of an alliance at most once at a time. The unique `openKey` settles two open
 * memberships written at once; this check also refuses periods that overlap an existing one.
 */
async function refuseOverlap(context: ActorsContext, period: Pick<MembershipRecord, '_id' | 'allianceId' | 'actorId' | 'since' | 'until'>, field: string) {
  const others = await context.loaders.membershipsByActor.load(period.actorId);
  const overlapping = others.find(
    (m) => m._id !== period._id && m.allianceId === period.allianceId && m.since < endOf(period) && period.since < endOf(m),
  );
  if (overlapping) {
    throw new BadUserInputError(field, `This period overlaps membership ${overlapping._id} (${overlapping.since} – ${overlapping.until ?? 'open'}) of the same actor in this alliance.`, {
      membershipId: overlapping._id,
    });
  }
}

async function actorType(context: ActorsContext, actorId: string): Promise<MembershipRecord['actorType']> {
  // A territory id (or what is meant as one) is refused as every bad territory id is.
  if (parseTerritoryId(actorId) || actorId.includes(':')) {
    const territory = parseTerritoryId(actorId) ? await context.loaders.territory.load(actorId) : null;
    if (territory && !territory.retiredIn) return 'TERRITORY';
    throw badTerritoryId('input.actorId', actorId, 'input');
  } else if (await context.loaders.organisation.load(actorId)) {
    return 'ORGANISATION';
  }
  throw unknownReference('input.actorId', 'Actor', actorId, 'input');
}

export async function createMembership(context: ActorsContext, input: CreateMembershipInput, id: string = newId()): Promise<MembershipRecord> {
  const author = staffAuthor(context);
  const { since } = input;
  const until = input.until ?? null;
  period(since, until, 'input.until');
  const note = optionalText(input.note ?? null, 'input.note', longText(1000));
  const [alliance, type] = await Promise.all([context.loaders.alliance.load(input.allianceId), actorType(context, input.actorId)]);
  if (!alliance) throw new BadUserInputError('input.allianceId', `No alliance has the id "${input.allianceId}".`);
  const record = { _id: id, allianceId: alliance._id, actorId: input.actorId, actorType: type, role: input.role ?? 'MEMBER', since, until, note };
  await refuseOverlap(context, record, 'input.since');
  const written = await context.repositories.memberships.create(firstVersion<MembershipRecord>({ ...record, openKey: openKeyOf(record) }), author).catch(alreadyMember('input.actorId'));
  return fresh.membership(context.loaders, written);
}

export async function updateMembership(context: ActorsContext, input: UpdateMembershipInput): Promise<MembershipRecord> {
  const { author, version, changes: asked } = staffEdit(context, input);
  const since = notNull(asked.since, 'input.changes.since');
  const changes: Partial<MembershipRecord> = {
    ...(asked.role === undefined ? {} : { role: notNull(asked.role, 'input.changes.role') }),
    ...(since === undefined ? {} : { since }),
    ...(asked.until === undefined ? {} : { until: asked.until }),
    ...(asked.note === undefined ? {} : { note: optionalText(asked.note, 'input.changes.note', longText(1000)) }),
  };
  const field = asked.until === undefined ? 'input.changes.since' : 'input.changes.until';
  const current = await context.repositories.memberships.findByIds([input.id]);
  if (current[0] && (changes.since !== undefined || changes.until !== undefined)) {
    await refuseOverlap(context, { ...current[0], since: given(changes.since, current[0].since), until: given(changes.until, current[0].until) }, field);
  }
  const written = await context.repositories.memberships.update(
    input.id,
    version,
    (membership) => {
      const next = { ...membership, ...changes, updatedAt: new Date() };
      period(next.since, next.until, field);
      return { ...next, openKey: openKeyOf(next) };
    },
    author,
  ).catch(alreadyMember('input.changes.until'));
  return fresh.membership(context.loaders, written);
}

/** Ends a membership (today unless `on` says otherwise): it stays in the alliance's history. */
export async function leaveAlliance(context: ActorsContext, input: LeaveAllianceInput): Promise<MembershipRecord> {
  const { author, version } = staffUpdate(context, input.expectedVersion);
  const on = input.on ?? today();
  const note = input.note === undefined ? undefined : optionalText(input.note, 'input.note', longText(1000));
  const written = await context.repositories.memberships.update(
    input.membershipId,
    version,
    (membership) => {
      if (membership.until != null) throw new IllegalTransitionError('Membership', 'ENDED', 'ENDED', []);
      period(membership.since, on, 'input.on');
      const next = { ...membership, until: on, ...(note === undefined ? {} : { note }), updatedAt: new Date() };
      return { ...next, openKey: openKeyOf(next) };
    },
    author,
  );
  return fresh.membership(context.loaders, written);
}

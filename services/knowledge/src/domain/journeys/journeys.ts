import {
  BadUserInputError,
  canActForTerritory,
  checkTerritoryId,
  CapacityReachedError,
  ConflictError,
  ForbiddenError,
  isDuplicateKeyError,
  malformedId,
  newId,
  NotFoundError,
  requireAuthenticated,
  territoryScope,
} from '@fabrique/kit';
import type { KnowledgeContext } from '../../context';
import { seatId } from '../../models/journeys/repository';
import type { LearningJourneyRecord, RegistrationRecord, VisitRecord } from '../../models/journeys/schema';
import * as check from '../input';

export interface VisitInput {
  day: string;
  time?: string | null;
  title: string;
  description?: string | null;
  experienceId?: string | null;
  placeId?: string | null;
}

export interface CreateJourneyInput {
  title: string;
  description?: string | null;
  hostTerritoryId?: string | null;
  startsOn: string;
  endsOn: string;
  capacity: number;
  visits?: VisitInput[] | null;
  programmeId?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_CAPACITY = 200;
export const MAX_PARTICIPANTS = 50;

export const today = () => new Date().toISOString().slice(0, 10);

function isoDate(value: unknown, field: string): string {
  if (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) return value;
  throw new BadUserInputError(field, `${field} must be a date such as 2026-05-12.`);
}

function territory(value: unknown, field: string): string {
  if (typeof value !== 'string') throw malformedId(field, 'territory');
  return checkTerritoryId(field, value, 'input');
}

/** The territory a caller acts for: the one given, or a territory member's own. */
function actingTerritory(context: KnowledgeContext, given: string | null | undefined, field: string): string {
  requireAuthenticated(context.identity);
  const id = given ?? context.identity.territoryId;
  if (!id) throw new BadUserInputError(field, `${field} is required.`);
  const checked = territory(id, field);
  if (!canActForTerritory(context.identity, checked)) throw new ForbiddenError('You may only act for your own territory.');
  return checked;
}

async function visits(input: VisitInput[], startsOn: string, endsOn: string, context: KnowledgeContext): Promise<VisitRecord[]> {
  if (input.length > 100) throw new BadUserInputError('input.visits', 'At most 100 visits.');
  const experiences = await context.loaders.experience.loadMany(input.map((v) => v.experienceId).filter((id): id is string => Boolean(id)));
  const published = new Set(experiences.flatMap((e) => (e && !(e instanceof Error) && e.status === 'PUBLISHED' ? [e._id] : [])));
  return input.map((v, i) => {
    const path = `input.visits.${i}`;
    const day = isoDate(v.day, `${path}.day`);
    if (day < startsOn || day > endsOn) throw new BadUserInputError(`${path}.day`, 'A visit must take place during the journey.');
    if (v.time != null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(v.time)) throw new BadUserInputError(`${path}.time`, 'time must read HH:MM.');
    if (v.experienceId && !published.has(v.experienceId)) throw new BadUserInputError(`${path}.experienceId`, 'A visit shows a published experience.');
    return {
      day,
      time: v.time ?? null,
      title: check.requiredText(v.title, `${path}.title`, 200),
      description: check.optionalText(v.description, `${path}.description`, check.longText(5_000)) ?? '',
      experienceId: v.experienceId ?? null,
      placeId: v.placeId ? territory(v.placeId, `${path}.placeId`) : null,
    };
  });
}

export interface UpdateJourneyInput {
  title?: string | null;
  description?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  capacity?: number | null;
  visits?: VisitInput[] | null;
  programmeId?: string | null;
}

function capacity(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_CAPACITY) {
    throw new BadUserInputError(field, `capacity must be between 1 and ${MAX_CAPACITY} territories.`);
  }
  return value;
}

/**
 * Staff or the host's members change a journey. Lowering the capacity below a taken seat is refused;
 * a registration racing with the change checks the capacity after taking its seat and gives it back
 * if it is above, and the change checks the seats after writing and reverts if one is above: either
 * way no seat stays above the capacity.
 */
export async function updateLearningJourney(id: string, input: UpdateJourneyInput, context: KnowledgeContext): Promise<LearningJourneyRecord> {
  requireAuthenticated(context.identity);
  const current = await context.loaders.journey.load(id);
  if (!current) throw new NotFoundError('Learning journey', id);
  if (!canActForTerritory(context.identity, current.hostTerritoryId)) throw new ForbiddenError('Only staff and the host territory change a learning journey.');
  const next: LearningJourneyRecord = { ...current, updatedAt: new Date() };
  if (input.title !== undefined) next.title = check.requiredText(input.title, 'input.title', 200);
  if (input.description !== undefined) next.description = check.optionalText(input.description, 'input.description', check.longText(20_000)) ?? '';
  if (input.startsOn != null) next.startsOn = isoDate(input.startsOn, 'input.startsOn');
  if (input.endsOn != null) next.endsOn = isoDate(input.endsOn, 'input.endsOn');
  if (next.endsOn < next.startsOn) throw new BadUserInputError('input.endsOn', 'The journey must end on or after its first day.');
  if (input.capacity != null) next.capacity = capacity(input.capacity, 'input.capacity');
  if (input.visits != null) next.visits = await visits(input.visits, next.startsOn, next.endsOn, context);
  else if (next.visits.some((v) => v.day < next.startsOn || v.day > next.endsOn)) throw new BadUserInputError('input.startsOn', 'Some visits would fall outside the new dates: give the visits too.');
  if (input.programmeId !== undefined) next.programmeId = check.objectIdOrNull(input.programmeId, 'input.programmeId');
  const { journeys } = context.repositories;
  const highestSeat = async () => Math.max(0, ...(await journeys.registrationsOf([id])).map((r) => r.seat));
  const tooSmall = () => new BadUserInputError('input.capacity', 'Seats above this capacity are taken: cancel registrations first.');
  if (next.capacity < current.capacity && (await highestSeat()) > next.capacity) throw tooSmall();
  await journeys.replace(next);
  if (next.capacity < current.capacity && (await highestSeat()) > next.capacity) {
    await journeys.replace({ ...next, capacity: current.capacity });
    throw tooSmall();
  }
  return next;
}

export async function createLearningJourney(input: CreateJourneyInput, context: KnowledgeContext, id: string = newId()): Promise<LearningJourneyRecord> {
  const host = actingTerritory(context, input.hostTerritoryId, 'input.hostTerritoryId');
  const title = check.requiredText(input.title, 'input.title', 200);
  const startsOn = isoDate(input.startsOn, 'input.startsOn');
  const endsOn = isoDate(input.endsOn, 'input.endsOn');
  if (endsOn < startsOn) throw new BadUserInputError('input.endsOn', 'The journey must end on or after its first day.');
  capacity(input.capacity, 'input.capacity');
  const now = new Date();
  const journey: LearningJourneyRecord = {
    _id: id,
    title,
    description: check.optionalText(input.description, 'input.description', check.longText(20_000)) ?? '',
    hostTerritoryId: host,
    hostScope: territoryScope([host]),
    startsOn,
    endsOn,
    capacity: input.capacity,
    visits: await visits(input.visits ?? [], startsOn, endsOn, context),
    programmeId: check.objectIdOrNull(input.programmeId, 'input.programmeId'),
    createdAt: now,
    updatedAt: now,
    createdBy: context.identity.subject ?? null,
  };
  await context.repositories.journeys.insert(journey);
  return journey;
}

/**
 * Takes the first free seat: each seat is a unique `_id`, so of simultaneous registrations for the
 * last seat exactly one wins; the unique (journey, territory) index refuses a second registration.
 */
export async function register(
  args: { journeyId: string; territoryId?: string | null; participants: number; note?: string | null },
  context: KnowledgeContext,
): Promise<RegistrationRecord> {
  const territoryId = actingTerritory(context, args.territoryId, 'territoryId');
  if (!Number.isInteger(args.participants) || args.participants < 1 || args.participants > MAX_PARTICIPANTS) {
    throw new BadUserInputError('participants', `participants must be between 1 and ${MAX_PARTICIPANTS}.`);
  }
  const note = check.optionalText(args.note, 'note', check.longText(1_000)) || null;
  const journey = await context.loaders.journey.load(args.journeyId);
  if (!journey) throw new NotFoundError('Learning journey', args.journeyId);
  if (journey.startsOn <= today()) throw new BadUserInputError('journeyId', 'Registrations are closed: the journey has started.');
  const { journeys } = context.repositories;
  const alreadyRegistered = () => new ConflictError(`${territoryId} is already registered to this journey.`);
  const registrations = await journeys.registrationsOf([journey._id]);
  if (registrations.some((r) => r.territoryId === territoryId)) throw alreadyRegistered();
  const taken = new Set(registrations.map((r) => r.seat));
  for (let seat = 1; seat <= journey.capacity; seat++) {
    if (taken.has(seat)) continue;
    const registration: RegistrationRecord = {
      _id: seatId(journey._id, seat),
      journeyId: journey._id,
      seat,
      territoryId,
      participants: args.participants,
      note,
      registeredAt: new Date(),
      registeredBy: context.identity.subject ?? null,
    };
    try {
      await journeys.insertRegistration(registration);
      // The capacity may have been lowered meanwhile (see updateLearningJourney): give the seat back.
      const [latest] = await journeys.findByIds([journey._id]);
      if (latest && seat > latest.capacity) {
        await journeys.deleteRegistration(registration._id);
        break;
      }
      return registration;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      if (await journeys.findRegistration(journey._id, territoryId)) throw alreadyRegistered();
      // Someone took this seat meanwhile: try the next one.
    }
  }
  throw new CapacityReachedError(`This learning journey is full (${journey.capacity} territories).`, journey.capacity);
}

export async function cancelRegistration(args: { journeyId: string; territoryId?: string | null }, context: KnowledgeContext): Promise<boolean> {
  const territoryId = actingTerritory(context, args.territoryId, 'territoryId');
  const registration = await context.repositories.journeys.findRegistration(args.journeyId, territoryId);
  if (!registration) return false;
  await context.repositories.journeys.deleteRegistration(registration._id);
  return true;
}

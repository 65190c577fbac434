// Learning journeys: a host territory (or staff) plans a journey of visits to published experiences,
// for a number of visiting territories (its capacity); registrations are in registrations.ts.
import { BadUserInputError, canActForTerritory, expectedVersion as checkedVersion, ForbiddenError, longText, newId, NotFoundError, optionalText, requireAuthenticated, requireChanges, requiredText, territoryScope } from '@fabrique/kit';
import type { KnowledgeContext } from '../../context';
import type { CreateLearningJourneyInput, UpdateLearningJourneyInput, VisitInput } from '../../generated/resolvers';
import type { LearningJourneyRecord, VisitRecord } from '../../models/journeys/schema';
import { objectIdOrNull, territoryId } from '../input';

const MAX_CAPACITY = 200;

/** The territory a caller acts for: the one given, or a territory member's own. */
export function actingTerritory(context: KnowledgeContext, given: string | null | undefined, field: string): string {
  requireAuthenticated(context.identity);
  const id = given ?? context.identity.territoryId;
  if (!id) throw new BadUserInputError(field, `${field} is required.`);
  const checked = territoryId(id, field);
  if (!canActForTerritory(context.identity, checked)) throw new ForbiddenError('You may only act for your own territory.');
  return checked;
}

async function visits(input: VisitInput[], startsOn: string, endsOn: string, context: KnowledgeContext, field: string): Promise<VisitRecord[]> {
  if (input.length > 100) throw new BadUserInputError(field, 'At most 100 visits.');
  const experiences = await context.loaders.experience.loadMany(input.map((v) => v.experienceId).filter((id): id is string => Boolean(id)));
  const published = new Set(experiences.flatMap((e) => (e && !(e instanceof Error) && e.status === 'PUBLISHED' ? [e._id] : [])));
  return input.map((v, i) => {
    const path = `${field}.${i}`;
    const day = v.day;
    if (day < startsOn || day > endsOn) throw new BadUserInputError(`${path}.day`, 'A visit must take place during the journey.');
    if (v.time != null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(v.time)) throw new BadUserInputError(`${path}.time`, 'time must read HH:MM.');
    if (v.experienceId && !published.has(v.experienceId)) throw new BadUserInputError(`${path}.experienceId`, 'A visit shows a published experience.');
    return {
      day,
      time: v.time ?? null,
      title: requiredText(v.title, `${path}.title`, 200),
      description: optionalText(v.description, `${path}.description`, longText(5_000)) ?? '',
      experienceId: v.experienceId ?? null,
      placeId: v.placeId ? territoryId(v.placeId, `${path}.placeId`) : null,
    };
  });
}

function capacity(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_CAPACITY) {
    throw new BadUserInputError(field, `capacity must be between 1 and ${MAX_CAPACITY} territories.`);
  }
  return value;
}

/**
 * Staff or the host's members change a journey: a new version from `expectedVersion` (CONFLICT with the
 * current version when it moved). Lowering the capacity below a taken seat is refused; a registration
 * racing with the change checks the capacity after taking its seat and gives it back if it is above,
 * and the change checks the seats after writing and puts the previous content back (as a further
 * version) if one is above: either way no seat stays above the capacity, and the refused change is undone.
 */
export async function updateLearningJourney(input: UpdateLearningJourneyInput, context: KnowledgeContext): Promise<LearningJourneyRecord> {
  requireAuthenticated(context.identity);
  const { id, expectedVersion, changes } = input;
  const current = await context.loaders.journey.load(id);
  if (!current) throw new NotFoundError('Learning journey', id);
  if (!canActForTerritory(context.identity, current.hostTerritoryId)) throw new ForbiddenError('Only staff and the host territory change a learning journey.');
  checkedVersion(expectedVersion);
  requireChanges(changes);
  const path = 'input.changes';
  const next: LearningJourneyRecord = { ...current, updatedAt: new Date() };
  if (changes.title !== undefined) next.title = requiredText(changes.title, `${path}.title`, 200);
  if (changes.description !== undefined) next.description = optionalText(changes.description, `${path}.description`, longText(20_000)) ?? '';
  if (changes.startsOn != null) next.startsOn = changes.startsOn;
  if (changes.endsOn != null) next.endsOn = changes.endsOn;
  if (next.endsOn < next.startsOn) throw new BadUserInputError(`${path}.endsOn`, 'The journey must end on or after its first day.');
  if (changes.capacity != null) next.capacity = capacity(changes.capacity, `${path}.capacity`);
  if (changes.visits != null) next.visits = await visits(changes.visits, next.startsOn, next.endsOn, context, `${path}.visits`);
  else if (next.visits.some((v) => v.day < next.startsOn || v.day > next.endsOn)) throw new BadUserInputError(`${path}.startsOn`, 'Some visits would fall outside the new dates: give the visits too.');
  if (changes.programmeId !== undefined) next.programmeId = objectIdOrNull(changes.programmeId, `${path}.programmeId`);
  const { journeys } = context.repositories;
  const author = context.identity.subject ?? null;
  const highestSeat = async () => Math.max(0, ...(await journeys.registrationsOf([id])).map((r) => r.seat));
  const tooSmall = () => new BadUserInputError(`${path}.capacity`, 'Seats above this capacity are taken: cancel registrations first.');
  const lowered = next.capacity < current.capacity;
  if (lowered && (await highestSeat()) > next.capacity) throw tooSmall();
  const saved = await journeys.update(id, expectedVersion, () => next, author, 'edited');
  if (lowered && (await highestSeat()) > saved.capacity) {
    await journeys.update(id, saved.version, () => ({ ...current, updatedAt: new Date() }), author, `undone: a seat above capacity ${saved.capacity} was taken meanwhile`);
    throw tooSmall();
  }
  return saved;
}

export async function createLearningJourney(input: CreateLearningJourneyInput, context: KnowledgeContext, id: string = newId()): Promise<LearningJourneyRecord> {
  const host = actingTerritory(context, input.hostTerritoryId, 'input.hostTerritoryId');
  const title = requiredText(input.title, 'input.title', 200);
  const startsOn = input.startsOn;
  const endsOn = input.endsOn;
  if (endsOn < startsOn) throw new BadUserInputError('input.endsOn', 'The journey must end on or after its first day.');
  capacity(input.capacity, 'input.capacity');
  const now = new Date();
  const journey: LearningJourneyRecord = {
    _id: id,
    version: 1,
    title,
    description: optionalText(input.description, 'input.description', longText(20_000)) ?? '',
    hostTerritoryId: host,
    hostScope: territoryScope([host]),
    startsOn,
    endsOn,
    capacity: input.capacity,
    visits: await visits(input.visits ?? [], startsOn, endsOn, context, 'input.visits'),
    programmeId: objectIdOrNull(input.programmeId, 'input.programmeId'),
    createdAt: now,
    updatedAt: now,
    createdBy: context.identity.subject ?? null,
  };
  return context.repositories.journeys.create(journey, context.identity.subject ?? null, 'created');
}

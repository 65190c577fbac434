// Registrations of visiting territories to learning journeys: one seat each, never more than the
// journey's capacity, until the journey starts.
import { BadUserInputError, CapacityReachedError, ConflictError, isDuplicateKeyError, longText, NotFoundError, optionalText, today } from '@fabrique/kit';
import type { KnowledgeContext } from '../../context';
import type { CancelJourneyRegistrationInput, RegisterForLearningJourneyInput } from '../../generated/resolvers';
import { seatId } from '../../models/journeys/repository';
import type { LearningJourneyRecord, RegistrationRecord } from '../../models/journeys/schema';
import { actingTerritory } from './journeys';

const MAX_PARTICIPANTS = 50;

/**
 * Takes the first free seat: each seat is a unique `_id`, so of simultaneous registrations for the
 * last seat exactly one wins; the unique (journey, territory) index refuses a second registration.
 */
export async function registerForLearningJourney(input: RegisterForLearningJourneyInput, context: KnowledgeContext): Promise<RegistrationRecord> {
  const territoryId = actingTerritory(context, input.territoryId, 'input.territoryId');
  const participants = input.participantCount;
  if (!Number.isInteger(participants) || participants < 1 || participants > MAX_PARTICIPANTS) {
    throw new BadUserInputError('input.participantCount', `participantCount must be between 1 and ${MAX_PARTICIPANTS}.`);
  }
  const note = optionalText(input.note, 'input.note', longText(1_000)) || null;
  const journey = await context.loaders.journey.load(input.journeyId);
  if (!journey) throw new NotFoundError('Learning journey', input.journeyId);
  if (journey.startsOn <= today()) throw new BadUserInputError('input.journeyId', 'Registrations are closed: the journey has started.');
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
      participants,
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

export async function cancelJourneyRegistration(input: CancelJourneyRegistrationInput, context: KnowledgeContext): Promise<boolean> {
  const territoryId = actingTerritory(context, input.territoryId, 'input.territoryId');
  const registration = await context.repositories.journeys.findRegistration(input.journeyId, territoryId);
  if (!registration) return false;
  await context.repositories.journeys.deleteRegistration(registration._id);
  return true;
}

/** Registrations stay open until the journey's first day, while seats are left. */
export const registrationOpen = (journey: LearningJourneyRecord, registrations: readonly RegistrationRecord[]) =>
  journey.startsOn > today() && registrations.length < journey.capacity;

export const seatsLeft = (journey: LearningJourneyRecord, registrations: readonly RegistrationRecord[]) => Math.max(0, journey.capacity - registrations.length);

import { BadUserInputError, newId, parseTerritoryId, requiredText } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { expectedVersion, given, notNull, optionalDate, period } from '../input';
import type { PositionHolderKind, PositionRecord } from '../models/positions/schema';
import { staffAuthor, timestamps } from './context';
import { fresh } from './fresh';

export interface CreatePositionInput {
  personId: string;
  role: string;
  holderKind: PositionHolderKind;
  holderId: string;
  since?: string | null;
  until?: string | null;
}

export interface UpdatePositionInput {
  id: string;
  expectedVersion: number;
  role?: string | null;
  since?: string | null;
  until?: string | null;
}

async function holderExists({ loaders }: ActorsContext, kind: PositionHolderKind, id: string): Promise<boolean> {
  if (kind === 'TERRITORY') return parseTerritoryId(id) !== null && (await loaders.territory.load(id)) !== null;
  if (kind === 'ORGANISATION') return (await loaders.organisation.load(id)) !== null;
  return (await loaders.alliance.load(id)) !== null;
}

export async function createPosition(context: ActorsContext, input: CreatePositionInput, id: string = newId()): Promise<PositionRecord> {
  const author = staffAuthor(context);
  const role = requiredText(input.role, 'input.role', 200);
  const since = optionalDate(input.since ?? null, 'input.since');
  const until = optionalDate(input.until ?? null, 'input.until');
  period(since, until, 'input.until');
  const [person, holder] = await Promise.all([context.loaders.person.load(input.personId), holderExists(context, input.holderKind, input.holderId)]);
  if (!person) throw new BadUserInputError('input.personId', `No person has the id "${input.personId}".`);
  if (!holder) throw new BadUserInputError('input.holderId', `No ${input.holderKind.toLowerCase()} has the id "${input.holderId}".`);
  const record: PositionRecord = {
    _id: id,
    personId: person._id,
    role,
    holderKind: input.holderKind,
    holderId: input.holderId,
    since,
    until,
    version: 1,
    ...timestamps(),
  };
  return fresh.position(context.loaders, await context.repositories.positions.create(record, author));
}

export async function updatePosition(context: ActorsContext, input: UpdatePositionInput): Promise<PositionRecord> {
  const author = staffAuthor(context);
  const version = expectedVersion(input.expectedVersion);
  const role = notNull(input.role, 'input.role');
  const changes: Partial<PositionRecord> = {
    ...(role === undefined ? {} : { role: requiredText(role, 'input.role', 200) }),
    ...(input.since === undefined ? {} : { since: optionalDate(input.since, 'input.since') }),
    ...(input.until === undefined ? {} : { until: optionalDate(input.until, 'input.until') }),
  };
  const written = await context.repositories.positions.update(
    input.id,
    version,
    (current) => {
      period(given(changes.since, current.since), given(changes.until, current.until), input.until === undefined ? 'input.since' : 'input.until');
      return { ...current, ...changes, updatedAt: new Date() };
    },
    author,
  );
  return fresh.position(context.loaders, written);
}

// Positions (a person's role in a territory, an organisation or an alliance): who holds them, whether
// they are current, and the staff's creates and updates.
import { badTerritoryId, BadUserInputError, newId, parseTerritoryId, requiredText, today } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import type { CreatePositionInput, UpdatePositionInput } from '../generated/resolvers';
import type { Loaders } from '../loaders';
import type { AllianceRecord } from '../models/alliances/schema';
import type { OrganisationRecord } from '../models/organisations/schema';
import { holderKey } from '../models/positions/repository';
import type { PositionHolderKind, PositionRecord } from '../models/positions/schema';
import type { TerritoryRecord } from '../models/territories/schema';
import { staffAuthor } from './access/policy';
import { given, notNull, period } from './input';
import { notEnded, unlessEnded } from './lists';
import { referenced } from './references';
import { firstVersion, fresh, staffEdit } from './writes';

/** The positions held in a territory, an organisation or an alliance; ended ones only when asked. */
export const positionsOfHolder = async (loaders: Loaders, holderKind: PositionHolderKind, holderId: string, includeEnded: boolean | null | undefined) =>
  unlessEnded(await loaders.positionsByHolder.load(holderKey({ holderKind, holderId })), includeEnded);

/** A person's positions; ended ones only when asked. */
export const positionsOfPerson = async (loaders: Loaders, personId: string, includeEnded: boolean | null | undefined) =>
  unlessEnded(await loaders.positionsByPerson.load(personId), includeEnded);

/** The territory, organisation or alliance a position is held in. */
export function holderOf(p: PositionRecord, loaders: Loaders): Promise<TerritoryRecord | OrganisationRecord | AllianceRecord> {
  if (p.holderKind === 'TERRITORY') return referenced(loaders.territory.load(p.holderId));
  if (p.holderKind === 'ORGANISATION') return referenced(loaders.organisation.load(p.holderId));
  return referenced(loaders.alliance.load(p.holderId));
}

/** Held today: started (or with no start date) and not ended. */
export const isCurrent = (p: PositionRecord) => (p.since == null || p.since <= today()) && notEnded(p);

async function holderExists({ loaders }: ActorsContext, kind: PositionHolderKind, id: string): Promise<boolean> {
  if (kind === 'TERRITORY') return parseTerritoryId(id) !== null && (await loaders.territory.load(id)) !== null;
  if (kind === 'ORGANISATION') return (await loaders.organisation.load(id)) !== null;
  return (await loaders.alliance.load(id)) !== null;
}

export async function createPosition(context: ActorsContext, input: CreatePositionInput, id: string = newId()): Promise<PositionRecord> {
  const author = staffAuthor(context);
  const role = requiredText(input.role, 'input.role', 200);
  const since = input.since ?? null;
  const until = input.until ?? null;
  period(since, until, 'input.until');
  const [person, holder] = await Promise.all([context.loaders.person.load(input.personId), holderExists(context, input.holderKind, input.holderId)]);
  if (!person) throw new BadUserInputError('input.personId', `No person has the id "${input.personId}".`);
  if (!holder && input.holderKind === 'TERRITORY') throw badTerritoryId('input.holderId', input.holderId, 'input');
  if (!holder) throw new BadUserInputError('input.holderId', `No ${input.holderKind.toLowerCase()} has the id "${input.holderId}".`);
  const record = firstVersion<PositionRecord>({
    _id: id,
    personId: person._id,
    role,
    holderKind: input.holderKind,
    holderId: input.holderId,
    since,
    until,
  });
  return fresh.position(context.loaders, await context.repositories.positions.create(record, author));
}

export async function updatePosition(context: ActorsContext, input: UpdatePositionInput): Promise<PositionRecord> {
  const { author, version, changes: asked } = staffEdit(context, input);
  const role = notNull(asked.role, 'input.changes.role');
  const changes: Partial<PositionRecord> = {
    ...(role === undefined ? {} : { role: requiredText(role, 'input.changes.role', 200) }),
    ...(asked.since === undefined ? {} : { since: asked.since }),
    ...(asked.until === undefined ? {} : { until: asked.until }),
  };
  const written = await context.repositories.positions.update(
    input.id,
    version,
    (current) => {
      period(given(changes.since, current.since), given(changes.until, current.until), asked.until === undefined ? 'input.changes.since' : 'input.changes.until');
      return { ...current, ...changes, updatedAt: new Date() };
    },
    author,
  );
  return fresh.position(context.loaders, written);
}

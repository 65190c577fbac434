// Alliances: their list, their members and statistics at a date, and the staff's creates and updates.
import { BadUserInputError, connectionFromArray, duplicateAs, longText, newId, readPage, requiredText, toConnection } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import type { AllianceMembersArgs, CreateAllianceInput, QueryAlliancesArgs, UpdateAllianceInput } from '../generated/resolvers';
import type { Loaders } from '../loaders';
import { ALLIANCE_ORDER } from '../models/alliances/repository';
import type { AllianceRecord } from '../models/alliances/schema';
import { MEMBERSHIP_ORDER } from '../models/memberships/repository';
import type { Repositories } from '../repositories';
import { staffAuthor } from './access/policy';
import { notNull, slug, website } from './input';
import { activeAt, dateArgument } from './lists';
import { nameFields } from './search';
import { firstVersion, fresh, staffEdit } from './writes';

export async function listAlliances(repositories: Repositories, args: QueryAlliancesArgs) {
  const page = readPage(args, ALLIANCE_ORDER);
  const rows = await repositories.alliances.list(page);
  return toConnection(rows, page, () => repositories.alliances.count());
}

/** Every membership of the alliance is read once (batched across alliances), then filtered and paged. */
export async function allianceMembers(alliance: AllianceRecord, args: AllianceMembersArgs, loaders: Loaders) {
  const page = readPage(args, MEMBERSHIP_ORDER);
  const { includeEnded, actorType, role, at: date } = args.filter ?? {};
  const at = dateArgument(date);
  const members = (await loaders.membershipsByAlliance.load(alliance._id)).filter(
    (m) => (includeEnded || activeAt(m, at)) && (!actorType || m.actorType === actorType) && (!role || m.role === role),
  );
  return connectionFromArray(members, page);
}

/** The alliance's statistics at a date (today when left out), batched across alliances (see statistics.ts). */
export const allianceStatistics = (alliance: AllianceRecord, at: string | null | undefined, loaders: Loaders) =>
  loaders.statistics.load({ allianceId: alliance._id, at: dateArgument(at) });

async function operator({ loaders }: ActorsContext, id: string | null, at: string): Promise<string | null> {
  if (id === null) return null;
  if (!(await loaders.organisation.load(id))) throw new BadUserInputError(`${at}.operatorId`, `No organisation has the id "${id}".`);
  return id;
}

/** A slug already taken, refused on `<at>.slug` (`input` on creation, `input.changes` on update). */
const slugTaken = (at: string) => duplicateAs<AllianceRecord>('slug', (a) => new BadUserInputError(`${at}.slug`, `The slug "${a.slug}" is already taken by another alliance.`));

/** An alliance's name fields: its search form is its sort key (no word search on alliances). */
const allianceName = (name: string, at: string) => {
  const { nameWords: _words, ...fields } = nameFields(requiredText(name, `${at}.name`, 200));
  return fields;
};

export async function createAlliance(context: ActorsContext, input: CreateAllianceInput, id: string = newId()): Promise<AllianceRecord> {
  const author = staffAuthor(context);
  const record = firstVersion<AllianceRecord>({
    _id: id,
    slug: slug(input.slug, 'input.slug'),
    ...allianceName(input.name, 'input'),
    description: requiredText(input.description, 'input.description', longText(4000)),
    website: website(input.website ?? null, 'input.website'),
    operatorId: await operator(context, input.operatorId ?? null, 'input'),
  });
  return fresh.alliance(context.loaders, await context.repositories.alliances.create(record, author).catch(slugTaken('input')));
}

export async function updateAlliance(context: ActorsContext, input: UpdateAllianceInput): Promise<AllianceRecord> {
  const { author, version, changes: asked } = staffEdit(context, input);
  const newSlug = notNull(asked.slug, 'input.changes.slug');
  const name = notNull(asked.name, 'input.changes.name');
  const description = notNull(asked.description, 'input.changes.description');
  const changes: Partial<AllianceRecord> = {
    ...(newSlug === undefined ? {} : { slug: slug(newSlug, 'input.changes.slug') }),
    ...(name === undefined ? {} : allianceName(name, 'input.changes')),
    ...(description === undefined ? {} : { description: requiredText(description, 'input.changes.description', longText(4000)) }),
    ...(asked.website === undefined ? {} : { website: website(asked.website, 'input.changes.website') }),
    ...(asked.operatorId === undefined ? {} : { operatorId: await operator(context, asked.operatorId, 'input.changes') }),
  };
  const change = (current: AllianceRecord) => ({ ...current, ...changes, updatedAt: new Date() });
  return fresh.alliance(context.loaders, await context.repositories.alliances.update(input.id, version, change, author).catch(slugTaken('input.changes')));
}

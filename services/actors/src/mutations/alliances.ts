import { BadUserInputError, duplicateAs, longText, newId, requiredText } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { expectedVersion, notNull, slug, website } from '../input';
import type { AllianceRecord } from '../models/alliances/schema';
import { nameFields, staffAuthor, timestamps } from './context';
import { fresh } from './fresh';

export interface CreateAllianceInput {
  slug: string;
  name: string;
  description: string;
  website?: string | null;
  operatorId?: string | null;
}

export interface UpdateAllianceInput {
  id: string;
  expectedVersion: number;
  slug?: string | null;
  name?: string | null;
  description?: string | null;
  website?: string | null;
  operatorId?: string | null;
}

async function operator({ loaders }: ActorsContext, id: string | null): Promise<string | null> {
  if (id === null) return null;
  if (!(await loaders.organisation.load(id))) throw new BadUserInputError('input.operatorId', `No organisation has the id "${id}".`);
  return id;
}

/** An alliance's name fields: its search form is its sort key (no word search on alliances). */
const slugTaken = duplicateAs<AllianceRecord>('slug', (a) => new BadUserInputError('input.slug', `The slug "${a.slug}" is already taken by another alliance.`));

const allianceName = (name: string) => {
  const { nameWords: _words, ...fields } = nameFields(requiredText(name, 'input.name', 200));
  return fields;
};

export async function createAlliance(context: ActorsContext, input: CreateAllianceInput, id: string = newId()): Promise<AllianceRecord> {
  const author = staffAuthor(context);
  const record: AllianceRecord = {
    _id: id,
    slug: slug(input.slug, 'input.slug'),
    ...allianceName(input.name),
    description: requiredText(input.description, 'input.description', longText(4000)),
    website: website(input.website ?? null, 'input.website'),
    operatorId: await operator(context, input.operatorId ?? null),
    version: 1,
    ...timestamps(),
  };
  return fresh.alliance(context.loaders, await context.repositories.alliances.create(record, author).catch(slugTaken));
}

export async function updateAlliance(context: ActorsContext, input: UpdateAllianceInput): Promise<AllianceRecord> {
  const author = staffAuthor(context);
  const version = expectedVersion(input.expectedVersion);
  const newSlug = notNull(input.slug, 'input.slug');
  const name = notNull(input.name, 'input.name');
  const description = notNull(input.description, 'input.description');
  const changes: Partial<AllianceRecord> = {
    ...(newSlug === undefined ? {} : { slug: slug(newSlug, 'input.slug') }),
    ...(name === undefined ? {} : allianceName(name)),
    ...(description === undefined ? {} : { description: requiredText(description, 'input.description', longText(4000)) }),
    ...(input.website === undefined ? {} : { website: website(input.website, 'input.website') }),
    ...(input.operatorId === undefined ? {} : { operatorId: await operator(context, input.operatorId) }),
  };
  const change = (current: AllianceRecord) => ({ ...current, ...changes, updatedAt: new Date() });
  return fresh.alliance(context.loaders, await context.repositories.alliances.update(input.id, version, change, author).catch(slugTaken));
}

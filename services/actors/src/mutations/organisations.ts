import { BadUserInputError, duplicateAs, longText, malformedId, newId, optionalText, parseTerritoryId, requiredText, unknownReference } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { expectedVersion, notNull, slug, website } from '../input';
import type { OrganisationKind, OrganisationRecord } from '../models/organisations/schema';
import { nameFields, staffAuthor, timestamps } from './context';
import { fresh } from './fresh';

export interface CreateOrganisationInput {
  slug: string;
  name: string;
  kind: OrganisationKind;
  homeTerritoryId?: string | null;
  website?: string | null;
  description?: string | null;
}

export interface UpdateOrganisationInput extends Partial<Omit<CreateOrganisationInput, 'slug' | 'name' | 'kind'>> {
  id: string;
  expectedVersion: number;
  slug?: string | null;
  name?: string | null;
  kind?: OrganisationKind | null;
}

const slugTaken = duplicateAs<OrganisationRecord>('slug', (o) => new BadUserInputError('input.slug', `The slug "${o.slug}" is already taken by another organisation.`));

/** The home territory and its scope; it must be a current territory. */
async function home(id: string | null, { loaders }: ActorsContext): Promise<Pick<OrganisationRecord, 'homeTerritoryId' | 'homeScope'>> {
  if (id === null) return { homeTerritoryId: null, homeScope: [] };
  if (!parseTerritoryId(id)) throw malformedId('input.homeTerritoryId', 'territory');
  const territory = await loaders.territory.load(id);
  if (!territory || territory.retiredIn) throw unknownReference('input.homeTerritoryId', 'Territory', id, 'input');
  return { homeTerritoryId: territory._id, homeScope: territory.scope };
}

export async function createOrganisation(context: ActorsContext, input: CreateOrganisationInput, id: string = newId()): Promise<OrganisationRecord> {
  const author = staffAuthor(context);
  const record: OrganisationRecord = {
    _id: id,
    slug: slug(input.slug, 'input.slug'),
    ...nameFields(requiredText(input.name, 'input.name', 200)),
    kind: input.kind,
    ...(await home(input.homeTerritoryId ?? null, context)),
    website: website(input.website ?? null, 'input.website'),
    description: optionalText(input.description ?? null, 'input.description', longText(4000)),
    version: 1,
    ...timestamps(),
  };
  return fresh.organisation(context.loaders, await context.repositories.organisations.create(record, author).catch(slugTaken));
}

export async function updateOrganisation(context: ActorsContext, input: UpdateOrganisationInput): Promise<OrganisationRecord> {
  const author = staffAuthor(context);
  const version = expectedVersion(input.expectedVersion);
  const newSlug = notNull(input.slug, 'input.slug');
  const name = notNull(input.name, 'input.name');
  const changes: Partial<OrganisationRecord> = {
    ...(newSlug === undefined ? {} : { slug: slug(newSlug, 'input.slug') }),
    ...(name === undefined ? {} : nameFields(requiredText(name, 'input.name', 200))),
    ...(input.kind === undefined ? {} : { kind: notNull(input.kind, 'input.kind') }),
    ...(input.homeTerritoryId === undefined ? {} : await home(input.homeTerritoryId, context)),
    ...(input.website === undefined ? {} : { website: website(input.website, 'input.website') }),
    ...(input.description === undefined ? {} : { description: optionalText(input.description, 'input.description', longText(4000)) }),
  };
  const change = (current: OrganisationRecord) => ({ ...current, ...changes, updatedAt: new Date() });
  return fresh.organisation(context.loaders, await context.repositories.organisations.update(input.id, version, change, author).catch(slugTaken));
}

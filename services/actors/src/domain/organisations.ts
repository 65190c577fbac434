// Organisations: their list, and the staff's creates and updates.
import { badTerritoryId, BadUserInputError, duplicateAs, longText, newId, optionalText, parseTerritoryId, readPage, requiredText, toConnection } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import type { CreateOrganisationInput, QueryOrganisationsArgs, UpdateOrganisationInput } from '../generated/resolvers';
import { ORGANISATION_ORDER } from '../models/organisations/repository';
import type { OrganisationRecord } from '../models/organisations/schema';
import type { Repositories } from '../repositories';
import { staffAuthor } from './access/policy';
import { notNull, slug, website } from './input';
import { territoryArgument } from './lists';
import { nameFields, rankedOrder, rankedPage } from './search';
import { firstVersion, fresh, staffEdit } from './writes';

/** A name search is ranked: exact name, name prefix, word matches, then name. */
const RANKED_ORGANISATIONS = rankedOrder(ORGANISATION_ORDER);

export async function listOrganisations(repositories: Repositories, args: QueryOrganisationsArgs) {
  const criteria = args.filter ?? {};
  const ranked = Boolean(criteria.search);
  const page = readPage(args, ranked ? RANKED_ORGANISATIONS : ORGANISATION_ORDER);
  const filter = { ...criteria, within: territoryArgument(criteria.within) };
  const rows = ranked
    ? await rankedPage(page, (searchRank, rankPage) => repositories.organisations.list({ ...filter, searchRank }, rankPage))
    : await repositories.organisations.list(filter, page);
  return toConnection(rows, page, () => repositories.organisations.count(filter));
}

/** A slug already taken, refused on `<at>.slug` (`input` on creation, `input.changes` on update). */
const slugTaken = (at: string) => duplicateAs<OrganisationRecord>('slug', (o) => new BadUserInputError(`${at}.slug`, `The slug "${o.slug}" is already taken by another organisation.`));

/** The home territory and its scope; it must be a current territory. */
async function home(id: string | null, { loaders }: ActorsContext, at: string): Promise<Pick<OrganisationRecord, 'homeTerritoryId' | 'homeScope'>> {
  if (id === null) return { homeTerritoryId: null, homeScope: [] };
  const territory = parseTerritoryId(id) ? await loaders.territory.load(id) : null;
  if (!territory || territory.retiredIn) throw badTerritoryId(`${at}.homeTerritoryId`, id, 'input');
  return { homeTerritoryId: territory._id, homeScope: territory.scope };
}

export async function createOrganisation(context: ActorsContext, input: CreateOrganisationInput, id: string = newId()): Promise<OrganisationRecord> {
  const author = staffAuthor(context);
  const record = firstVersion<OrganisationRecord>({
    _id: id,
    slug: slug(input.slug, 'input.slug'),
    ...nameFields(requiredText(input.name, 'input.name', 200)),
    kind: input.kind,
    ...(await home(input.homeTerritoryId ?? null, context, 'input')),
    website: website(input.website ?? null, 'input.website'),
    description: optionalText(input.description ?? null, 'input.description', longText(4000)),
  });
  return fresh.organisation(context.loaders, await context.repositories.organisations.create(record, author).catch(slugTaken('input')));
}

export async function updateOrganisation(context: ActorsContext, input: UpdateOrganisationInput): Promise<OrganisationRecord> {
  const { author, version, changes: asked } = staffEdit(context, input);
  const newSlug = notNull(asked.slug, 'input.changes.slug');
  const name = notNull(asked.name, 'input.changes.name');
  const changes: Partial<OrganisationRecord> = {
    ...(newSlug === undefined ? {} : { slug: slug(newSlug, 'input.changes.slug') }),
    ...(name === undefined ? {} : nameFields(requiredText(name, 'input.changes.name', 200))),
    ...(asked.kind === undefined ? {} : { kind: notNull(asked.kind, 'input.changes.kind') }),
    ...(asked.homeTerritoryId === undefined ? {} : await home(asked.homeTerritoryId, context, 'input.changes')),
    ...(asked.website === undefined ? {} : { website: website(asked.website, 'input.changes.website') }),
    ...(asked.description === undefined ? {} : { description: optionalText(asked.description, 'input.changes.description', longText(4000)) }),
  };
  const change = (current: OrganisationRecord) => ({ ...current, ...changes, updatedAt: new Date() });
  return fresh.organisation(context.loaders, await context.repositories.organisations.update(input.id, version, change, author).catch(slugTaken('input.changes')));
}

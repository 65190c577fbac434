// People: their list, and the staff's creates and updates.
import { newId, readPage, requiredText, toConnection } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import type { CreatePersonInput, QueryPeopleArgs, UpdatePersonInput } from '../generated/resolvers';
import { PERSON_ORDER } from '../models/people/repository';
import type { PersonRecord } from '../models/people/schema';
import type { Repositories } from '../repositories';
import { staffAuthor } from './access/policy';
import { notNull } from './input';
import { nameFields, rankedOrder, rankedPage } from './search';
import { firstVersion, fresh, staffEdit } from './writes';

/** A name search is ranked: exact name, name prefix, word matches, then name. */
const RANKED_PEOPLE = rankedOrder(PERSON_ORDER);

export async function listPeople(repositories: Repositories, args: QueryPeopleArgs) {
  const search = args.filter?.search;
  const ranked = Boolean(search);
  const page = readPage(args, ranked ? RANKED_PEOPLE : PERSON_ORDER);
  const rows = ranked
    ? await rankedPage(page, (rank, rankPage) => repositories.people.list(search, rankPage, rank))
    : await repositories.people.list(search, page);
  return toConnection(rows, page, () => repositories.people.count(search));
}

export async function createPerson(context: ActorsContext, input: CreatePersonInput, id: string = newId()): Promise<PersonRecord> {
  const author = staffAuthor(context);
  const record = firstVersion<PersonRecord>({ _id: id, ...nameFields(requiredText(input.name, 'input.name', 200)) });
  return fresh.person(context.loaders, await context.repositories.people.create(record, author));
}

export async function updatePerson(context: ActorsContext, input: UpdatePersonInput): Promise<PersonRecord> {
  const { author, version, changes: asked } = staffEdit(context, input);
  const name = notNull(asked.name, 'input.changes.name');
  const changes = name === undefined ? {} : nameFields(requiredText(name, 'input.changes.name', 200));
  const change = (current: PersonRecord) => ({ ...current, ...changes, updatedAt: new Date() });
  return fresh.person(context.loaders, await context.repositories.people.update(input.id, version, change, author));
}

import { newId, requiredText } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { expectedVersion, notNull } from '../input';
import type { PersonRecord } from '../models/people/schema';
import { nameFields, staffAuthor, timestamps } from './context';
import { fresh } from './fresh';

export interface CreatePersonInput {
  name: string;
}

export interface UpdatePersonInput {
  id: string;
  expectedVersion: number;
  name?: string | null;
}

export async function createPerson(context: ActorsContext, input: CreatePersonInput, id: string = newId()): Promise<PersonRecord> {
  const author = staffAuthor(context);
  const record: PersonRecord = { _id: id, ...nameFields(requiredText(input.name, 'input.name', 200)), version: 1, ...timestamps() };
  return fresh.person(context.loaders, await context.repositories.people.create(record, author));
}

export async function updatePerson(context: ActorsContext, input: UpdatePersonInput): Promise<PersonRecord> {
  const author = staffAuthor(context);
  const version = expectedVersion(input.expectedVersion);
  const name = notNull(input.name, 'input.name');
  const changes = name === undefined ? {} : nameFields(requiredText(name, 'input.name', 200));
  const change = (current: PersonRecord) => ({ ...current, ...changes, updatedAt: new Date() });
  return fresh.person(context.loaders, await context.repositories.people.update(input.id, version, change, author));
}

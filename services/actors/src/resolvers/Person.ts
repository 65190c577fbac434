import type { ActorsContext } from '../context';
import type { PersonRecord } from '../models/people/schema';
import { unlessEnded } from './lists';

export const Person = {
  id: (p: PersonRecord) => p._id,
  positions: async (p: PersonRecord, args: { includeEnded?: boolean | null }, { loaders }: ActorsContext) =>
    unlessEnded(await loaders.positionsByPerson.load(p._id), args.includeEnded),
};

import type { ConventionsContext } from '../context';
import type { ProgrammeRecord } from '../models/programmes/schema';

export const Programme = {
  __resolveReference: (ref: { id: string }, { loaders }: ConventionsContext) => loaders.programme.load(ref.id),
  id: (p: ProgrammeRecord) => p._id,
};

import { requireStaff } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { nameWords, searchableName } from '../search';

/** Every mutation of this subgraph is staff work: refuses anonymous callers, then non-staff ones. */
export function staffAuthor(context: ActorsContext): string | null {
  requireStaff(context.identity);
  return context.identity.subject ?? null;
}

/** The stored search forms of a name. */
export function nameFields(name: string) {
  const searchName = searchableName(name);
  return { name, searchName, nameWords: nameWords(searchName) };
}

export const timestamps = () => {
  const now = new Date();
  return { createdAt: now, updatedAt: now };
};

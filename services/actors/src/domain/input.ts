// Domain checks of mutation input: slugs, websites, dates and periods, versions (generic text checks
// and today() come from the kit's input module). Each names the field at fault (`input.slug`) in
// `extensions.field`; a mutation runs every check before it writes anything.
import { BadUserInputError, requiredText } from '@fabrique/kit';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function slug(value: string, field: string): string {
  if (value.length < 2 || value.length > 80 || !SLUG.test(value)) {
    throw new BadUserInputError(field, `${field} is 2 to 80 lower-case letters, digits and single hyphens, e.g. "collectif-transitions-domes".`);
  }
  return value;
}

export function website(value: string | null, field: string): string | null {
  if (value === null || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new BadUserInputError(field, `${field} is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new BadUserInputError(field, `${field} must be an http(s) address.`);
  return requiredText(url.toString(), field, 300);
}

/** A calendar date written YYYY-MM-DD. */
export function isoDate(value: string, field: string): string {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new BadUserInputError(field, `${field} must be a date written YYYY-MM-DD.`);
  return value;
}

export const optionalDate = (value: string | null, field: string): string | null => (value === null ? null : isoDate(value, field));

/** A period's end is not before its start. */
export function period(since: string | null, until: string | null, field: string): void {
  if (since && until && until < since) throw new BadUserInputError(field, `${field} (${until}) is before the start (${since}).`);
}

/** The value of an update field: the given one, or the current one when the input leaves it out. */
export const given = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);

/** A version to update from: a positive integer. */
export function expectedVersion(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new BadUserInputError('input.expectedVersion', 'input.expectedVersion is the version you edited (1 or more).');
  return value;
}

/** A field an update may leave out but not clear. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw new BadUserInputError(field, `${field} cannot be null.`);
  return value;
}

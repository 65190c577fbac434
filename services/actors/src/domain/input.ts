// Domain checks of mutation input: slugs, websites, periods, versions (generic text checks and today()
// come from the kit's input module; the form of a date or a URL is checked by the kit's scalars). Each names the field at fault (`input.slug`) in
// `extensions.field`; a mutation runs every check before it writes anything.
import { BadUserInputError, requiredText } from '@fabrique/kit';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slug(value: string, field: string): string {
  if (value.length < 2 || value.length > 80 || !SLUG.test(value)) {
    throw new BadUserInputError(field, `${field} is 2 to 80 lower-case letters, digits and single hyphens, e.g. "collectif-transitions-domes".`);
  }
  return value;
}

/** A web site: an http(s) URL of at most 300 characters, written as the URL parser writes it. */
export function website(value: string | null, field: string): string | null {
  if (value === null || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    // The URL scalar has refused it already when it comes from the API.
    throw new BadUserInputError(field, `${field} is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new BadUserInputError(field, `${field} must be an http(s) address.`);
  return requiredText(url.toString(), field, 300);
}

/** A period's end is not before its start. */
export function period(since: string | null, until: string | null, field: string): void {
  if (since && until && until < since) throw new BadUserInputError(field, `${field} (${until}) is before the start (${since}).`);
}

/** The value of an update field: the given one, or the current one when the input leaves it out. */
export const given = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);

/** A field an update may leave out but not clear. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw new BadUserInputError(field, `${field} cannot be null.`);
  return value;
}

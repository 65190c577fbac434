import { UnauthenticatedError } from '@fabrique/kit';

/** The token of an `Authorization: Bearer <token>` header; null without the header. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (header === undefined || header === '') return null;
  const match = typeof header === 'string' ? /^Bearer +(\S+) *$/i.exec(header) : null;
  if (!match) throw new UnauthenticatedError('Send your API token as `Authorization: Bearer <token>`.');
  return match[1]!;
}

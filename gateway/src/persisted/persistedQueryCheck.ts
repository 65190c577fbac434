import { createHash } from 'node:crypto';
import { refusal } from '../errors';

/**
 * The checks Apollo Server makes of a persisted-query extension, refused here with a code (Apollo
 * answers them without one, which reads as an internal error): a version other than 1 is
 * PERSISTED_QUERY_NOT_SUPPORTED, a query whose hash is not the one sent BAD_REQUEST; both 400.
 */
export function checkPersistedQuery(query: unknown, extensions: unknown): void {
  const persisted = (extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery;
  if (!persisted || typeof persisted !== 'object') return;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) {
    throw refusal('PERSISTED_QUERY_NOT_SUPPORTED', 'Only version 1 of automatic persisted queries is supported.', 400);
  }
  if (typeof query === 'string' && createHash('sha256').update(query).digest('hex') !== sha256Hash) {
    throw refusal('BAD_REQUEST', 'The persisted query hash (extensions.persistedQuery.sha256Hash) is not the SHA-256 of the query sent.', 400);
  }
}

// Record ids: random ones for new records, stable ones (a hash of a name) for seeded and reference
// records, so that reseeding finds what it wrote before.

import { createHash, randomBytes } from 'node:crypto';

/** A deterministic 24-hex id (ObjectId-shaped) for seeded records, so reseeding never duplicates. */
export function stableId(namespace: string, key: string): string {
  return createHash('sha1').update(`${namespace}:${key}`).digest('hex').slice(0, 24);
}

/** A new random 24-hex id. */
export function newId(): string {
  return randomBytes(12).toString('hex');
}

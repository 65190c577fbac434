import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Identity } from './identity';

/**
 * API tokens, shared by the actors subgraph (which issues and stores them) and the gateway (which
 * authenticates callers with them).
 *
 * A token is `fdt_<id>_<secret>`: the 24-hex id of its record, then 32 random bytes (base64url). Only
 * the SHA-256 of the whole token is stored. The id lets the record be read by `_id` (the one filter
 * FerretDB hands to SQLite: data/repository.ts), the hash proves the secret.
 */
const TOKEN = /^fdt_([0-9a-f]{24})_([A-Za-z0-9_-]{43})$/;

export function newApiToken(id: string): string {
  return `fdt_${id}_${randomBytes(32).toString('base64url')}`;
}

/** The record id a well-formed token names, or null (then it cannot be valid). */
export function apiTokenId(token: string): string | null {
  return TOKEN.exec(token)?.[1] ?? null;
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The public start of a token, safe to show: `fdt_<id>_` and four characters of the secret. */
export function apiTokenPrefix(token: string): string {
  return token.slice(0, 4 + 24 + 1 + 4);
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * The actors subgraph's internal endpoint that turns a token into an identity. The gateway calls it
 * with an identity header it signed for itself (subject {@link GATEWAY_SUBJECT}); anything else is
 * refused, so it is no oracle for a client that reaches the subgraph directly.
 */
export const AUTHENTICATE_PATH = '/internal/authenticate';
export const GATEWAY_SUBJECT = 'gateway';

export interface AuthenticateRequest {
  tokenId: string;
  /** SHA-256 (hex) of the whole token: the secret itself never leaves the gateway. */
  tokenHash: string;
}

export type AuthenticateResponse =
  | { identity: Identity; expiresAt: string | null }
  | { identity: null; reason: 'UNKNOWN' | 'EXPIRED' | 'REVOKED' };

/**
 * The extension of an actors subgraph response that lists the ids of the tokens a request revoked
 * (whatever the shape of the operation that did it): the gateway drops its verdicts about them at once
 * and removes the extension. Only the gateway reads it: a client never sees it and cannot send it.
 */
export const REVOKED_TOKENS_EXTENSION = 'revokedApiTokens';

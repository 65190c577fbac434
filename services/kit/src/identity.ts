// The identity contract between the gateway and the subgraphs.
//
// The gateway authenticates the caller (API token) and sends the identity to every subgraph in the
// `x-fabrique-identity` header: `v1.<payload>.<signature>`, where payload is the base64url JSON of
// SignedIdentity and signature the base64url HMAC-SHA256 of `v1.<payload>` under
// IDENTITY_SECRET. The identity lives 60 seconds. A request without the header is anonymous; a header
// that is malformed, wrongly signed or expired is refused with UNAUTHENTICATED, so a client reaching a
// subgraph directly can never claim an identity.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from './errors';

export const IDENTITY_HEADER = 'x-fabrique-identity';
const IDENTITY_TTL_SECONDS = 60;

const ROLES = ['ANONYMOUS', 'PARTNER', 'TERRITORY_MEMBER', 'STAFF', 'ADMIN'] as const;
type Role = (typeof ROLES)[number];

export interface Identity {
  role: Role;
  /** Stable id of the caller (API token owner); absent for anonymous callers. */
  subject?: string;
  /** For PARTNER: the organisation the caller acts for. */
  organisationId?: string;
  /** For TERRITORY_MEMBER: the territory the caller acts for (e.g. `DEPARTEMENT:63`). */
  territoryId?: string;
  /** The API token the identity comes from, for audit. */
  tokenId?: string;
}

interface SignedIdentity extends Identity {
  iat: number;
  exp: number;
}

export const ANONYMOUS: Identity = Object.freeze({ role: 'ANONYMOUS' });

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const mac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();

export function signIdentity(identity: Identity, secret: string, now = Date.now(), ttlSeconds = IDENTITY_TTL_SECONDS): string {
  const iat = Math.floor(now / 1000);
  const payload: SignedIdentity = { ...identity, iat, exp: iat + ttlSeconds };
  const body = `v1.${b64(JSON.stringify(payload))}`;
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** Verifies the header value; undefined means anonymous. Throws UNAUTHENTICATED otherwise. */
export function verifyIdentity(header: string | undefined, secret: string, now = Date.now()): Identity {
  if (header === undefined || header === '') return ANONYMOUS;
  const parts = header.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1') throw new UnauthenticatedError('Malformed identity header.');
  const [version, payload, signature] = parts as [string, string, string];
  const expected = mac(secret, `${version}.${payload}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new UnauthenticatedError('Identity signature is invalid.');
  }
  let claims: SignedIdentity;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedIdentity;
  } catch {
    throw new UnauthenticatedError('Malformed identity payload.');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < now) throw new UnauthenticatedError('Identity has expired.');
  if (!ROLES.includes(claims.role)) throw new UnauthenticatedError('Unknown role in identity.');
  const { iat: _iat, exp: _exp, ...identity } = claims;
  return identity;
}

export const isStaff = (identity: Identity) => identity.role === 'STAFF' || identity.role === 'ADMIN';

/** Every mutation refuses anonymous callers. */
export function requireAuthenticated(identity: Identity): void {
  if (identity.role === 'ANONYMOUS') throw new UnauthenticatedError();
}

export function requireStaff(identity: Identity): void {
  requireAuthenticated(identity);
  if (!isStaff(identity)) throw new ForbiddenError('This operation is reserved to Fabrique staff.');
}

/** Staff, or a partner acting for this very organisation. */
export function canActForOrganisation(identity: Identity, organisationId: string): boolean {
  return isStaff(identity) || (identity.role === 'PARTNER' && identity.organisationId === organisationId);
}

/** Staff, or a member acting for this very territory. */
export function canActForTerritory(identity: Identity, territoryId: string): boolean {
  return isStaff(identity) || (identity.role === 'TERRITORY_MEMBER' && identity.territoryId === territoryId);
}

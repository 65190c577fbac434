import { ANONYMOUS, hashApiToken, sameHash, type Identity } from '@fabrique/kit';
import { bearerToken } from './bearer';
import type { TokenVerifier } from './tokenVerifier';

/** The identity of the bootstrap token: an administrator with no database record. */
const BOOTSTRAP_IDENTITY: Identity = Object.freeze({ role: 'ADMIN', subject: 'bootstrap-admin' });

/**
 * Who is calling: ANONYMOUS without an Authorization header; the token's identity with a valid one;
 * UNAUTHENTICATED (HTTP 401) for a malformed, unknown, expired or revoked token.
 */
export function createAuthenticator(verifier: TokenVerifier, bootstrapAdminToken: string | null) {
  const bootstrapHash = bootstrapAdminToken ? hashApiToken(bootstrapAdminToken) : null;
  return async function authenticate(authorization: string | string[] | undefined): Promise<Identity> {
    const token = bearerToken(authorization);
    if (token === null) return ANONYMOUS;
    if (bootstrapHash && sameHash(hashApiToken(token), bootstrapHash)) return BOOTSTRAP_IDENTITY;
    return verifier.verify(token);
  };
}

export type Authenticate = ReturnType<typeof createAuthenticator>;

import {
  apiTokenPrefix,
  ConflictError,
  hashApiToken,
  newApiToken,
  newId,
  NotFoundError,
  sameHash,
  unknownReference,
  type AuthenticateRequest,
  type AuthenticateResponse,
} from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { apiTokenStatus, type ApiTokenRepository } from './models/apiTokens/repository';
import type { ApiTokenRecord } from './models/apiTokens/schema';
import { reportRevocation } from './revocationReport';
import { checkIssueInput, identityOf, requireTokenManager, type IssueInput } from './policy';

export interface IssuedToken {
  token: ApiTokenRecord;
  secret: string;
}

/** Issues a token: the record keeps the hash; the secret goes back to the caller once. */
export async function issueApiToken(input: IssueInput, context: ActorsContext, id: string = newId()): Promise<IssuedToken> {
  const { identity, loaders, repositories } = context;
  requireTokenManager(identity, input.role);
  const now = new Date();
  const checked = checkIssueInput(input, now);
  if (checked.organisationId && !(await loaders.organisation.load(checked.organisationId))) {
    throw unknownReference('input.organisationId', 'Organisation', checked.organisationId, 'input');
  }
  if (checked.territoryId && !(await loaders.territory.load(checked.territoryId))) {
    throw unknownReference('input.territoryId', 'Territory', checked.territoryId, 'input');
  }
  const secret = newApiToken(id);
  const token = await repositories.apiTokens.insert({
    _id: id,
    ...checked,
    tokenHash: hashApiToken(secret),
    prefix: apiTokenPrefix(secret),
    createdAt: now,
    createdBy: identity.subject ?? null,
    revokedAt: null,
    revokedBy: null,
    lastUsedAt: null,
  });
  context.logger.info({ tokenId: id, role: checked.role, by: identity.subject }, 'API token issued');
  return { token, secret };
}

/**
 * A retry of an issue that went through: the secret was shown once (or lost with the answer) and only
 * its hash is kept, so it cannot be shown again; the caller learns which token it was, to revoke it.
 */
export function refuseReissue(token: ApiTokenRecord): never {
  throw new ConflictError(
    `API token ${token._id} was already issued for this idempotencyKey; its secret is shown only once. Revoke it if the secret was lost, then issue a new token with a new key.`,
    undefined,
    { field: 'idempotencyKey', tokenId: token._id },
  );
}

/** The token an earlier attempt issued, for idempotent retries (never answered as such: see refuseReissue). */
export async function issuedToken(id: string, context: ActorsContext): Promise<IssuedToken | null> {
  const token = await context.repositories.apiTokens.findById(id);
  return token && { token, secret: '' };
}

export async function revokeApiToken(id: string, context: ActorsContext): Promise<ApiTokenRecord> {
  const { identity, repositories } = context;
  const token = await repositories.apiTokens.findById(id);
  // Staff see every token; anyone else learns nothing about ids (UNAUTHENTICATED / FORBIDDEN first).
  requireTokenManager(identity, token?.role ?? 'PARTNER');
  if (!token) throw new NotFoundError('API token', id);
  // Reported even when revoked before: a gateway may still hold a verdict from then.
  reportRevocation(context, id);
  if (token.revokedAt) return token;
  const revoked = await repositories.apiTokens.revoke(id, identity.subject ?? null, new Date());
  context.logger.info({ tokenId: id, by: identity.subject }, 'API token revoked');
  return revoked ?? token;
}

/** What the gateway's authentication asks: which identity, if any, this token stands for. */
export async function authenticate(request: AuthenticateRequest, tokens: ApiTokenRepository): Promise<AuthenticateResponse> {
  const token = await tokens.findById(request.tokenId);
  if (!token || !sameHash(token.tokenHash, request.tokenHash)) return { identity: null, reason: 'UNKNOWN' };
  const now = new Date();
  const status = apiTokenStatus(token, now);
  if (status !== 'ACTIVE') return { identity: null, reason: status };
  await tokens.touch(token, now);
  return { identity: identityOf(token), expiresAt: token.expiresAt?.toISOString() ?? null };
}

// API tokens: issuing (the secret is shown once), revoking, and the staff's list of them.
import {
  apiTokenPrefix,
  badTerritoryId,
  ConflictError,
  hashApiToken,
  newApiToken,
  newId,
  NotFoundError,
  parseTerritoryId,
  readPage,
  requestedStatuses,
  requireStaff,
  toConnection,
  unknownReference,
} from '@fabrique/kit';
import type { ActorsContext } from '../../context';
import type { IssueApiTokenInput, QueryApiTokensArgs } from '../../generated/resolvers';
import { API_TOKEN_ORDER } from '../../models/apiTokens/repository';
import type { ApiTokenRecord } from '../../models/apiTokens/schema';
import { reportRevocation } from './revocationReport';
import { checkIssueInput, requireTokenManager } from './policy';

interface IssuedToken {
  token: ApiTokenRecord;
  secret: string;
}

/** Issues a token: the record keeps the hash; the secret goes back to the caller once. */
export async function issueApiToken(context: ActorsContext, input: IssueApiTokenInput, id: string = newId()): Promise<IssuedToken> {
  const { identity, loaders, repositories } = context;
  requireTokenManager(identity, input.role);
  const now = new Date();
  const checked = checkIssueInput(input, now);
  if (checked.organisationId && !(await loaders.organisation.load(checked.organisationId))) {
    throw unknownReference('input.organisationId', 'Organisation', checked.organisationId, 'input');
  }
  if (checked.territoryId && !(parseTerritoryId(checked.territoryId) && (await loaders.territory.load(checked.territoryId)))) {
    throw badTerritoryId('input.territoryId', checked.territoryId, 'input');
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
export async function issuedToken(context: ActorsContext, id: string): Promise<IssuedToken | null> {
  const token = await context.repositories.apiTokens.findById(id);
  return token && { token, secret: '' };
}

export async function revokeApiToken(context: ActorsContext, id: string): Promise<ApiTokenRecord> {
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

/** The tokens, newest first (staff only). */
export async function listApiTokens(context: ActorsContext, args: QueryApiTokensArgs) {
  requireStaff(context.identity);
  const page = readPage(args, API_TOKEN_ORDER);
  const { statuses, ...rest } = args.filter ?? {};
  const filter = { ...rest, statuses: requestedStatuses(statuses, 'filter.statuses') };
  const now = new Date();
  const tokens = context.repositories.apiTokens;
  return toConnection(await tokens.list(filter, page, now), page, () => tokens.count(filter, now));
}

/** One token by id (staff only). */
export function findApiToken(context: ActorsContext, id: string) {
  requireStaff(context.identity);
  return context.repositories.apiTokens.findById(id);
}

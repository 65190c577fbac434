// The gateway's token check, `POST /internal/authenticate` (see @fabrique/kit's apiTokens module):
// which identity, if any, a token stands for. Only the gateway may call it.
import {
  AUTHENTICATE_PATH,
  GATEWAY_SUBJECT,
  IDENTITY_HEADER,
  readBody,
  sameHash,
  sendJson,
  verifyIdentity,
  type AuthenticateRequest,
  type AuthenticateResponse,
  type Logger,
  type RouteHandler,
} from '@fabrique/kit';
import { apiTokenStatus, type ApiTokenRepository } from '../../models/apiTokens/repository';
import type { Repositories } from '../../repositories';
import { identityOf } from './policy';

/** What the gateway's authentication asks: which identity, if any, this token stands for. */
async function authenticate(request: AuthenticateRequest, tokens: ApiTokenRepository): Promise<AuthenticateResponse> {
  const token = await tokens.findById(request.tokenId);
  if (!token || !sameHash(token.tokenHash, request.tokenHash)) return { identity: null, reason: 'UNKNOWN' };
  const now = new Date();
  const status = apiTokenStatus(token, now);
  if (status !== 'ACTIVE') return { identity: null, reason: status };
  await tokens.touch(token, now);
  return { identity: identityOf(token), expiresAt: token.expiresAt?.toISOString() ?? null };
}

function isGateway(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string' || header === '') return false;
  try {
    return verifyIdentity(header, secret).subject === GATEWAY_SUBJECT;
  } catch {
    return false;
  }
}

function parseRequest(text: string): AuthenticateRequest | null {
  try {
    const body = JSON.parse(text) as Partial<AuthenticateRequest>;
    if (typeof body.tokenId !== 'string' || typeof body.tokenHash !== 'string') return null;
    if (!/^[0-9a-f]{24}$/.test(body.tokenId) || !/^[0-9a-f]{64}$/.test(body.tokenHash)) return null;
    return { tokenId: body.tokenId, tokenHash: body.tokenHash };
  } catch {
    return null;
  }
}

/** The route: the gateway's own signed identity header is required. */
export function accessRoutes(services: { repositories: Repositories; identitySecret: string; logger: Logger }): Record<string, RouteHandler> {
  return {
    [`POST ${AUTHENTICATE_PATH}`]: async (req, res) => {
      if (!isGateway(req.headers[IDENTITY_HEADER], services.identitySecret)) {
        return sendJson(res, 401, { error: 'Only the gateway may call this endpoint.' });
      }
      const request = parseRequest(await readBody(req, 10_000).catch(() => ''));
      if (!request) return sendJson(res, 400, { error: 'Expected {"tokenId": "<24 hex>", "tokenHash": "<64 hex>"}.' });
      sendJson(res, 200, await authenticate(request, services.repositories.apiTokens));
    },
  };
}

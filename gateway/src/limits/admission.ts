import type { IncomingMessage } from 'node:http';
import { errorCode, type Identity } from '@fabrique/kit';
import type { Authenticate } from '../auth/authenticator';
import { refusal } from '../errors';
import { clientAddress } from '../http/clientAddress';
import { recordOf } from '../http/requestRecord';
import type { RateLimiter } from './rateLimiter';
import { checkRequestShape } from './requestShape';

interface AdmissionOptions {
  authenticate: Authenticate;
  /** Null: no rate limit. */
  rateLimiter: RateLimiter | null;
  maxBatch: number;
  trustProxy: boolean;
  onRateLimited?: () => void;
  /** Told the code of every refusal (for the log line and metrics). */
  onRefused?: (req: IncomingMessage, code: string) => void;
}

/** Where the rate-limit headers go: the response (an export's, until it starts: see exports/pages.ts). */
interface HeaderTarget {
  setHeader(name: string, value: string): unknown;
}

/** Whose counter a request uses: its token's, or its address's when anonymous or refused. */
function rateKey(identity: Identity | null, req: IncomingMessage, trustProxy: boolean): string {
  if (identity?.tokenId) return `token:${identity.tokenId}`;
  if (identity?.subject) return `subject:${identity.subject}`;
  return `address:${clientAddress(req, trustProxy)}`;
}

export type Admit = (req: IncomingMessage, res: HeaderTarget, body: unknown) => Promise<void>;

/**
 * What every GraphQL request goes through once its body is read, before Apollo: the batch size, the
 * request's shape (JSON depth, persisted-query extension), the caller's identity (401 for a bad token),
 * then the caller's rate limit (429). A refused token also counts against its address, so guessing
 * tokens is rate limited too.
 */
export function createAdmission(options: AdmissionOptions): Admit {
  async function limitRate(req: IncomingMessage, res: HeaderTarget, identity: Identity | null, weight: number) {
    if (!options.rateLimiter) return;
    const decision = await options.rateLimiter.consume(rateKey(identity, req, options.trustProxy), weight);
    res.setHeader('x-ratelimit-limit', String(decision.limit));
    res.setHeader('x-ratelimit-remaining', String(decision.remaining));
    res.setHeader('x-ratelimit-reset', String(decision.resetSeconds));
    if (decision.allowed) return;
    options.onRateLimited?.();
    res.setHeader('retry-after', String(decision.resetSeconds));
    throw refusal('RATE_LIMITED', `Too many requests: at most ${decision.limit} operations per window. Retry in ${decision.resetSeconds} s.`, 429, {
      retryAfter: decision.resetSeconds,
    });
  }

  async function admit(req: IncomingMessage, res: HeaderTarget, body: unknown): Promise<void> {
    const operations = Array.isArray(body) ? body.length : 1;
    if (operations > options.maxBatch) {
      throw refusal('BATCH_TOO_LARGE', `A batch holds at most ${options.maxBatch} operations; this one has ${operations}.`, 400, {
        max: options.maxBatch,
      });
    }
    checkRequestShape(req, body);
    let identity: Identity;
    try {
      identity = await options.authenticate(req.headers.authorization);
    } catch (error) {
      if (errorCode(error) === 'UNAUTHENTICATED') await limitRate(req, res, null, 1);
      throw error;
    }
    recordOf(req).identity = identity;
    await limitRate(req, res, identity, Math.max(operations, 1));
  }

  return async (req: IncomingMessage, res: HeaderTarget, body: unknown): Promise<void> => {
    try {
      await admit(req, res, body);
    } catch (error) {
      options.onRefused?.(req, errorCode(error) ?? 'INTERNAL_SERVER_ERROR');
      throw error;
    }
  };
}

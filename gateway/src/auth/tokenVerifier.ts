import {
  apiTokenId,
  AUTHENTICATE_PATH,
  GATEWAY_SUBJECT,
  hashApiToken,
  IDENTITY_HEADER,
  signIdentity,
  UnauthenticatedError,
  type AuthenticateResponse,
  type Identity,
  type Logger,
} from '@fabrique/kit';
import { refusal } from '../errors';
import type { Fetch } from '../subgraphs/fetcher';

interface Verdict {
  identity: Identity | null;
  reason: string;
  tokenId: string;
  /** Epoch ms after which the verdict must be asked again. */
  until: number;
}

interface TokenVerifierOptions {
  actorsUrl: string;
  identitySecret: string;
  /** How long a verdict (acceptance or refusal) is reused; 0: never. */
  cacheSeconds: number;
  fetch: Fetch;
  onLookup?: (result: 'hit' | 'miss') => void;
  logger?: Logger;
  /** Most verdicts kept; the oldest go first. */
  maxEntries?: number;
}

const REFUSALS: Record<string, string> = {
  MALFORMED: 'This is not an API token of this platform.',
  UNKNOWN: 'This API token is not valid.',
  EXPIRED: 'This API token has expired: ask Fabrique staff for a new one.',
  REVOKED: 'This API token has been revoked.',
};

/**
 * Turns an API token into an identity by asking the actors subgraph (which stores the tokens), and
 * remembers the verdict for `cacheSeconds`, keyed by the token's hash (the secret is not kept).
 * A revocation the actors subgraph reports through this gateway, or one announced over Redis, evicts
 * the token at once (`evict`, see revocationReports.ts); any other takes effect when the verdict expires.
 */
export class TokenVerifier {
  private readonly verdicts = new Map<string, Verdict>();
  private readonly pending = new Map<string, Promise<Verdict>>();
  /** Bumped by every eviction: a check that was running meanwhile is not cached. */
  private epoch = 0;

  constructor(private readonly options: TokenVerifierOptions) {}

  async verify(token: string): Promise<Identity> {
    const hash = hashApiToken(token);
    let verdict = this.verdicts.get(hash);
    if (verdict && verdict.until > Date.now()) {
      this.options.onLookup?.('hit');
    } else {
      this.options.onLookup?.('miss');
      verdict = await this.check(token, hash);
    }
    if (!verdict.identity) throw new UnauthenticatedError(REFUSALS[verdict.reason] ?? REFUSALS.UNKNOWN);
    return verdict.identity;
  }

  /** Forgets every verdict about this token (after its revocation). */
  evict(tokenId: string): void {
    this.epoch += 1;
    for (const [hash, verdict] of this.verdicts) if (verdict.tokenId === tokenId) this.verdicts.delete(hash);
  }

  private check(token: string, hash: string): Promise<Verdict> {
    const running = this.pending.get(hash);
    if (running) return running;
    const epoch = this.epoch;
    const promise = this.ask(token, hash)
      .then((verdict) => {
        if (epoch === this.epoch && verdict.until > Date.now()) this.remember(hash, verdict);
        return verdict;
      })
      .finally(() => this.pending.delete(hash));
    this.pending.set(hash, promise);
    return promise;
  }

  private remember(hash: string, verdict: Verdict): void {
    this.verdicts.delete(hash);
    this.verdicts.set(hash, verdict);
    const max = this.options.maxEntries ?? 10_000;
    for (const oldest of this.verdicts.keys()) {
      if (this.verdicts.size <= max) break;
      this.verdicts.delete(oldest);
    }
  }

  private async ask(token: string, tokenHash: string): Promise<Verdict> {
    const now = Date.now();
    const until = now + this.options.cacheSeconds * 1000;
    const tokenId = apiTokenId(token);
    if (!tokenId) return { identity: null, reason: 'MALFORMED', tokenId: '', until };
    let answer: AuthenticateResponse;
    try {
      const response = await this.options.fetch(new URL(AUTHENTICATE_PATH, this.options.actorsUrl).toString(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: signIdentity({ role: 'ANONYMOUS', subject: GATEWAY_SUBJECT }, this.options.identitySecret),
        },
        body: JSON.stringify({ tokenId, tokenHash }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      answer = (await response.json()) as AuthenticateResponse;
    } catch (error) {
      this.options.logger?.error({ err: error }, 'token check failed: the actors subgraph does not answer');
      throw refusal('SUBGRAPH_UNAVAILABLE', 'Authentication is unavailable (the actors service does not answer); try again shortly.', 503, { service: 'actors' });
    }
    if (!answer.identity) return { identity: null, reason: answer.reason, tokenId, until };
    const expires = answer.expiresAt ? Date.parse(answer.expiresAt) : Infinity;
    return { identity: answer.identity, reason: 'OK', tokenId, until: Math.min(until, expires) };
  }
}

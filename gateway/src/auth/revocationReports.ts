import { REVOKED_TOKENS_EXTENSION } from '@fabrique/kit';
import type { RevocationBus } from './revocations';
import type { TokenVerifier } from './tokenVerifier';

const TOKEN_ID = /^[0-9a-f]{24}$/;

/**
 * Reads what the actors subgraph reports it revoked (see @fabrique/kit's REVOKED_TOKENS_EXTENSION),
 * however the operation was written: this gateway drops its verdicts at once, before the response
 * goes back, and the other instances are told when they share a Redis. The report is removed from
 * the subgraph's response. Only subgraph responses carry it: nothing a client sends reaches here.
 */
export function revocationReader(verifier: TokenVerifier, revocations: RevocationBus | null) {
  return (extensions: Record<string, unknown>): void => {
    const reported = extensions[REVOKED_TOKENS_EXTENSION];
    delete extensions[REVOKED_TOKENS_EXTENSION];
    if (!Array.isArray(reported)) return;
    for (const id of reported) {
      if (typeof id !== 'string' || !TOKEN_ID.test(id)) continue;
      verifier.evict(id);
      revocations?.publish(id);
    }
  };
}

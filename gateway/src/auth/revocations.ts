// Tells every gateway instance that a token was revoked, so each drops its cached verdict at once
// (without it, the others notice within TOKEN_CACHE_SECONDS). Over Redis pub/sub when REDIS_URL is set.

import type { Logger } from '@fabrique/kit';
import { redisChannel, type Channel } from '../cluster/redisChannel';

export type RevocationBus = Channel;

export const redisRevocationBus = (url: string, onRevoked: (tokenId: string) => void, logger: Logger): RevocationBus =>
  redisChannel(url, 'fabrique:api-token-revoked', onRevoked, logger, 'token revocations');

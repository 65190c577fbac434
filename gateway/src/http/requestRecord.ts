import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Identity } from '@fabrique/kit';

/**
 * What the gateway learns about one HTTP request as it goes (who, which operations, which errors),
 * for its log line and its metrics when the response ends.
 */
export interface RequestRecord {
  requestId: string;
  startedAt: bigint;
  identity: Identity;
  /** One per operation (several in a batch), as they resolve. */
  operations: string[];
  errorCodes: string[];
  /** The response cache's generation when the request arrived (see cache/responseCache.ts). */
  cacheGeneration: number;
  /** Set when the answer may go to the public read cache. */
  cacheable: boolean;
  /** What that answer depends on (see cache/dependencies.ts). */
  cacheTags: string[];
}

const records = new WeakMap<IncomingMessage, RequestRecord>();

export function startRecord(req: IncomingMessage, requestId: string): RequestRecord {
  const record: RequestRecord = {
    requestId,
    startedAt: process.hrtime.bigint(),
    identity: ANONYMOUS,
    operations: [],
    errorCodes: [],
    cacheGeneration: 0,
    cacheable: false,
    cacheTags: [],
  };
  records.set(req, record);
  return record;
}

export function recordOf(req: IncomingMessage): RequestRecord {
  const record = records.get(req);
  if (!record) throw new Error('No request record: the gateway handler did not see this request.');
  return record;
}

export const secondsSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

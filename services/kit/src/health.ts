import { withDeadline, cachedProbe } from './cachedProbe';
import type { Database } from './data/database';
import { DATABASE_UNREACHABLE } from './databaseOutage';

export interface HealthStatus {
  ok: boolean;
  /** Why not, when not ok (e.g. "database unreachable"). */
  reason?: string;
}

/** Longest a health check waits for the database's answer: /health must answer within a second. */
const PING_DEADLINE_MS = 700;

/**
 * The database's health as /health and /ready report it: a ping answered within the deadline, probed at
 * most once a second however many callers ask (see cachedProbe).
 */
export function databaseHealth(database: Database): () => Promise<HealthStatus> {
  return cachedProbe(async () => {
    // Mongoose knows the connection is down as soon as the driver does: no need to wait for a ping.
    const up = database.connection.readyState === 1 && (await withDeadline(database.ping(), PING_DEADLINE_MS, false));
    return up ? { ok: true } : { ok: false, reason: DATABASE_UNREACHABLE };
  });
}

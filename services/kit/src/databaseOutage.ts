// Errors meaning "the database cannot be reached right now" (server selection gave up, a connection
// broke, the pool was cleared after a network error), as opposed to a bug or a refused command.
// They are named, not imported: mongoose and the driver both raise them.

const UNREACHABLE = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoPoolClearedError',
]);

export const DATABASE_UNREACHABLE = 'database unreachable';

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e = error as { name?: string; cause?: unknown } | null | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth += 1) {
    if (typeof e.name === 'string' && UNREACHABLE.has(e.name)) return true;
  }
  return false;
}

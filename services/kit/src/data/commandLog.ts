// Each database command with its duration, at LOG_LEVEL=debug: where a request's time goes, command by
// command (the profile of issue 15 was taken this way). A command is logged with its request's id, its
// collection and the shape of its filter: fields and operators, never values (ids, words searched).
import type { Connection } from 'mongoose';
import type { Logger } from '../logger';

type MongoClient = ReturnType<Connection['getClient']>;

/** A filter's shape: its fields and operators, each value `?` and each array of values its length. */
export function filterShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.every(isDocument) && value.length > 0 ? value.map(filterShape) : `[${value.length}]`;
  return isDocument(value) ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, filterShape(v)])) : '?';
}

/** A plain document (not an array, a date, an ObjectId or another BSON value). */
export function isDocument(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !(value instanceof Date) && !('_bsontype' in value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** What a command reads or writes, in shapes: its filter, sort and limit, a pipeline's stages, a write's count. */
export function commandSummary(name: string, command: Record<string, unknown>): Record<string, unknown> {
  const summary: Record<string, unknown> = { command: name, collection: typeof command[name] === 'string' ? command[name] : undefined };
  if (command.filter) summary.filter = filterShape(command.filter);
  if (command.query) summary.filter = filterShape(command.query);
  // The driver hands a sort as a Map (key order kept), which JSON would write as {}.
  if (command.sort) summary.sort = command.sort instanceof Map ? Object.fromEntries(command.sort) : command.sort;
  if (command.limit) summary.limit = command.limit;
  if (Array.isArray(command.pipeline)) summary.pipeline = command.pipeline.map((stage: Record<string, unknown>) => ('$match' in stage ? { $match: filterShape(stage.$match) } : Object.keys(stage)[0]));
  for (const writes of ['documents', 'updates', 'deletes']) if (Array.isArray(command[writes])) summary[writes] = (command[writes] as unknown[]).length;
  return summary;
}

/**
 * Logs every command the client sends (but the driver's own) once answered, with its duration in ms and
 * the request it was sent for (`requestOf`: the caller's request id, where it runs in one). Nothing is
 * listened to unless the logger writes debug lines.
 */
export function logCommands(client: MongoClient, logger: Logger, ignored: ReadonlySet<string>, requestOf: () => string | undefined): void {
  if (!logger.isLevelEnabled('debug')) return;
  const sent = new Map<number, { at: number; summary: Record<string, unknown>; requestId?: string }>();
  client.on('commandStarted', (event) => {
    if (ignored.has(event.commandName)) return;
    sent.set(event.requestId, { at: performance.now(), summary: commandSummary(event.commandName, event.command), requestId: requestOf() });
  });
  const answered = (ok: boolean) => (event: { requestId: number }) => {
    const command = sent.get(event.requestId);
    if (!command) return;
    sent.delete(event.requestId);
    logger.debug({ ...command.summary, requestId: command.requestId, ms: Math.round(performance.now() - command.at), ok }, 'database command');
  };
  client.on('commandSucceeded', answered(true));
  client.on('commandFailed', answered(false));
}

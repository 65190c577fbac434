import { AsyncLocalStorage } from 'node:async_hooks';
import mongoose, { type Connection, type Model, type MongooseQueryMiddleware, type Query, type Schema } from 'mongoose';
import { DEFAULT_DATABASE_TIMEOUT_MS } from '../config';
import type { Logger } from '../logger';
import { logCommands } from './commandLog';
import { indexesOnlyOn, listReadsOf } from './engine';

/**
 * Counts the commands sent to the database (round trips), in total and per request,
 * so tests can assert batching and benchmarks can report round trips per request.
 */
export class RoundTripCounter {
  total = 0;
  private readonly scope = new AsyncLocalStorage<{ count: number; requestId?: string }>();

  record(): void {
    this.total += 1;
    const store = this.scope.getStore();
    if (store) store.count += 1;
  }

  /** Runs `work` and reports how many commands it sent, along with its result. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: number }> {
    const store = { count: 0 };
    const result = await this.scope.run(store, work);
    return { result, roundTrips: store.count };
  }

  /** Whether the caller runs inside a counting scope: a request's work rather than start-up or background work. */
  get inScope(): boolean {
    return this.scope.getStore() !== undefined;
  }

  /** Runs `work` inside a counting scope (request `requestId`'s) and returns the live store (read it once work is done). */
  track<T>(work: () => T, requestId?: string): { result: T; store: { count: number } } {
    const store = { count: 0, requestId };
    return { result: this.scope.run(store, work), store };
  }

  /** The id of the request the caller works for, where it runs in a scope given one (the command log's). */
  get requestId(): string | undefined {
    return this.scope.getStore()?.requestId;
  }
}

export interface Database {
  connection: Connection;
  roundTrips: RoundTripCounter;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// Driver-internal commands that are not the application's round trips.
const IGNORED_COMMANDS = new Set(['endSessions', 'hello', 'isMaster', 'ismaster']);

/**
 * Documents per reply for every find and aggregation. The driver's default first batch is 101
 * documents, then one more round trip per further batch: a request's round trips would grow with the
 * size of its results (a page of 100 territories and their conventions). The server still caps a reply
 * at 16 MB.
 */
export const ONE_REPLY_BATCH_SIZE = 100_000;

/**
 * Gives every find and aggregation of a connection's models `ONE_REPLY_BATCH_SIZE`, unless it sets its own.
 * On FerretDB 2 with DocumentDB (`unordered`, engine.ts), a find that sorts or limits and an aggregation
 * are also asked as a single batch (`singleBatch`, DocumentDB's `cursor.singleBatch`): DocumentDB keeps
 * such a query's cursor on its connection ("persisted"), and FerretDB before 2.7 then takes that
 * PostgreSQL connection out of its pool and closes it, even when the first reply held everything
 * (FerretDB/FerretDB#5443): every such query opened a new PostgreSQL connection, 8–10 ms of a fresh
 * backend against under 1 ms (measured here on 2.5: a sorted find of no result 8.0 ms and 14 connections
 * opened for 15, 0.7 ms and none as a single batch). A single batch ends at the batch size or at 16 MB:
 * what a query set its own batch size for (a maintenance cursor) is never asked so, a result that fills
 * the batch fails rather than being cut (oneReplyChecked), and a result that may have been cut at 16 MB
 * is read again through a cursor (mayBeCut).
 */
function oneReplyPerQuery(schema: Schema): void {
  schema.pre('find', async function () {
    if (this.getOptions().batchSize !== undefined) return;
    this.batchSize(ONE_REPLY_BATCH_SIZE);
    const { sort, limit } = this.getOptions();
    if ((sort || limit !== undefined) && (await singleBatches(this.model.db))) this.setOptions({ singleBatch: true });
  });
  schema.post('find', async function (rows: unknown) {
    if (!this.getOptions().singleBatch) return;
    oneReplyChecked(rows);
    if (!mayBeCut(rows, this.getOptions().limit)) return;
    // Its own batch size: not asked as a single batch again (the pre hook above), the rest read by getMore.
    replaceRows(rows, await this.clone().setOptions({ singleBatch: false, batchSize: ONE_REPLY_BATCH_SIZE }).exec());
  });
  schema.pre('aggregate', async function () {
    const options = this.options as { batchSize?: number; cursor?: Record<string, unknown> };
    if (options.batchSize !== undefined) return;
    options.batchSize = ONE_REPLY_BATCH_SIZE;
    if (await singleBatches(this.model().db)) options.cursor = { ...options.cursor, singleBatch: true };
  });
  schema.post('aggregate', async function (rows: unknown) {
    const options = this.options as { cursor?: Record<string, unknown> };
    if (!options.cursor?.singleBatch) return;
    oneReplyChecked(rows);
    if (!mayBeCut(rows)) return;
    // Without `cursor` (given one, exec returns a cursor, not the rows) and with its own batch size (not a single batch again).
    const { cursor: _singleBatch, ...asked } = this.options as Record<string, unknown>;
    const again = this.model().aggregate(this.pipeline());
    again.options = { ...asked, batchSize: ONE_REPLY_BATCH_SIZE } as typeof again.options;
    replaceRows(rows, await again.exec());
  });
}

/**
 * Bytes of records in a single batch from which it may have been cut at the reply's 16 MB (DocumentDB cut a
 * sorted read of 40 records of 800 KB to its first 20, without an error). The margin is the largest record
 * the services write (an experience with every text at its input limit: about 1.2 MB in UTF-8), three times over.
 */
export const SINGLE_BATCH_SAFE_BYTES = 12 * 1024 * 1024;

/**
 * Whether a single batch may have been cut at 16 MB: it holds fewer rows than its limit (one that reached
 * its limit holds every row asked) and its records come to SINGLE_BATCH_SAFE_BYTES. Sizing costs a walk of
 * the rows' fields (strings measured natively: 0.17 ms for 101 records of 3.4 KB), paid only by results short of their limit.
 */
export function mayBeCut(rows: unknown, limit?: number): boolean {
  if (!Array.isArray(rows) || rows.length === 0) return false;
  if (limit !== undefined && limit > 0 && rows.length >= limit) return false;
  let bytes = 0;
  for (const row of rows) {
    // A hydrated document's fields are in `_doc`.
    const fields = (row as { _doc?: object })._doc ?? (row as object);
    bytes += mongoose.mongo.BSON.calculateObjectSize(fields as mongoose.mongo.Document);
    if (bytes >= SINGLE_BATCH_SAFE_BYTES) return true;
  }
  return false;
}

/** Puts `whole` in place of the rows a hook was given (the caller holds that array). */
function replaceRows(rows: unknown, whole: unknown): void {
  if (!Array.isArray(rows) || !Array.isArray(whole)) return;
  rows.length = 0;
  for (const row of whole) rows.push(row);
}

/** Whether the engine behind `connection` is asked single batches (see oneReplyPerQuery); an engine not known yet is not. */
const singleBatches = (connection: Connection): Promise<boolean> => listReadsOf(connection).then((reads) => reads === 'unordered', () => false);

/** A single batch as full as the batch size may have been cut: an error, never a silently shorter result. */
export function oneReplyChecked(rows: unknown): void {
  if (Array.isArray(rows) && rows.length >= ONE_REPLY_BATCH_SIZE) throw new Error(`A query read ${rows.length} records in one reply, the most one reply holds: read them with a cursor of its own batch size.`);
}

const LIMITED_QUERIES: MongooseQueryMiddleware[] = ['find', 'findOne', 'countDocuments', 'estimatedDocumentCount', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete', 'updateOne', 'updateMany', 'replaceOne', 'deleteOne', 'deleteMany'];

/**
 * Gives every query and aggregation a request starts (inside the round-trip counter's scope) a
 * server-side time limit, `maxTimeMS`, so that work a client gave up on stops on the server too.
 * Start-up and background work (index builds, imports, the territory snapshot) has none: nobody waits
 * for it and it may legitimately read a whole large collection. Where FerretDB ignores maxTimeMS
 * (repository.ts), work rests on bounded inputs (the kit's input module).
 */
function requestTimeLimit(maxTimeMS: number, inRequest: () => boolean) {
  return (schema: Schema): void => {
    schema.pre(LIMITED_QUERIES, function (this: Query<unknown, unknown>) {
      if (inRequest() && this.getOptions().maxTimeMS === undefined) this.maxTimeMS(maxTimeMS);
    });
    schema.pre('aggregate', function () {
      const options = this.options as { maxTimeMS?: number };
      if (inRequest() && options.maxTimeMS === undefined) options.maxTimeMS = maxTimeMS;
    });
  };
}

/**
 * How long a command waits for a reachable database before failing with SERVICE_UNAVAILABLE: well under
 * the gateway's subgraph timeout, so an outage is reported as such instead of as a timeout.
 */
const DATABASE_SELECTION_TIMEOUT_MS = 1_500;
/**
 * Opening a socket (and each heartbeat's) gives up after this. Generous: a database slow to answer under
 * load must not be taken for a dead one (a killed server refuses connections at once, whatever this is).
 */
const DATABASE_CONNECT_TIMEOUT_MS = 10_000;
/** How long start-up waits for the database to be reachable (a busy or just-started server answers late). */
const FIRST_CONNECTION_TIMEOUT_MS = 15_000;

/**
 * Opens the connection, trying again while the server cannot be selected: the short selection timeout
 * that makes an outage fail fast at run time must not fail a start on a busy machine.
 */
async function openConnection(open: () => Connection): Promise<Connection> {
  const deadline = Date.now() + FIRST_CONNECTION_TIMEOUT_MS;
  for (;;) {
    const connection = open();
    try {
      return await connection.asPromise();
    } catch (error) {
      await connection.close().catch(() => undefined);
      if ((error as Error).name !== 'MongooseServerSelectionError' || Date.now() >= deadline) throw error;
    }
  }
}

/** `logger`: where each command is logged with its duration, when it writes debug lines (commandLog.ts). */
export async function connectDatabase(options: { uri: string; name: string; timeoutMs?: number; logger?: Logger }): Promise<Database> {
  const roundTrips = new RoundTripCounter();
  const connection = await openConnection(() => {
    const opening = mongoose.createConnection(options.uri, {
      dbName: options.name,
      monitorCommands: true,
      autoIndex: false,
      autoCreate: false,
      bufferCommands: false,
      serverSelectionTimeoutMS: DATABASE_SELECTION_TIMEOUT_MS,
      connectTimeoutMS: DATABASE_CONNECT_TIMEOUT_MS,
      // A read whose connection broke is not sent again after reconnecting: its client has usually given up
      // by then (the gateway waits 10 s), and replaying it would only add load to a database in trouble.
      // Writes keep the default: MongoDB applies a retried write once (FerretDB and standalone servers never retry).
      retryReads: false,
    });
    opening.plugin(oneReplyPerQuery);
    opening.plugin(requestTimeLimit(options.timeoutMs ?? DEFAULT_DATABASE_TIMEOUT_MS, () => roundTrips.inScope));
    return opening;
  });
  // What the engine does with sorted pages shapes some queries (engine.ts): asked once now, not by a request
  // (a failed question is asked again when a query needs it).
  await listReadsOf(connection).catch(() => undefined);
  connection.getClient().on('commandStarted', (event) => {
    if (!IGNORED_COMMANDS.has(event.commandName)) roundTrips.record();
  });
  if (options.logger) logCommands(connection.getClient(), options.logger, IGNORED_COMMANDS, () => roundTrips.requestId);
  return {
    connection,
    roundTrips,
    async ping() {
      try {
        await connection.db!.command({ ping: 1 });
        return true;
      } catch {
        return false;
      }
    },
    close: () => connection.close(),
  };
}

/** Creates the declared indexes of every model, and those declared for this engine only (explicitly, at start-up, not on first use). */
export async function ensureIndexes(models: AnyModel[]): Promise<void> {
  for (const model of models) {
    await model.createCollection().catch((error: { codeName?: string; code?: number }) => {
      if (error.code !== 48 && error.codeName !== 'NamespaceExists') throw error;
    });
    await model.createIndexes();
    for (const index of indexesOnlyOn(await listReadsOf(model.db), model.schema)) await model.collection.createIndex(index.fields, index.options ?? {});
  }
}

/** Any mongoose model, whatever its document, query helper and virtual types. */
export type AnyModel = Model<any, any, any, any, any, any>;

const DUPLICATE_KEY = 11000;

/**
 * Whether a write was refused by a unique index, as MongoDB, FerretDB (repository.ts) or a repository
 * (DuplicateKeyError) reports it.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  const e = error as { code?: number; message?: string; writeErrors?: Array<{ code?: number }> } | null;
  return (
    error instanceof DuplicateKeyError ||
    e?.code === DUPLICATE_KEY ||
    Boolean(e?.writeErrors?.some((w) => w.code === DUPLICATE_KEY)) ||
    /UNIQUE constraint failed/.test(String(e?.message ?? ''))
  );
}

/**
 * A write a unique index refused, as repositories report it: the collection, the indexed field(s) and
 * the refused record. The domain turns it into the client's error (see `duplicateAs`).
 */
/**
 * Inserts a record whose unique key may already be taken: whether this call inserted it. The one way a
 * claim is made here (a version, an idempotency key, a counter change): an insert into a unique index
 * is atomic on FerretDB too.
 */
export async function insertClaim(model: AnyModel, record: object): Promise<boolean> {
  try {
    await model.create(record);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

export class DuplicateKeyError<T = unknown> extends Error {
  constructor(
    readonly collection: string,
    readonly field: string,
    readonly record: T,
  ) {
    super(`A ${collection} record with this ${field} exists already.`);
    this.name = 'DuplicateKeyError';
  }
}

/** The unique index a duplicate key error names, or the model's only unique index (FerretDB names none). */
export function uniqueFieldOf(model: AnyModel, error: unknown): string {
  const pattern = (error as { keyPattern?: Record<string, unknown> } | null)?.keyPattern;
  if (pattern) return Object.keys(pattern).join(',');
  const unique = model.schema.indexes().filter(([, options]) => options?.unique);
  return unique.length === 1 ? Object.keys(unique[0]![0]).join(',') : '_id';
}

/** `.catch` handler mapping a DuplicateKeyError on `field` to the domain's error; anything else is rethrown. */
export function duplicateAs<T>(field: string, toError: (record: T) => Error) {
  return (error: unknown): never => {
    if (error instanceof DuplicateKeyError && error.field === field) throw toError(error.record as T);
    throw error;
  };
}

/**
 * Seeding helper: inserts the records whose `_id` is missing and leaves existing ones alone (they may
 * have been edited since), so running a seed twice duplicates and overwrites nothing. Returns how many
 * were missing (a concurrent seed may have inserted some of them first).
 */
export async function insertMissing<T extends { _id: string }>(model: AnyModel, records: readonly T[]): Promise<number> {
  if (records.length === 0) return 0;
  // Not an upsert with $setOnInsert (see repository.ts).
  const ids = records.map((r) => r._id);
  const present = new Set((await model.find({ _id: { $in: ids } }, { _id: 1 }).lean().exec()).map((r: { _id: string }) => r._id));
  const missing = records.filter((r) => !present.has(r._id));
  if (missing.length === 0) return 0;
  try {
    await model.insertMany(missing, { ordered: false });
  } catch (error) {
    // A concurrent seed inserted some of them first: that is the outcome we wanted.
    if (!isDuplicateKeyError(error)) throw error;
  }
  return missing.length;
}

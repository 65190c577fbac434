// Idempotent creates: a client that lost the answer to a create (a timeout, a database outage) sends it
// again with the same `idempotencyKey` and gets the record the first attempt made, never a second one.
//
// A key is claimed by inserting `{_id: [caller, key]}` into the subgraph's `idempotency_claims`: a unique
// `_id` insert is atomic (a conditional update is not on FerretDB v1: see data/repository.ts), so of any
// number of concurrent attempts exactly one holds the claim. The claim names the record's id before the record
// exists; whoever finishes the create uses that id, so a crash between the claim and the record, or
// between the record and the claim's completion, is finished by the retry instead of duplicated.

import { createHash } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { insertClaim } from './data/database';
import { BadUserInputError, ConflictError, errorCode } from './errors';
import { requireAuthenticated, type Identity } from './identity';
import { newId } from './ids';

interface IdempotencyClaimRecord {
  /** `JSON.stringify([scope, key])`: one claim per caller and key. */
  _id: string;
  /** The caller (identity subject): callers never see each other's keys. */
  scope: string;
  key: string;
  /** The mutation the key was first used with. */
  operation: string;
  /** SHA-256 of the mutation and its normalized input: the same key with another input is CONFLICT. */
  fingerprint: string;
  /** The id of the record the create makes, chosen when the key is claimed. */
  recordId: string;
  claimedAt: Date;
  /** Claims are forgotten after this (checked on read: no TTL index, see data/repository.ts). */
  expiresAt: Date;
  /** Set once the record is written; null while the create runs, or if it died half-way. */
  completedAt: Date | null;
}

const idempotencyClaimSchema = new Schema<IdempotencyClaimRecord>(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true },
    key: { type: String, required: true },
    operation: { type: String, required: true },
    fingerprint: { type: String, required: true },
    recordId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    completedAt: { type: Date, default: null },
  },
  { collection: 'idempotency_claims', versionKey: false },
);
idempotencyClaimSchema.index({ expiresAt: 1 });

const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
/** A claim younger than this with no record yet is a create still running: wait for it. */
export const IN_FLIGHT_MS = 10_000;
const POLL_MS = 50;
const PURGE_EVERY_MS = 60 * 60 * 1000;
/** Codes of errors that leave nothing written: the key is given back so the client can fix its input. */
const REFUSALS = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'ILLEGAL_TRANSITION', 'CAPACITY_REACHED', 'AMBIGUOUS_CODE']);

interface IdempotentCreate<T> {
  /** The mutation's name: a key is bound to one mutation. */
  operation: string;
  key: string | null | undefined;
  /** The mutation's arguments except the key: compared on every retry. */
  input: unknown;
  identity: Identity;
  /** The new record's id when the input fixes it (a theme's slug); a fresh one otherwise. */
  recordId?: string;
  /** Validates and writes the record under `id` (the same id on every attempt of a key). */
  create(id: string): Promise<T>;
  /** The record `id` as it stands, finishing a create that died half-way if the store can (null: none). */
  find(id: string): Promise<T | null>;
  /** What a retry answers once the record exists (default: the record). */
  replay?(record: T): T | Promise<T>;
}

/** Drops null and undefined members and sorts keys, so that `{a: 1, b: null}` and `{a: 1}` match. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, normalized(v)]));
}

function idempotencyFingerprint(operation: string, input: unknown): string {
  return createHash('sha256').update(JSON.stringify([operation, normalized(input)])).digest('hex');
}

const idempotencyClaimId = (scope: string, key: string) => JSON.stringify([scope, key]);

function checkedKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new BadUserInputError('idempotencyKey', `idempotencyKey must have 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`, { max: MAX_IDEMPOTENCY_KEY_LENGTH });
  }
  return key;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createIdempotencyStore(connection: Connection) {
  const model: Model<IdempotencyClaimRecord> = connection.model<IdempotencyClaimRecord>('IdempotencyClaim', idempotencyClaimSchema);
  let lastPurge = 0;

  const insert = (claim: IdempotencyClaimRecord) => insertClaim(model, claim);

  /** Expired claims are ignored on read; this only keeps the collection small. */
  function purgeExpired(now: Date): void {
    if (now.getTime() - lastPurge < PURGE_EVERY_MS) return;
    lastPurge = now.getTime();
    void model.deleteMany({ expiresAt: { $lte: now } }).exec().catch(() => undefined);
  }

  const complete = (claim: IdempotencyClaimRecord) => model.updateOne({ _id: claim._id }, { $set: { completedAt: new Date() } }).exec();

  /** Runs the create under the claim's record id; an attempt that lost a race answers as a retry. */
  async function createUnder<T>(claim: IdempotencyClaimRecord, spec: IdempotentCreate<T>, takeover: boolean): Promise<T> {
    let record: T;
    try {
      record = await spec.create(claim.recordId);
    } catch (error) {
      // A record under an id the input fixes may be someone else's: only a takeover may adopt it.
      const adoptable = takeover || spec.recordId === undefined;
      const done = adoptable ? await spec.find(claim.recordId).catch(() => null) : null;
      if (!done) {
        // Refused input wrote nothing: the key is free again for a corrected request.
        if (REFUSALS.has(errorCode(error) ?? '')) await model.deleteOne({ _id: claim._id, recordId: claim.recordId }).exec();
        throw error;
      }
      await complete(claim);
      return replay(spec, done);
    }
    await complete(claim);
    return record;
  }

  const replay = <T>(spec: IdempotentCreate<T>, record: T) => (spec.replay ? spec.replay(record) : record);

  function conflict(held: IdempotencyClaimRecord, operation: string): ConflictError {
    const what = held.operation === operation ? 'with another input' : `for ${held.operation}`;
    return new ConflictError(
      `idempotencyKey "${held.key}" was already used ${what} (within 24 hours); send a new key for a new request.`,
      undefined,
      { field: 'idempotencyKey' },
    );
  }

  return {
    model,
    /**
     * Runs a create at most once per caller and key for 24 hours: the first attempt creates, a retry
     * with the same input answers the same record (waiting for an attempt still running), a retry with
     * another input is CONFLICT and writes nothing. Without a key, simply creates.
     */
    async run<T>(spec: IdempotentCreate<T>): Promise<T> {
      if (spec.key === null || spec.key === undefined) return spec.create(spec.recordId ?? newId());
      const key = checkedKey(spec.key);
      requireAuthenticated(spec.identity);
      const scope = spec.identity.subject ?? spec.identity.tokenId ?? spec.identity.role;
      const id = idempotencyClaimId(scope, key);
      const fingerprint = idempotencyFingerprint(spec.operation, spec.input);
      const giveUpAt = Date.now() + IN_FLIGHT_MS + 5_000;
      while (Date.now() < giveUpAt) {
        const now = new Date();
        const mine: IdempotencyClaimRecord = {
          _id: id, scope, key, operation: spec.operation, fingerprint, recordId: spec.recordId ?? newId(),
          claimedAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS), completedAt: null,
        };
        if (await insert(mine)) {
          purgeExpired(now);
          return createUnder(mine, spec, false);
        }
        const held = await model.findById(id).lean<IdempotencyClaimRecord>().exec();
        if (!held) continue; // given back meanwhile: claim it again
        if (held.expiresAt <= now) {
          await model.deleteOne({ _id: id, claimedAt: held.claimedAt }).exec();
          continue;
        }
        if (held.operation !== spec.operation || held.fingerprint !== fingerprint) throw conflict(held, spec.operation);
        const record = await spec.find(held.recordId);
        if (record) {
          if (!held.completedAt) await complete(held);
          return replay(spec, record);
        }
        // No record yet: the first attempt is still writing it, or died; after IN_FLIGHT_MS, finish it.
        if (now.getTime() - held.claimedAt.getTime() >= IN_FLIGHT_MS) return createUnder(held, spec, true);
        await sleep(POLL_MS);
      }
      throw new ConflictError(`A request with idempotencyKey "${key}" is still running; retry later.`, undefined, { field: 'idempotencyKey' });
    },
  };
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;

/** What a subgraph's context offers an idempotent mutation. */
interface IdempotencyContext {
  identity: Identity;
  repositories: { idempotency: IdempotencyStore };
}

interface IdempotentMutation<C, I, R> {
  /** The record's id when the input fixes it (a theme's slug). */
  recordId?(input: I): string;
  create(context: C, input: I, id: string): Promise<R>;
  find(context: C, id: string): Promise<R | null>;
  replay?(record: R): R | Promise<R>;
}

/** The resolver of a create mutation taking `input` and an optional `idempotencyKey` beside it. */
export function idempotentMutation<C extends IdempotencyContext, I, R>(operation: string, mutation: IdempotentMutation<C, I, R>) {
  return (_: unknown, args: { input: I; idempotencyKey?: string | null }, context: C): Promise<R> =>
    context.repositories.idempotency.run<R>({
      operation,
      key: args.idempotencyKey,
      input: args.input,
      identity: context.identity,
      ...(mutation.recordId ? { recordId: mutation.recordId(args.input) } : {}),
      create: (id) => mutation.create(context, args.input, id),
      find: (id) => mutation.find(context, id),
      ...(mutation.replay ? { replay: mutation.replay } : {}),
    });
}

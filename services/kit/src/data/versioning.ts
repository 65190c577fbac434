/*
 * Optimistic concurrency that holds on FerretDB as on MongoDB.
 *
 * A conditional update `updateOne({ _id, version: 3 }, ...)` can succeed for several concurrent writers
 * on FerretDB (see repository.ts): each new version is first *claimed* by inserting its revision
 * `<collection>/<id>@<version>`; exactly one writer wins the insert, the others get CONFLICT. The
 * revision holds the full new state, so the history of every record is kept, and a write that died
 * between its claim and its update is rolled forward by the next writer.
 *
 * Versioned writes are exposed one way: a versioned collection's repository is `versionedRepository`,
 * its reads and its version store's `create`/`update`/`resume`/`history`/`revision` on one object. One
 * handle per collection (not a second `store` or `...Versions` object beside it), and the writes are
 * named as any repository's are; that they claim versions shows in their arguments (`expectedVersion`).
 */
import { Schema, type Connection, type Model } from 'mongoose';
import { DuplicateKeyError, insertClaim, isDuplicateKeyError, uniqueFieldOf, type AnyModel } from './database';
import { baseRepository, replaceGuarded, type CollectionShape, type RecordGuard } from './repository';
import { ConflictError, NotFoundError } from '../errors';
import { expectedVersion as checkedVersion } from '../input/numbers';

/** What every versioned record carries besides its own fields. */
export interface VersionedRecord {
  /** Incremented by every update; edits name the version they started from. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The mongoose fields of VersionedRecord. */
export const versionedFields = {
  version: { type: Number, required: true, default: 1 },
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
} as const;

export interface RevisionRecord<T = Record<string, unknown>> {
  /** `<collection>/<entityId>@<version>`: the claim. */
  _id: string;
  collectionName: string;
  entityId: string;
  version: number;
  /** The full state of the record at this version. */
  snapshot: T;
  /** Top-level fields that changed from the previous version. */
  changedFields: string[];
  /** Who made this version (identity subject), null for seeds and imports. */
  author: string | null;
  at: Date;
  /** Free comment (e.g. "restored from version 2"). */
  note: string | null;
}

const revisionSchema = new Schema<RevisionRecord>(
  {
    _id: { type: String, required: true },
    collectionName: { type: String, required: true },
    entityId: { type: String, required: true },
    version: { type: Number, required: true },
    snapshot: { type: Schema.Types.Mixed, required: true },
    changedFields: { type: [String], required: true },
    author: { type: String, default: null },
    at: { type: Date, required: true },
    note: { type: String, default: null },
  },
  { collection: 'revisions', versionKey: false, minimize: false },
);
revisionSchema.index({ collectionName: 1, entityId: 1, version: -1 });

export function createRevisionModel(connection: Connection): Model<RevisionRecord> {
  return connection.model<RevisionRecord>('Revision', revisionSchema);
}

export interface Versioned {
  _id: string;
  version: number;
}

const revisionId = (collection: string, id: string, version: number) => `${collection}/${id}@${version}`;

/** A claim older than this whose record never moved is a write that died half-way. */
const STALLED_AFTER_MS = 30_000;

function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  keys.delete('version');
  keys.delete('updatedAt');
  return [...keys].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after[k])).sort();
}

/**
 * The revision that records `next` as a version of a record of `collection`: what `versionStore`
 * inserts to claim that version. Exported for bulk loads (benchmark datasets) that must store
 * histories exactly as the store does.
 */
export function revisionOf<T extends Versioned>(
  collection: string,
  previous: T | null,
  next: T,
  author: string | null,
  note: string | null,
  at: Date = new Date(),
): RevisionRecord<T> {
  return {
    _id: revisionId(collection, next._id, next.version),
    collectionName: collection,
    entityId: next._id,
    version: next.version,
    snapshot: next,
    changedFields: changedFields(previous as Record<string, unknown> | null, next as unknown as Record<string, unknown>),
    author,
    at,
    note,
  };
}

export interface VersionStore<T extends Versioned> {
  /** Records version 1 of a new record (its revision first, then the record). */
  create(record: T, author: string | null, note?: string | null): Promise<T>;
  /**
   * Moves the record from `expectedVersion` to the next one computed by `change`; CONFLICT (with the
   * current version) when someone else moved it first, NOT_FOUND when it does not exist. A unique index
   * refusing the record (create or update) is a DuplicateKeyError.
   */
  update(
    id: string,
    expectedVersion: number,
    change: (current: T) => Omit<T, 'version'>,
    author: string | null,
    note?: string | null,
  ): Promise<T>;
  /** Every revision of a record, newest first. */
  history(id: string): Promise<Array<RevisionRecord<T>>>;
  revision(id: string, version: number): Promise<RevisionRecord<T> | null>;
  /**
   * The record, or, when a create died between its revision 1 and the record, the record rolled
   * forward from that revision (idempotent creates finish it this way); null when neither exists.
   */
  resume(id: string): Promise<T | null>;
}

/**
 * What runs after a version is written (maintained counters, counters.ts): by the claim's winner only, and
 * again, with the same `claim`, by whoever rolls a died write forward, so it must be idempotent per claim.
 */
export interface VersionHooks<T> {
  afterWrite(previous: T | null, next: T, claim: string): Promise<void>;
}

/** The record is still at `version` (the guard of a versioned write: a slow writer never overwrites a later version). */
const atVersion = <T extends Versioned>(version: number): RecordGuard<T> => ({ filter: { version }, holds: (current) => current.version === version });

export function versionStore<T extends Versioned>(model: AnyModel, revisions: Model<RevisionRecord>, what: string, hooks?: VersionHooks<T>): VersionStore<T> {
  const collection = model.collection.collectionName;

  const claim = (previous: T | null, next: T, author: string | null, note: string | null) => insertClaim(revisions, revisionOf(collection, previous, next, author, note));

  /**
   * Runs the record's write after its claim; when the database refuses it (a unique index, validation),
   * the claim is given back, so the refused version is neither in the history nor rolled forward later.
   */
  async function writeOrRelease(next: T, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      // A version 1 already written was rolled forward from this very claim (see `resume`): done.
      if (next.version === 1 && isDuplicateKeyError(error) && (await model.exists({ _id: next._id }).exec())) return;
      await revisions.deleteOne({ _id: revisionId(collection, next._id, next.version) }).exec();
      throw isDuplicateKeyError(error) ? new DuplicateKeyError(what, uniqueFieldOf(model, error), next) : error;
    }
  }

  const written = async (previous: T | null, next: T) => hooks?.afterWrite(previous, next, revisionId(collection, next._id, next.version));

  /** Rolls a record forward to a revision whose writer died after claiming it. */
  async function repairIfStalled(current: T): Promise<T> {
    const pending = await revisions.findById(revisionId(collection, current._id, current.version + 1)).lean<RevisionRecord<T>>().exec();
    if (!pending || Date.now() - pending.at.getTime() < STALLED_AFTER_MS) return current;
    await replaceGuarded(model as Model<T>, current._id, atVersion<T>(current.version), pending.snapshot);
    await written(current, pending.snapshot);
    return pending.snapshot;
  }

  return {
    async create(record, author, note = null) {
      if (!(await claim(null, record, author, note))) throw new ConflictError(`${what} "${record._id}" already exists.`, record.version);
      await writeOrRelease(record, () => model.create(record));
      await written(null, record);
      return record;
    },

    async update(id, expectedVersion, change, author, note = null) {
      // A version no client could have read is a mistake in the input, before any read.
      checkedVersion(expectedVersion);
      let current = (await model.findById(id).lean().exec()) as T | null;
      if (!current) throw new NotFoundError(what, id);
      current = await repairIfStalled(current);
      if (current.version !== expectedVersion) {
        throw new ConflictError(`${what} "${id}" was changed by someone else: it is at version ${current.version}, you edited version ${expectedVersion}.`, current.version);
      }
      const next = { ...change(current), _id: id, version: expectedVersion + 1 } as T;
      if (!(await claim(current, next, author, note))) {
        const latest = (await model.findById(id).lean().exec()) as T | null;
        throw new ConflictError(`${what} "${id}" was changed by someone else at the same time.`, Math.max(latest?.version ?? 0, expectedVersion + 1));
      }
      // Only the claim's winner reaches this line for this version.
      await writeOrRelease(next, () => replaceGuarded(model as Model<T>, id, atVersion<T>(expectedVersion), next));
      await written(current, next);
      return next;
    },

    history: (id) =>
      revisions.find({ collectionName: collection, entityId: id }).sort({ version: -1 }).lean<Array<RevisionRecord<T>>>().exec(),

    revision: (id, version) => revisions.findById(revisionId(collection, id, version)).lean<RevisionRecord<T>>().exec(),

    async resume(id) {
      const record = (await model.findById(id).lean().exec()) as T | null;
      if (record) return record;
      const first = await revisions.findById(revisionId(collection, id, 1)).lean<RevisionRecord<T>>().exec();
      if (!first) return null;
      await model.create(first.snapshot).catch((error: unknown) => (isDuplicateKeyError(error) ? null : Promise.reject(error)));
      await written(null, first.snapshot);
      return (await model.findById(id).lean().exec()) as T | null;
    },
  };
}

/** A versioned collection's repository: its reads (the base repository) and its versioned writes, nothing that writes around them. */
export function versionedRepository<T extends Versioned>(model: Model<T>, revisions: Model<RevisionRecord>, what: string, hooks?: VersionHooks<T>, shape?: CollectionShape) {
  const { insert: _unversioned, ...reads } = baseRepository<T>(model, shape);
  return { ...reads, ...versionStore<T>(model, revisions, what, hooks) };
}

/** The versioned repository of a collection from its schema: its model, named `what`, registered on `connection`. */
export function versionedCollection<T extends Versioned>(connection: Connection, revisions: Model<RevisionRecord>, what: string, schema: Schema<T>, hooks?: VersionHooks<T>) {
  return versionedRepository<T>(connection.model<T>(what, schema), revisions, what, hooks);
}

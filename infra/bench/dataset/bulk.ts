// Bulk loading that suits FerretDB v1 (SQLite): unordered `insertMany` of about 1,000 raw documents per
// command through the driver (no mongoose casting), with a couple of commands in flight so that the
// next documents are generated while the database writes, and no secondary index while loading (each
// index divides FerretDB's insert rate: 9,600 documents/s without, 3,400 with eight; building them
// afterwards takes a fraction of a second per index).

import { ensureIndexes, revisionOf, type AnyModel, type RevisionRecord, type Versioned } from '@fabrique/kit';

const INSERTS_PER_COMMAND = 1_000;
const IN_FLIGHT = 2;

export class BulkWriter {
  private readonly buffers = new Map<AnyModel, unknown[]>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown = null;
  private readonly written = new Map<AnyModel, number>();

  /** Documents of this model written so far. */
  count(model: AnyModel): number {
    return this.written.get(model) ?? 0;
  }

  /** Queues documents; writes full chunks as they fill. */
  async add(model: AnyModel, documents: readonly unknown[]): Promise<void> {
    let buffer = this.buffers.get(model);
    if (!buffer) this.buffers.set(model, (buffer = []));
    for (const document of documents) {
      buffer.push(document);
      if (buffer.length >= INSERTS_PER_COMMAND) {
        await this.send(model, buffer.splice(0, buffer.length));
      }
    }
  }

  /** Writes what is queued and waits for every command. */
  async flush(): Promise<void> {
    for (const [model, buffer] of this.buffers) if (buffer.length > 0) await this.send(model, buffer.splice(0, buffer.length));
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }

  private async send(model: AnyModel, documents: unknown[]): Promise<void> {
    while (this.inFlight.size >= IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const collection = model.db.db!.collection(model.collection.collectionName);
    const write: Promise<void> = collection
      .insertMany(documents as Array<Record<string, unknown>>, { ordered: false })
      .then(() => {
        this.written.set(model, this.count(model) + documents.length);
      })
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(write));
    this.inFlight.add(write);
  }
}

/** Drops the secondary indexes of these models' collections (the load recreates them with `restoreIndexes`). */
export async function dropIndexes(models: readonly AnyModel[]): Promise<void> {
  for (const model of models) {
    await model.createCollection().catch(() => undefined);
    await model.db.db!.collection(model.collection.collectionName).dropIndexes();
  }
}

/** The declared indexes of every model, as each service creates them at start-up. */
export const restoreIndexes = (models: AnyModel[]) => ensureIndexes(models);

/** One change of a versioned record: what the service's mutation does to it, when, by whom, with the note its version store records. */
export interface Change<T> {
  at: Date;
  author: string | null;
  note: string | null;
  apply: (current: T) => T;
}

/**
 * A record created then changed through its service's pure functions, version by version, with the
 * revision the kit's version store keeps for each version (`revisionOf`): the final record and its
 * whole history, as a sequence of mutations would have left them.
 */
export function versioned<T extends Versioned>(
  collection: string,
  created: T,
  creation: { author: string | null; note: string | null; at: Date },
  changes: ReadonlyArray<Change<T>> = [],
): { record: T; revisions: Array<RevisionRecord<T>> } {
  const revisions = [revisionOf(collection, null, created, creation.author, creation.note, creation.at)];
  let record = created;
  for (const change of changes) {
    const next = { ...change.apply(record), _id: record._id, version: record.version + 1 } as T;
    revisions.push(revisionOf(collection, record, next, change.author, change.note, change.at));
    record = next;
  }
  return { record, revisions };
}

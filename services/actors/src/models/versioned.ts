import type { Model } from 'mongoose';
import { isDuplicateKeyError, versionStore, type AnyModel, type RevisionRecord, type Versioned } from '@fabrique/kit';

export interface VersionedWrites<T extends Versioned> {
  create(record: T, author: string | null): Promise<T>;
  update(id: string, expectedVersion: number, change: (current: T) => Omit<T, 'version'>, author: string | null): Promise<T>;
  /** The record, finishing a create that died between its revision and its record (idempotent retries). */
  resume(id: string): Promise<T | null>;
}

/**
 * The kit's version store (one revision claimed per version: exactly one of concurrent editors wins),
 * for records that also carry a unique index (a slug...). When that index refuses the write, the kit
 * gives the claimed version back, and `refused` turns the violation into the client's error.
 */
export function versionedWrites<T extends Versioned>(
  model: AnyModel,
  revisions: Model<RevisionRecord>,
  what: string,
  refused: (record: T) => Error,
): VersionedWrites<T> {
  const store = versionStore<T>(model, revisions, what);
  return {
    resume: (id) => store.resume(id),
    async create(record, author) {
      try {
        return await store.create(record, author);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        throw refused(record);
      }
    },
    async update(id, expectedVersion, change, author) {
      let next: T | undefined;
      try {
        return await store.update(id, expectedVersion, (current) => (next = change(current) as T), author);
      } catch (error) {
        if (!isDuplicateKeyError(error) || !next) throw error;
        throw refused(next);
      }
    },
  };
}

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

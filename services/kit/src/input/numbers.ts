// Whole numbers in input (counts, ranks, key figures), refused with the field at fault.

import { BadUserInputError } from '../errors';

/** A whole number, zero or more; null or absent is null. */
export function nonNegativeInt(value: unknown, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new BadUserInputError(field, `${field} must be a whole number, zero or more.`);
  return value;
}

/** A whole number from `min` to `max` (a list's `first`...); null or absent is `fallback`. */
export function intBetween(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(field, `${field} must be between ${min} and ${max}.`, { min, max });
  }
  return value;
}

/**
 * The version an update starts from (`input.expectedVersion`): a whole number, 1 or more. Anything else
 * names no version a client could have read, so it is a mistake in the input, not a conflict.
 */
export function expectedVersion(value: unknown, field = 'input.expectedVersion'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new BadUserInputError(field, `${field} must be a version number (1 or more): the version you edited.`);
  return value;
}

/** An update's changes (`input.changes`): at least one field given, or the update would make an empty version. */
export function requireChanges<T extends object>(changes: T | null | undefined, field = 'input.changes'): T {
  if (!changes || Object.values(changes).every((value) => value === undefined)) throw new BadUserInputError(field, 'Nothing to change: give at least one field.');
  return changes;
}

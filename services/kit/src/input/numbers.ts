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

// Whole numbers in input (counts, ranks, key figures), refused with the field at fault.

import { BadUserInputError } from '../errors';

/** A whole number, zero or more; null or absent is null. */
export function nonNegativeInt(value: unknown, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new BadUserInputError(field, `${field} must be a whole number, zero or more.`);
  return value;
}

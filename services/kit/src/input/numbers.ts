// Whole numbers in input (counts, capacities, versions), refused with the field at fault.

import { BadUserInputError } from '../errors';

/** A whole number of 1 or more, and at most `max` when given (then also in `extensions.max`). */
export function positiveInt(value: number, field: string, max?: number): number {
  if (Number.isInteger(value) && value >= 1 && (max === undefined || value <= max)) return value;
  if (max === undefined) throw new BadUserInputError(field, `${field} must be a whole number, 1 or more.`);
  throw new BadUserInputError(field, `${field} must be a whole number between 1 and ${max}.`, { max });
}

// Domain checks of input values; the generic text checks and `today()` are the kit's input module, and
// every check here takes its arguments in the kit's order (value, field, …). Each names the input field
// at fault (`extensions.field`, dotted path) and runs before anything is written. The form of a date or
// a URL is checked by the kit's scalars (Date, URL) before any resolver runs.
import { BadUserInputError, checkActorId, checkTerritoryId } from '@fabrique/kit';

/** Refuses an end before a start (both optional). */
export function orderedDates(start: string | null, startField: string, end: string | null, endField: string): void {
  if (start && end && end < start) throw new BadUserInputError(endField, `${endField} must not be before ${startField}.`);
}

/** The date `months` months after `date` (both `YYYY-MM-DD`; the day is clamped to the month's end). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A territory of the reference data, written `<LEVEL>:<code>`, in a write (the kit's wording). */
export const territoryInput = (value: string, field: string): string => checkTerritoryId(field, value, 'input');

/** An actor in a write: a territory id, or an organisation id (24 hexadecimal characters). */
export const actorInput = (value: string, field: string): string => checkActorId(field, value, 'input');

export function finiteNumber(value: number, field: string): number {
  if (!Number.isFinite(value)) throw new BadUserInputError(field, `${field} must be a finite number.`);
  return value;
}

/** Refuses a list holding the same key twice (the later one is named). */
export function distinct<T>(values: readonly T[], field: string, keyOf: (value: T) => string, what: string): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    const key = keyOf(value);
    if (seen.has(key)) throw new BadUserInputError(`${field}.${i}`, `${what} "${key}" appears twice.`);
    seen.add(key);
  });
}

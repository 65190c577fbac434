// Calendar dates in input: written YYYY-MM-DD (an ISO 8601 date, no time, no zone) and checked to
// exist (no 2025-02-30). Dates in this form compare as text in calendar order.

import { BadUserInputError } from '../errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists. */
export function isoDate(value: string, field: string): string {
  const date = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BadUserInputError(field, `${field} must be a date written YYYY-MM-DD.`);
  }
  return value;
}

/** An optional date: null or absent is null. */
export const optionalDate = (value: string | null | undefined, field: string): string | null => (value == null ? null : isoDate(value, field));

/** Refuses a date before another (an end before its start); either may be absent. */
export function notBefore(value: string | null | undefined, field: string, start: string | null | undefined, startField: string): void {
  if (value && start && value < start) throw new BadUserInputError(field, `${field} (${value}) must not be before ${startField} (${start}).`);
}

/** Today's date, YYYY-MM-DD in UTC: the calendar every date field of the API uses. */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

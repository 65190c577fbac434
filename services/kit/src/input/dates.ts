// Calendar dates: the form of dates in input is the `Date` scalar's job (scalars.ts); what is left is
// the calendar the API uses.

/** Today's date, YYYY-MM-DD in UTC: the calendar every date field of the API uses. */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

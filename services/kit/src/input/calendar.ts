/** Today's date, YYYY-MM-DD in UTC: the calendar every date field of the API uses. */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** Days of the week, Monday first (ISO order), in the keys schedules and directory hours use. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week (`'mon'` … `'sun'`). */
export type Weekday = (typeof WEEKDAYS)[number];

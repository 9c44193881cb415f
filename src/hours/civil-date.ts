/**
 * Civil (calendar) dates as whole day numbers counted from 1970-01-01, so date arithmetic is
 * integer arithmetic and never touches a time zone. `'2026-10-01'` ⇄ 20727.
 */

/** Milliseconds in a civil day. */
export const DAY_MS = 86_400_000;


const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` string, or `undefined` when it is not a real date (e.g. `2026-02-30`). */
export function parseCivilDate(text: string): number | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // setUTCFullYear, not Date.UTC: Date.UTC maps the years 0–99 to 1900–1999.
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  const ms = check.getTime();
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(ms / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function formatCivilDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday index of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Day of the month (1–31) and the number of days in that month. */
export function dayOfMonth(day: number): { date: number; daysInMonth: number } {
  const d = new Date(day * DAY_MS);
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return { date: d.getUTCDate(), daysInMonth };
}

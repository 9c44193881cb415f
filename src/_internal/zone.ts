/**
 * Time-zone arithmetic on `Intl.DateTimeFormat` alone (no tz library, never the host zone), shared
 * by hours (schedules, calendars) and insights (bucketing tickets by local hour).
 *
 * Local wall time → instant follows Temporal's `'compatible'` disambiguation
 * (https://tc39.es/proposal-temporal/docs/zoneddatetime.html#ambiguity-due-to-dst-or-other-time-zone-offset-changes):
 * a wall time inside a spring-forward gap moves forward by the length of the gap; a wall time that
 * occurs twice at a fall-back takes the earlier instant (the offset in force before the change).
 */
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows `timeZone` as an IANA zone (or `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (formatters.has(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local wall time of an instant as "milliseconds since 1970-01-01T00:00 local", to whole seconds. */
function wallClockMs(timeZone: string, instant: number): number {
  const parts = formatterFor(timeZone).formatToParts(instant);
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value === 'BC' || part.value === 'B';
        break;
      default:
        break;
    }
  }
  const date = new Date(0);
  date.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** UTC offset of `timeZone` at `instant`, in milliseconds (local − UTC). */
export function offsetAt(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockMs(timeZone, whole) - whole;
}

/** Local wall time of an instant, as milliseconds on the local "epoch" (day number × DAY_MS + time of day). */
export function toLocalMs(timeZone: string, instant: number): number {
  return instant + offsetAt(timeZone, instant);
}

/**
 * The instant of a local wall time (`localMs` = day number × DAY_MS + time of day), with
 * Temporal's `'compatible'` disambiguation.
 */
export function localToInstant(timeZone: string, localMs: number): number {
  const before = offsetAt(timeZone, localMs - DAY_MS);
  const after = offsetAt(timeZone, localMs + DAY_MS);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = localMs - offset;
    if (candidate < best && offsetAt(timeZone, candidate) === offset) best = candidate;
  }
  // No candidate: the wall time falls in a gap. Reading it with the offset in force before the gap
  // lands the same distance past the gap's end, i.e. it moves forward by the gap.
  return Number.isFinite(best) ? best : localMs - before;
}

/**
 * A converter for wall times on one civil day and the next (slots may run past midnight). When the
 * offset is the same on both sides of that window, every conversion is one subtraction.
 */
export function dayConverter(timeZone: string, day: number): (minuteOfDay: number) => number {
  const midnight = day * DAY_MS;
  const before = offsetAt(timeZone, midnight - DAY_MS);
  const after = offsetAt(timeZone, midnight + 3 * DAY_MS);
  if (before === after) return (minute) => midnight + minute * 60_000 - before;
  return (minute) => localToInstant(timeZone, midnight + minute * 60_000);
}

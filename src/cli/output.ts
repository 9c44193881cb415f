/**
 * How the CLI prints: colour on a TTY unless NO_COLOR is set or TERM=dumb, one `out()` for text or
 * JSON, and the shared channel and time-window lines.
 */
import pc from 'picocolors';
import type { RankedChannel } from '../channels/index.js';

const useColor = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';

/** The colour functions (plain strings when colour is off). */
export const c = pc.createColors(useColor);

/** Prints a line of text, or a value as indented JSON. */
export function out(value: unknown): void {
  process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}\n`);
}

/** A window in the channel's own time zone, e.g. `Thu 26 Nov 01:00–05:00 (Asia/Shanghai)`. */
export function formatWindow(start: Date, end: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day.format(start)} ${time.format(start)}–${time.format(end)} (${timeZone})`;
}

function availability(r: RankedChannel): string {
  if (r.availability === 'always') return c.green('24/7');
  if (r.availability === 'open') return c.green('open now');
  if (r.availability === 'closed') return c.yellow(`closed${r.opensAt ? `, opens ${r.opensAt.toISOString()}` : ''}`);
  return c.dim('hours unknown');
}

/** One ranked channel: `  1. phone   95188  open now`. */
export function channelLine(r: RankedChannel): string {
  return `  ${c.bold(String(r.rank))}. ${r.channel.kind.padEnd(7)} ${r.channel.value}  ${availability(r)}`;
}

/**
 * Reading flags and arguments. cac (through mri) turns `--at 0` into the number 0 and `--region 123`
 * into 123, and an empty `--at ""` looks like no flag to a truthiness check, so every value is
 * checked here as the string the user typed, and refused with a message naming the flag.
 */
import { listWallets } from '../channels/index.js';
import { UserError } from './user-error.js';

// A calendar date, optionally with a time and an offset: what `new Date()` reads the same everywhere.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * What the user typed after `flag` (`--at x` or `--at=x`), read from argv because mri has already
 * made `""` and `"0"` into the number 0; `undefined` if the flag is absent.
 */
function typed(flag: string, argv: readonly string[] = process.argv): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === flag) found = argv[i + 1] ?? '';
    else if (arg.startsWith(`${flag}=`)) found = arg.slice(flag.length + 1);
  });
  return found;
}

/** A flag's value as the string typed, or undefined when absent; a flag given twice or without a value is refused. */
export function flagText(value: unknown, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean' || Array.isArray(value)) throw new UserError(`${flag}: give it exactly one value`, flag);
  return typeof value === 'string' ? value : (typed(flag) ?? String(value));
}

/** `--at`: absent means now; anything given must be an ISO 8601 date/time. */
export function parseAt(at: unknown): Date {
  const text = flagText(at, '--at');
  if (text === undefined) return new Date();
  const date = ISO_DATE_TIME.test(text.trim()) ? new Date(text.trim()) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new UserError(`--at: not an ISO 8601 date/time: ${JSON.stringify(text)} (e.g. 2026-10-01T09:00:00+08:00)`, '--at');
  return date;
}

/** A required positional argument that must not be blank. */
export function requireText(value: unknown, name: string, usage: string): string {
  const text = value === undefined ? '' : String(value);
  if (text.trim() === '') throw new UserError(`missing ${name}: ${usage}`, name);
  return text;
}

/** `<wallet>` or `--wallet`: one of the directory's wallet ids. */
export function requireWallet(wallet: unknown, name = '<wallet>'): string {
  const ids = listWallets().map((w) => w.id);
  if (wallet === undefined || String(wallet).trim() === '') throw new UserError(`missing ${name}: one of ${ids.join(', ')}`, name);
  if (!ids.includes(String(wallet))) throw new UserError(`unknown wallet "${String(wallet)}": one of ${ids.join(', ')}`, name);
  return String(wallet);
}

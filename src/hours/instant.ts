/**
 * Instants as the hours module accepts them: a valid `Date` inside the range the time-zone
 * arithmetic can work in. `Date` itself reaches ±8.64e15 ms, but a query converts wall times up to
 * a few years around its instant, so the last 1e14 ms (about 3 years) at either end are refused
 * with a ValidationError instead of a RangeError from `Intl`.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';

/** The largest |milliseconds since 1970| accepted (about the years −268,000 to 272,600). */
export const MAX_INSTANT_MS = 8.54e15;

/** A valid Date within ±{@link MAX_INSTANT_MS}. */
export const instantSchema = z
  .date()
  .refine((d) => !Number.isNaN(d.getTime()), 'expected a valid Date')
  .refine((d) => Math.abs(d.getTime()) <= MAX_INSTANT_MS, `expected a Date within ±${MAX_INSTANT_MS} ms of 1970 (the range time-zone arithmetic supports)`);

/** Milliseconds of an instant argument; a ValidationError naming `name` when it is not one. */
export function instantArg(value: unknown, name: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (ms >= -MAX_INSTANT_MS && ms <= MAX_INSTANT_MS) return ms;
  }
  return validate(instantSchema, value, [name]).getTime();
}

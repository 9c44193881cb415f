/**
 * A timeline that arrived as JSON (a REST answer, a store file): `at` is an ISO 8601 string there.
 * Dates are revived, then the whole timeline is checked against the contract, so a bad event is a
 * `ValidationError` naming it (`response.timeline.3.at`).
 */
import { validate } from '../../../_internal/validate.js';
import { parseTimeline, type TimelineEvent, timelineEventSchema } from '../../timeline.js';

/** Revives `at` strings and parses the events with `parseTimeline`. */
export function timelineFromJson(input: unknown, path: ReadonlyArray<string | number>): TimelineEvent[] {
  return parseTimeline(Array.isArray(input) ? input.map(reviveAt) : input, path);
}

/** One event from JSON, checked against the contract. */
export function eventFromJson(input: unknown, path: ReadonlyArray<string | number>): TimelineEvent {
  return validate(timelineEventSchema, reviveAt(input), path);
}

/** One event's `at`, revived from a string; anything else is left for the schema to name. */
export function reviveAt(event: unknown): unknown {
  if (event === null || typeof event !== 'object') return event;
  const at = (event as { at?: unknown }).at;
  return typeof at === 'string' ? { ...event, at: new Date(at) } : event;
}

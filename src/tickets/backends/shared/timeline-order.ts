/**
 * Puts a timeline a backend assembled into the contract's order: `created` first, the rest by
 * time, events at the same instant in the order the backend found them (a help-desk's audit lists
 * a comment before the status change it came with, and that order is kept).
 */
import type { TimelineEvent } from '../../timeline.js';

/** Sorts `events` in place (stable) and returns them. */
export function orderTimeline(events: TimelineEvent[]): TimelineEvent[] {
  return events.sort((a, b) => (a.type === 'created' ? -1 : b.type === 'created' ? 1 : a.at.getTime() - b.at.getTime()));
}

/** Inserts `event` after every event at or before its time (a contact logged after the fact), keeping the rest in place. */
export function insertInOrder(events: TimelineEvent[], event: TimelineEvent): void {
  let index = events.length;
  while (index > 0 && (events[index - 1] as TimelineEvent).at.getTime() > event.at.getTime() && (events[index - 1] as TimelineEvent).type !== 'created') index--;
  events.splice(index, 0, event);
}

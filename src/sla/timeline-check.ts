/**
 * Timeline validation for the timers: the fields they read are checked in one loop with no
 * allocation, and the first bad one becomes a `ValidationError` naming it (`timeline.3.at`). The
 * rules are the pinned ones of `parseTimeline` in `walletdesk/tickets` (created first, times never
 * go backwards, known statuses and priorities); fields the timers do not read are not checked.
 */
import { ValidationError } from '../errors/index.js';
import type { TimelineEvent } from '../tickets/index.js';
import { priorityIndex, statusIndex } from './ticket-fields.js';

type Problem = readonly [field: string | undefined, message: string];

const OK: Problem = [undefined, ''];

function problemWith(event: unknown, previous: number, first: boolean): Problem {
  if (typeof event !== 'object' || event === null) return [undefined, 'expected an event object'];
  const e = event as Record<string, unknown>;
  const at = e.at;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) return ['at', 'expected a valid Date'];
  if (first !== (e.type === 'created')) {
    return ['type', first ? 'a timeline starts with its created event' : 'a timeline has one created event'];
  }
  if (at.getTime() < previous) return ['at', 'timeline events are out of order (each is at or after the one before)'];
  switch (e.type) {
    case 'created':
      if (priorityIndex(e.priority) === undefined) return ['priority', `unknown priority "${String(e.priority)}"`];
      return statusIndex(e.status) === undefined ? ['status', `unknown status "${String(e.status)}"`] : OK;
    case 'status':
      if (statusIndex(e.from) === undefined) return ['from', `unknown status "${String(e.from)}"`];
      return statusIndex(e.to) === undefined ? ['to', `unknown status "${String(e.to)}"`] : OK;
    case 'priority':
      if (priorityIndex(e.from) === undefined) return ['from', `unknown priority "${String(e.from)}"`];
      return priorityIndex(e.to) === undefined ? ['to', `unknown priority "${String(e.to)}"`] : OK;
    case 'comment':
      if (e.author !== 'agent' && e.author !== 'requester' && e.author !== 'system') return ['author', 'expected requester, agent or system'];
      return typeof e.public === 'boolean' ? OK : ['public', 'expected a boolean'];
    case 'assigned':
    case 'escalated':
    case 'rated':
    case 'contact':
      return OK;
    default:
      return ['type', `unknown event type "${String(e.type)}"`];
  }
}

/** Checks the fields the timers read and returns the timeline typed; throws a ValidationError naming the first bad field. */
export function checkTimeline(timeline: unknown, path: ReadonlyArray<string | number>): ReadonlyArray<TimelineEvent> {
  if (!Array.isArray(timeline) || timeline.length === 0) {
    throw new ValidationError([{ path: [...path], message: 'expected a timeline: an array starting with its created event', code: 'invalid_type' }]);
  }
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < timeline.length; i++) {
    const event = timeline[i] as TimelineEvent;
    const [field, message] = problemWith(event, previous, i === 0);
    if (message !== '') throw new ValidationError([{ path: field === undefined ? [...path, i] : [...path, i, field], message, code: 'invalid_value' }]);
    previous = event.at.getTime();
  }
  return timeline as ReadonlyArray<TimelineEvent>;
}

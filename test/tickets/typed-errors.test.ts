// Issue 13: parseContactAttempt and parseTimeline spread their `path` argument, so a junk path
// threw "path is not iterable"; it is now a ValidationError on `path`.
import { describe, expect, it } from 'vitest';
import { parseContactAttempt, parseTimeline } from '../../src/tickets/index.js';
import { fieldOf } from '../helpers/rejection.js';

describe('ticket parsers are total', () => {
  it('name a junk path prefix', () => {
    expect(fieldOf(() => parseContactAttempt({}, { prototype: 1 } as never))).toBe('path');
    expect(fieldOf(() => parseTimeline([], 5 as never))).toBe('path');
    expect(fieldOf(() => parseTimeline([], [{}] as never))).toBe('path[0]');
  });

  it('a good path prefix still leads the field', () => {
    expect(fieldOf(() => parseContactAttempt({ channel: 'x', at: 'nope', outcome: 'resolved' }, ['attempts', 2]))).toBe('attempts[2].at');
    expect(parseTimeline([{ type: 'created', at: new Date(0), status: 'new', priority: 'low' }], ['events'])).toHaveLength(1);
  });
});

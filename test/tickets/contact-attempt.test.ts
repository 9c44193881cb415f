import { describe, expect, it } from 'vitest';
import { isValidationError, type ValidationError } from '../../src/errors/index.js';
import { parseContactAttempt } from '../../src/tickets/index.js';
import { thrown } from '../helpers/rejection.js';

describe('parseContactAttempt', () => {
  it('reads a logged call: an ISO time with its offset becomes a Date, text is trimmed', () => {
    const attempt = parseContactAttempt({
      channel: 'alipay:hotline',
      at: '2026-12-01T09:30:00+08:00',
      agentName: ' 王女士 ',
      agentId: '10086',
      reference: 'CS-2291',
      outcome: 'callback_promised',
      note: 'Promised a call back within 24 h',
    });
    expect(attempt).toEqual({
      channel: 'alipay:hotline',
      at: new Date('2026-12-01T01:30:00Z'),
      agentName: '王女士',
      agentId: '10086',
      reference: 'CS-2291',
      outcome: 'callback_promised',
      note: 'Promised a call back within 24 h',
    });
  });

  it('keeps a Date as it is and needs only channel, at and outcome', () => {
    const at = new Date('2026-12-02T03:00:00Z');
    expect(parseContactAttempt({ channel: '95188', at, outcome: 'no_answer' })).toEqual({ channel: '95188', at, outcome: 'no_answer' });
  });

  it.each([
    [{ channel: 'phone', at: new Date(), outcome: 'maybe' }, 'attempt.outcome'],
    [{ channel: '  ', at: new Date(), outcome: 'resolved' }, 'attempt.channel'],
    [{ channel: 'phone', at: '2026-12-01 09:30', outcome: 'resolved' }, 'attempt.at'],
    [{ channel: 'phone', at: new Date(Number.NaN), outcome: 'resolved' }, 'attempt.at'],
    [{ channel: 'phone', at: new Date(), outcome: 'resolved', agentId: 'x'.repeat(501) }, 'attempt.agentId'],
    [{ channel: 'phone', at: new Date(), outcome: 'resolved', staffNo: '1' }, 'attempt'],
    [null, 'attempt'],
  ])('bad input %# is a ValidationError naming %s', (input, field) => {
    const error = thrown(() => parseContactAttempt(input));
    expect(isValidationError(error)).toBe(true);
    expect((error as ValidationError).field).toBe(field);
  });
});

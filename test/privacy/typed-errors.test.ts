// Issue 13: defaultMask({}) threw a TypeError; it now names the argument, like redact does.
import { describe, expect, it } from 'vitest';
import { defaultMask } from '../../src/privacy/index.js';
import { fieldOf } from '../helpers/rejection.js';

const card = { kind: 'card', start: 0, end: 16, value: '4111111111111111', confidence: 1 } as const;

describe('defaultMask is total', () => {
  it('names the finding and keepLast', () => {
    expect(fieldOf(() => defaultMask({} as never, 4))).toBe('finding.kind');
    expect(fieldOf(() => (defaultMask as (...a: unknown[]) => string)())).toBe('finding');
    expect(fieldOf(() => defaultMask({ kind: 'card', value: 1 } as never, 4))).toBe('finding.value');
    expect(fieldOf(() => defaultMask(card, 9))).toBe('keepLast');
    expect(fieldOf(() => defaultMask(card, Number.NaN))).toBe('keepLast');
  });

  it('good input still works', () => {
    expect(defaultMask(card, 4)).toBe('[card ••••1111]');
    expect(defaultMask({ ...card, kind: 'otp', value: '482913' }, 4)).toBe('[otp]');
  });
});

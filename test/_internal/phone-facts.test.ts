// The phone facts channels and privacy share (src/_internal/phone-facts.ts): one mainland-mobile
// rule and one table of Chinese digit words, read the same way by both readers.
import { describe, expect, it } from 'vitest';
import { CHINESE_DIGIT_WORDS, isMainlandMobile } from '../../src/_internal/phone-facts.js';
import { foldChineseDigits } from '../../src/channels/phone-number.js';
import { findPii } from '../../src/privacy/index.js';

describe('mainland mobile numbers', () => {
  it('are 11 digits starting 13–19', () => {
    expect(isMainlandMobile('13812345678')).toBe(true);
    expect(isMainlandMobile('19912345678')).toBe(true);
    expect(isMainlandMobile('12812345678')).toBe(false);
    expect(isMainlandMobile('1381234567')).toBe(false);
    expect(isMainlandMobile('138123456789')).toBe(false);
  });

  it('are what privacy masks as a phone without a country code, and nothing else of that shape', () => {
    for (const digits of ['13812345678', '15012345678', '12812345678', '11012345678']) {
      const phone = findPii(`call ${digits} now`, { kinds: ['phone'] }).length > 0;
      expect(phone).toBe(isMainlandMobile(digits));
    }
  });
});

describe('Chinese digit words', () => {
  it('are read the same by channels and privacy (两 by channels only)', () => {
    const words = Object.keys(CHINESE_DIGIT_WORDS).filter((w) => w !== '两');
    const number = words.join('');
    const digits = words.map((w) => CHINESE_DIGIT_WORDS[w]).join('');
    expect(foldChineseDigits(number)).toBe(digits);
    expect(findPii(`验证码 ${words.slice(0, 6).join('')}`)[0]?.value).toBe(words.slice(0, 6).join(''));
    expect(foldChineseDigits('幺三八两')).toBe('1382');
  });
});

/**
 * Reads a phone number the way people (and spam pages) write it: full-width digits, any
 * separators, `+86` / `0086` / `+1` prefixes, IVR forms (`95017-2`, `95017转2`), vanity letters
 * (`1-800-APL-CARE`), and the tricks used to dodge filters (`•`, `⭐`, brackets around every
 * group, letter O for zero), which are reported rather than silently fixed.
 */
import { CHINESE_DIGIT_WORDS } from '../_internal/phone-facts.js';

/** A filter-dodging trick found in how a number is written. */
export type PhoneTrick = 'decorative_symbols' | 'bracketed_groups' | 'letter_o_for_zero' | 'invisible_characters';

/** A phone number as read from text. */
export interface ParsedPhone {
  /** All digits after normalisation, without the international prefix (`+` / `00`). */
  readonly digits: string;
  /** Digit groups as written (after normalisation), for IVR forms such as `95017-2`. */
  readonly groups: readonly string[];
  /** True when written with `+` or `00`. */
  readonly international: boolean;
  /** Digits after an explicit IVR/extension marker (`转`, `ext`, `x`, `,`). */
  readonly option?: string;
  /** Tricks found in how it is written. */
  readonly tricks: readonly PhoneTrick[];
  /** True when letters were read on a phone keypad (`1-800-APL-CARE`). */
  readonly vanity: boolean;
  /** The input in upper case with everything but letters and digits removed, for vanity aliases. */
  readonly compact: string;
}

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
// Circled and keycap digits (①, ⓪, ❶, and the keycap mark in 4️⃣) only appear where someone is dodging a filter.
const DECORATED_DIGITS = /[\u2460-\u24ff\u2776-\u2793]|\u20e3/;
// Three or more in a row: "九五一八八", "四零零 六八八 一二三四". Shorter runs are ordinary words (一二, 三五).
// 两 counts: a number read out says 两 for 2 ("幺三八两…").
const CHINESE_DIGIT_RUN = new RegExp(`[${Object.keys(CHINESE_DIGIT_WORDS).join('')}]{3,}`, 'g');

/**
 * Number words written digit by digit in Chinese ("九五一八八" → "95188"), character for
 * character so positions in the text do not move. Positional numbers (二十, 一百) are left alone.
 */
export function foldChineseDigits(text: string): string {
  return text.replace(CHINESE_DIGIT_RUN, (run) => run.replace(/./g, (ch) => CHINESE_DIGIT_WORDS[ch] ?? ch));
}
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d\ufe63]/g;
const KEYPAD: Record<string, string> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
};

/**
 * Parses `input` as a phone number, or returns `undefined` when it has no digits to speak of.
 * Never throws.
 */
export function parsePhone(input: string): ParsedPhone | undefined {
  const tricks = new Set<PhoneTrick>();
  let text = input;
  if (INVISIBLE.test(text)) tricks.add('invisible_characters');
  if (DECORATED_DIGITS.test(text)) tricks.add('decorative_symbols');
  text = foldChineseDigits(text.replace(INVISIBLE, '').normalize('NFKC').replace(DASHES, '-'));
  // A label before the number ("tel:", "客服电话：", "Call") is not part of it.
  text = text.replace(/^\s*(?:tel|phone|call|dial)\b\s*:?\s*/i, '').replace(/^[^\d+(]*[:：]\s*/, '');
  text = text.replace(/^[\p{Script=Han}\s]+(?=[\d+(])/u, '').replace(/(?<=\d)[\p{Script=Han}\s]+$/u, '');

  let option: string | undefined;
  const ivr =
    /^(.*?\d)\s*(?:转|轉|按|ext\.?|extension|x|#)\s*(\d{1,6})\s*#?\s*$/i.exec(text) ?? /^(.*?\d)\s*[,;]\s*(\d{1,2})\s*#?\s*$/.exec(text);
  if (ivr?.[1] && ivr[2]) {
    text = ivr[1];
    option = ivr[2];
  }

  // Brackets around every digit group: "1-(855)(518)(8609)". One bracketed area code is normal.
  const bracketed = text.match(/[([]\s*\d+\s*[)\]]/g)?.length ?? 0;
  if (bracketed >= 2) tricks.add('bracketed_groups');

  let vanity = false;
  // A middle dot (400·820·8888) is an ordinary separator in Chinese typesetting, unlike • or ⭐.
  const tokens = text.split(/[\s.\-()[\]/\u00b7\u30fb\uff65]+/).filter(Boolean);
  const out: string[] = [];
  // "(+86) 95188": the country code may sit in brackets.
  let international = /^[\s(]*\+/.test(text);
  for (const raw of tokens) {
    let token = raw.replace(/^\+/, '');
    const decorated = token.replace(/[0-9A-Za-z+]/g, '');
    // Words in another script (or punctuation-wrapped words) mean this is a sentence, not a number.
    if (/\p{L}/u.test(decorated)) return undefined;
    if (decorated.length > 0) {
      tricks.add('decorative_symbols');
      if (/^[^0-9A-Za-z]*\+/.test(token)) international = true;
      token = token.replace(/[^0-9A-Za-z]/g, '');
    }
    if (token === '') continue;
    if (/[A-Za-z]/.test(token)) {
      if (/^[0-9OoIl]+$/.test(token) && /\d/.test(token)) {
        // Letters standing in for digits inside a digit group: "8OO", "O199".
        tricks.add('letter_o_for_zero');
        token = token.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
      } else if (out.length > 0 && (/^[A-Z0-9]+$/.test(token) || /^[a-z0-9]+$/.test(token))) {
        // Vanity spellings are written in one case (APL-CARE); "PayPal" is a word, not digits.
        vanity = true;
        token = token
          .toUpperCase()
          .split('')
          .map((ch) => KEYPAD[ch] ?? ch)
          .join('');
      } else {
        return undefined;
      }
    }
    out.push(token);
  }
  let groups = out;
  let digits = groups.join('');
  if (!international && digits.startsWith('00') && digits.length > 6) {
    international = true;
    digits = digits.slice(2);
    groups = [groups[0]!.slice(2), ...groups.slice(1)].filter(Boolean);
  }
  if (!/^\d{3,17}$/.test(digits)) return undefined;
  // Vanity spellings start with real digits (1-800-…); words alone are not a phone number.
  if (vanity && (digits.length < 7 || (input.match(/\d/g)?.length ?? 0) < 3)) return undefined;
  const compact = input.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');
  const parsed: ParsedPhone = { digits, groups, international, tricks: [...tricks], vanity, compact };
  return option === undefined ? parsed : { ...parsed, option };
}

/** Calling codes by region, for the regions the directory and common inputs use. */
export const CALLING_CODES: Readonly<Record<string, string>> = {
  US: '1', CA: '1', CN: '86', HK: '852', MO: '853', TW: '886', KE: '254', SG: '65', PH: '63', IN: '91', GB: '44',
  DE: '49', FR: '33', JP: '81', KR: '82', AU: '61', MY: '60', ID: '62', TH: '66', VN: '84', NG: '234', ZA: '27',
  AE: '971', BR: '55', MX: '52', ES: '34', IT: '39', NL: '31', RU: '7', PK: '92', BD: '880', TZ: '255', UG: '256',
};

const CODES = [...new Set(Object.values(CALLING_CODES))];

/**
 * Lookup keys for a parsed number: `e164:<digits>` for full numbers in every way the digits can
 * be read, and `nat:<digits>` / `nat:<cc>:<digits>` for national and short numbers.
 */
export function phoneKeys(phone: Pick<ParsedPhone, 'digits' | 'international'>): string[] {
  const { digits } = phone;
  const keys = new Set<string>();
  if (phone.international) {
    keys.add(`e164:${digits}`);
    for (const cc of CODES) {
      if (!digits.startsWith(cc)) continue;
      let rest = digits.slice(cc.length);
      if (cc !== '1' && rest.startsWith('0')) {
        rest = rest.slice(1); // "+86 (0)755 …"
        keys.add(`e164:${cc}${rest}`);
      }
      if (rest.length >= 3) keys.add(`nat:${cc}:${rest}`);
    }
    return [...keys];
  }
  keys.add(`nat:${digits}`);
  if (digits.length >= 8) keys.add(`e164:${digits}`);
  if (digits.length === 10 && !digits.startsWith('0')) keys.add(`e164:1${digits}`);
  if (digits.startsWith('0') && digits.length >= 8) {
    for (const cc of CODES) if (cc !== '1') keys.add(`e164:${cc}${digits.slice(1)}`);
  } else if (digits.length >= 7) {
    for (const cc of CODES) if (cc !== '1') keys.add(`e164:${cc}${digits}`);
  }
  return [...keys];
}

/**
 * Reduces a phone number to its digits the way {@link verifyContact} reads it: full-width digits,
 * separators, `00` prefixes and letter-for-digit tricks are undone; vanity letters are read on a
 * keypad. Returns `undefined` when the input is not a phone number.
 *
 * @example
 * ```ts
 * import { normalizePhoneNumber } from 'walletdesk/channels';
 * normalizePhoneNumber('（855）812－4430'); // => '8558124430'
 * normalizePhoneNumber('0086 95188'); // => '8695188'
 * normalizePhoneNumber('1-800-APL-CARE'); // => '18002752273'
 * normalizePhoneNumber('hello'); // => undefined
 * ```
 */
export function normalizePhoneNumber(input: string): string | undefined {
  if (typeof input !== 'string' || input.length > 200) return undefined;
  return parsePhone(input)?.digits;
}

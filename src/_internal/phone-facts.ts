/**
 * Phone-number facts that channels' contact reader (src/channels/phone-number.ts,
 * extract-contacts.ts) and privacy's PII detector (src/privacy/detect-phones.ts, normalize.ts)
 * both rely on, kept once (issue 14: "two phone recognisers"). The two readers answer different
 * questions (is this the wallet's number? is this personal data to mask?) and keep their own
 * thresholds; the facts below are the same for both.
 *
 * - Mainland mobile numbers: 11 digits, `1`, then `3`–`9` (MIIT numbering plan,
 *   https://www.miit.gov.cn/, the 13x–19x mobile blocks; checked 2026-12-02).
 * - Chinese digit words as a number is read out digit by digit: 〇/零 0, 幺/一 1, 二/两 2, 三 … 九.
 */

/** The first two digits of a mainland mobile number, as a pattern source (`1[3-9]`). */
export const MAINLAND_MOBILE_PREFIX = '1[3-9]';

const MAINLAND_MOBILE = new RegExp(`^${MAINLAND_MOBILE_PREFIX}\\d{9}$`);

/** True for the 11 national digits of a mainland mobile number (`13812345678`). */
export function isMainlandMobile(nationalDigits: string): boolean {
  return MAINLAND_MOBILE.test(nationalDigits);
}

/**
 * Each Chinese digit word and the ASCII digit it stands for. 两 is "two" as a quantity (两千, 两个)
 * as often as a read-out digit, so each reader says whether it takes it.
 */
export const CHINESE_DIGIT_WORDS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', 幺: '1', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** Which language a text is written in, as far as walletdesk's readers need to know. */

/** The languages walletdesk reads and answers in. */
export type TextLanguage = 'zh' | 'en';

const HAN = /\p{Script=Han}/u;

/** `'zh'` when the text contains a Chinese (Han) character, else `'en'`. */
export function detectLanguage(text: string): TextLanguage {
  return HAN.test(text) ? 'zh' : 'en';
}

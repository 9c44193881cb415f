/**
 * Urgency: each category has a base level (an unrecognised charge or a stolen account is
 * critical: every minute lets more money leave), and words in the text can raise it (被盗,
 * 诈骗, "hacked", "urgent"). Signals only ever raise the level, never lower it.
 */
import { normalizeText } from '../_internal/text/index.js';
import { CATEGORY_URGENCY, type CategoryId, isCategoryId, maxUrgency, type Urgency } from '../taxonomy/index.js';

/**
 * Text signals, checked on normalised text (lower case, simplified Chinese). English patterns
 * match word starts so "scammed", "hacker" and "fraudulent" count too.
 */
const SIGNALS: ReadonlyArray<{ signal: string; level: Urgency; pattern: RegExp }> = [
  { signal: 'stolen', level: 'critical', pattern: /被盗|盗刷|盗号|被黑|\bstole|\bhack|\bcompromised\b/ },
  { signal: 'scam', level: 'critical', pattern: /诈骗|被骗|骗子|骗了|骗我|冒充|钓鱼|安全账户|\bscam|\bfraud|\bphish|\bimpersonat/ },
  { signal: 'shared-code', level: 'critical', pattern: /验证码.{0,8}(给|告诉|发给|泄露)|(给|告诉|发给).{0,8}验证码|\b(gave|told|shared|sent)\b.{0,30}\b(code|otp|password|pin)\b/ },
  { signal: 'unauthorized', level: 'critical', pattern: /不是我(本人)?(操作|买|付|转|消费)|非本人|\bunauthori[sz]ed\b|\b(didn'?t|did not|never) (make|made|authori[sz]e)\b/ },
  { signal: 'lost', level: 'high', pattern: /丢了|丢失|遗失|挂失|\blost (my )?(card|phone|wallet)\b/ },
  { signal: 'urgent', level: 'high', pattern: /紧急|急用|急需|着急|马上|立刻|尽快|\burgent|\basap\b|\bimmediately\b|\bemergency\b|\bright (now|away)\b/ },
];

/** An urgency level with the reasons for it. */
export interface UrgencyAssessment {
  /** The level: the category's base level, raised by any signal found. */
  readonly level: Urgency;
  /** The signals found in the text, in a fixed order. */
  readonly signals: readonly string[];
}

/**
 * How urgent a request is: the category's base urgency, raised by urgency signals in the text.
 * Unknown categories count as `other`; non-string text has no signals.
 *
 * @example
 * ```ts
 * import { assessUrgency } from 'walletdesk/classifier';
 * assessUrgency('my account was hacked', 'login_access'); // => { level: 'critical', signals: ['stolen'] }
 * assessUrgency('怎么导出账单', 'transaction_record'); // => { level: 'low', signals: [] }
 * assessUrgency('急用钱，提现一直不到', 'withdrawal').level; // => 'high'
 * ```
 */
export function assessUrgency(text: string, category: CategoryId): UrgencyAssessment {
  return typeof text === 'string' && text.trim() !== '' ? urgencyOfNormalized(normalizeText(text), category) : urgencyOfNormalized('', category);
}

/**
 * {@link assessUrgency} of a text that `normalizeText` has already normalised (the classifier
 * normalises once per text). No signal matches a blank text, so blank input needs no check here.
 */
export function urgencyOfNormalized(normalized: string, category: CategoryId): UrgencyAssessment {
  let level = CATEGORY_URGENCY[isCategoryId(category) ? category : 'other'];
  const signals: string[] = [];
  for (const { signal, level: signalLevel, pattern } of SIGNALS) {
    if (pattern.test(normalized)) {
      signals.push(signal);
      level = maxUrgency(level, signalLevel);
    }
  }
  return { level, signals };
}

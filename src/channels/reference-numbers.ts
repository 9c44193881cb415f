/**
 * Order, transaction and tracking numbers are not phone numbers. Users paste them into help
 * requests all the time ("订单号 2026112422001", "tracking number 9400 1000 …"), and reading one as
 * an "unlisted support number" would call a genuine request a scam. A run of digits is read as a
 * reference when it is introduced by such a label, glued to letters (`SF1234…`, `1Z999AA1…`), or
 * has a shape no numbering plan uses:
 *
 * - more than 15 digits (ITU-T E.164 caps a full number at 15);
 * - an unbroken run of 12+ digits that opens with a date (`20261124…`: order and trade numbers of
 *   Chinese platforms start with yyyymmdd);
 * - an unbroken run of 13+ digits, written without `+`/`00`, that neither starts with a trunk `0`
 *   nor splits into a calling code and a national number of a length that code uses;
 * - 11 digits starting `10`, `11` or `12`: not a mainland mobile (1[3-9]…, MIIT numbering plan) and
 *   not a NANP number (area codes start 2–9).
 *
 * Numbers written with `+`/`00`, or in groups (`400-820-8820`), were meant to be dialled and are
 * never read as references by shape; obscuring tricks (`•`, `⭐`) are judged before shape.
 */
import { isMainlandMobile } from '../_internal/phone-facts.js';
import { CALLING_CODES, type ParsedPhone } from './phone-number.js';

// The label must sit right before the number (only a colon, "是", "is" or "#" between).
const REFERENCE_LABEL = new RegExp(
  [
    '(?:订单|交易|流水|批次|发票|凭证|追踪|跟踪|包裹|快递|运单|物流|工单|会员|账单|保单|合同|退款|商户)(?:编号|单号|号码?)?',
    '单号|编号|卡号|账号|帐号|户号|单据号',
    '\\b(?:order|orders|transaction|txn|tracking|invoice|ref|awb|waybill|timestamp)\\b(?:\\s*(?:no\\.?|number|num\\.?|id|code|#))?',
    '\\b(?:account|acct|case|ticket|claim|confirmation|receipt|booking|reservation|shipment|parcel|package|dispute|trade|reference|member|customer|payment|transfer|refund|serial|item|product)\\s*(?:no\\.?|number|num\\.?|id|code|#)',
  ].join('|'),
  'i',
);
const LABEL_BEFORE = new RegExp(`(?:${REFERENCE_LABEL.source})\\s*(?:[:：#=]|是|为|\\bis\\b)?\\s*$`, 'i');
const DATE_PREFIX = /^(?:199\d|20\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/;
const CODES = [...new Set(Object.values(CALLING_CODES))];

/** True when `before` (the text right before a number) ends with an order/transaction/tracking label. */
export function endsWithReferenceLabel(before: string): boolean {
  return LABEL_BEFORE.test(before);
}

function fitsCallingCode(digits: string): boolean {
  for (const cc of CODES) {
    if (!digits.startsWith(cc)) continue;
    const rest = digits.slice(cc.length);
    if (cc === '1' ? rest.length === 10 : cc === '86' ? isMainlandMobile(rest) || /^[2-9]\d{9,10}$/.test(rest) : rest.length >= 7 && rest.length <= 12) return true;
  }
  return false;
}

/** True when a parsed number has a shape no phone numbering plan uses (see the module comment). */
export function referenceShaped(phone: Pick<ParsedPhone, 'digits' | 'groups' | 'international'>): boolean {
  if (phone.international) return false;
  const { digits } = phone;
  if (digits.length > 15) return true;
  if (phone.groups.length !== 1) return false;
  if (digits.length >= 12 && DATE_PREFIX.test(digits)) return true;
  if (digits.length >= 13) return digits.startsWith('0') ? digits.length > 13 : !fitsCallingCode(digits);
  return digits.length === 11 && /^1[0-2]/.test(digits);
}

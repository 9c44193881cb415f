/**
 * Message verdicts: a message is suspicious when it carries an impersonation-scam request or a
 * suspicious contact (a scam text that quotes a real hotline is still a scam); official only when
 * every contact in it is official and it asks for nothing a scam asks for; otherwise unknown.
 */
import { CONTACT_WORDS, type CheckContext, type CheckResult, MAX_CONTACT_LENGTH, type Verdict, walletParams } from './check-context.js';
import { checkPhone } from './check-phone.js';
import { checkEmail } from './check-email.js';
import { checkUrl } from './check-url.js';
import { extractContacts } from './extract-contacts.js';
import { type Reason, reason } from './reasons.js';
import { scanPatterns } from './scam-patterns.js';
import { foldText } from '../_internal/text/index.js';
import { probe } from '../_internal/probe.js';
import type { Channel, Wallet } from './schema.js';

/** One contact found inside a message, with its own verdict. */
export interface ContactFinding {
  readonly kind: 'phone' | 'url' | 'email';
  /** As written in the message. */
  readonly value: string;
  readonly verdict: Verdict;
  readonly wallet?: string;
  readonly channel?: Channel;
  readonly reasons: readonly Reason[];
}

/** The result of a message check, with the contacts found in it. */
export interface TextCheckResult extends CheckResult {
  contacts: ContactFinding[];
}

const FRAMING = /客服|热线|官方|专员|工作人员|support|service|helpline|hotline|customer care|call us|contact us|联系|拨打|致电|\bcall\b|\bdial\b|\bbilling\b|\bsecurity team\b/i;
const NEVER_ASK_WORDS: Record<string, readonly [string, string]> = {
  password: ['passwords', '密码'],
  payment_password: ['payment passwords', '支付密码'],
  pin: ['PINs', 'PIN 码'],
  pin_to_receive: ['a PIN to receive money', '收款时输入 PIN'],
  sms_code: ['SMS / verification codes', '短信验证码'],
  card_details: ['card details', '银行卡信息'],
  remote_access_app: ['remote-access apps or screen sharing', '远程控制软件或屏幕共享'],
  transfer_to_safe_account: ['a transfer to a "safe account"', '转账到"安全账户"'],
  payment_to_support: ['payments to support', '向客服付款'],
  test_transaction: ['test transactions', '测试交易'],
  gift_cards: ['gift cards', '礼品卡'],
  login_via_link: ['logging in through a link', '通过链接登录'],
  video_call_payment: ['payments during a video call', '视频通话中付款'],
  fee_to_cancel_service: ['a fee to cancel a service', '付费关闭服务'],
};

// "我打过建设银行客服 95533", "called Chase at 1-800-…": a number the message gives as a bank's is
// not presented as the wallet's. Banks are not in the directory, so such a number stays unknown.
const BANK_NAME =
  /银行|信用社|信用卡中心|\bbank\b|\b(?:chase|citi(?:bank)?|wells fargo|hsbc|barclays|capital one|american express|amex|discover|santander|lloyds|natwest|monzo|starling|dbs|ocbc|uob|bdo|bpi|metrobank|sbi|hdfc|icici|axis bank|kotak|equity bank|kcb|icbc)\b/;
const BANK_BEFORE = new RegExp(`(?:${BANK_NAME.source})[^。！？!?\\n]{0,14}$`);
// "商家客服电话 0571-…" on an order page paid with a wallet: the merchant's number, not the wallet's.
const MERCHANT_BEFORE = /(?:商家|店铺|卖家|商户|门店|本店|店家|\b(?:merchant|seller|store|shop|restaurant|hotel)(?:'s)?\b)[^。！？!?\n]{0,10}$/;
// 【招商银行】… / [Chase] …: the sender's tag says whose numbers the message gives.
const SENDER_TAG = /^\s*[【[]([^】\]\n]{1,24})[】\]]/;
// Money, accounts or a wallet: where sharing a screen stops being a meeting habit.
const MONEY_CONTEXT =
  /退款|理赔|赔偿|补偿|转账|汇款|银行|(?:账|帐)户|贷款|借款|验证码|支付|付款|收款|\b(?:refunds?|bank|account|payments?|transfer|loan|card|wallet|money)\b/;

/** Regular expressions run over a whole message here, for the linear-time guard test. */
export const TEXT_REGEXES: readonly RegExp[] = [FRAMING, BANK_NAME, SENDER_TAG, MONEY_CONTEXT];

const WORD_RES = new Map<string, RegExp>();

/** Wallets named in the text, in order of first mention. */
export function walletsNamedIn(text: string, ctx: CheckContext): Wallet[] {
  const found: Array<{ wallet: Wallet; at: number }> = [];
  for (const brand of ctx.index.textBrands) {
    let at: number;
    if (/^[\x00-\x7f]+$/.test(brand.term)) {
      at = text.indexOf(brand.term);
      if (at >= 0) {
        let re = WORD_RES.get(brand.term);
        if (!re) {
          const escaped = brand.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          re = new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`);
          WORD_RES.set(brand.term, re);
        }
        at = re.exec(text)?.index ?? -1;
      }
    } else {
      at = text.indexOf(brand.term);
    }
    if (at >= 0 && !found.some((f) => f.wallet.id === brand.wallet.id)) found.push({ wallet: brand.wallet, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.wallet);
}

/** Checks a message (already bounded in length by the caller). */
export function checkText(text: string, ctx: CheckContext, folded?: string): TextCheckResult {
  const lower = folded ?? (probe('fold-text'), foldText(text));
  const named = walletsNamedIn(lower, ctx);
  const framed = FRAMING.test(lower);
  const claimed = ctx.claimed ?? (framed ? named[0] : undefined);
  const contactCtx: CheckContext = claimed ? { ...ctx, claimed } : ctx;
  const reasons: Reason[] = [];

  // The same contact repeated in a message is checked (and listed) once.
  const unique = new Map<string, ReturnType<typeof extractContacts>[number]>();
  const references: string[] = [];
  for (const contact of extractContacts(text, ctx.index, 60, references)) {
    const key = `${contact.kind}|${contact.value.replace(/\s+/g, '')}`;
    if (!unique.has(key) && unique.size < 20) unique.set(key, contact);
  }
  const contacts: ContactFinding[] = [...unique.values()].map((contact) => {
    // A 60 KB "link" is not an address anyone types; judging its host costs more than it tells.
    if (contact.value.length > MAX_CONTACT_LENGTH) {
      const words = CONTACT_WORDS[contact.kind];
      const tooLong: ContactFinding = { kind: contact.kind, value: contact.value.slice(0, 80), verdict: 'unknown', reasons: [reason('input_too_long', ctx.locale, { detail: words[0], detailZh: words[1] })] };
      return tooLong;
    }
    const check = (c: CheckContext) =>
      contact.kind === 'phone' ? checkPhone(contact.value, c) : contact.kind === 'email' ? checkEmail(contact.value, c) : checkUrl(contact.value, c);
    // A message naming several wallets ("PayPal and Venmo support") claims each of them: a contact
    // that is official for any named wallet is official.
    const before = foldText(text.slice(Math.max(0, contact.index - 24), contact.index));
    const clause = before.slice(before.search(/[^。！？!?\n]*$/));
    const tag = SENDER_TAG.exec(lower)?.[1];
    const bankTag = tag && BANK_NAME.test(tag) && walletsNamedIn(clause, ctx).length === 0 ? [tag] : undefined;
    const bank = contact.kind === 'phone' && (BANK_BEFORE.exec(before) ?? bankTag);
    const merchant = contact.kind === 'phone' && !bank && MERCHANT_BEFORE.exec(before);
    // "支付宝商家客服" is the wallet's own merchant line: only a wallet named right at the label keeps the claim.
    const atLabel = merchant ? (before.slice(Math.max(0, merchant.index - 8), merchant.index).split(/[，,;；:：]/).pop() ?? '') : '';
    if (merchant && walletsNamedIn(atLabel, ctx).length === 0) {
      const open = checkPhone(contact.value, ctx);
      const finding: ContactFinding = {
        kind: contact.kind,
        value: contact.value,
        verdict: open.verdict === 'official' ? 'official' : 'unknown',
        reasons: [reason('merchant_number', ctx.locale, { value: contact.value, detail: merchant[0].replace(/[^\p{L}\s]+$/u, '').trim() }, contact.value), ...open.reasons],
        ...(open.wallet ? { wallet: open.wallet.id } : {}),
        ...(open.channel ? { channel: open.channel } : {}),
      };
      return finding;
    }
    if (bank && (bankTag || walletsNamedIn(before, ctx).length === 0)) {
      const open = checkPhone(contact.value, ctx);
      const finding: ContactFinding = {
        kind: contact.kind,
        value: contact.value,
        verdict: open.verdict === 'official' ? 'official' : 'unknown',
        reasons: [reason('bank_number', ctx.locale, { value: contact.value, detail: (bank[0] ?? '').replace(/[^\p{L}\s]+$/u, '').trim() }, contact.value), ...open.reasons],
        ...(open.wallet ? { wallet: open.wallet.id } : {}),
        ...(open.channel ? { channel: open.channel } : {}),
      };
      return finding;
    }
    let result = check(contactCtx);
    if (!ctx.claimed && named.length > 1 && result.verdict !== 'official') {
      const open = check(ctx);
      if (open.verdict === 'official' && open.wallet && named.some((w) => w.id === open.wallet?.id)) result = open;
    }
    const finding: ContactFinding = {
      kind: contact.kind,
      value: contact.value,
      verdict: result.verdict,
      reasons: result.reasons,
      ...(result.wallet ? { wallet: result.wallet.id } : {}),
      ...(result.channel ? { channel: result.channel } : {}),
    };
    return finding;
  });

  const scan = scanPatterns(lower);
  // A meeting app is harmless on its own, not when a wallet or "support" is involved.
  // Screen sharing too, where money or an account is involved or the sender has you install the app.
  const walletContext = Boolean(claimed) || named.length > 0 || MONEY_CONTEXT.test(lower) || scan.hits.some((h) => h.code === 'install_app');
  const weight = (hit: { code: string; weight: number }) => (hit.code === 'remote_access' && walletContext ? 2 : hit.weight);
  // An unexpected refund or compensation with a call-back number or link nobody can confirm.
  const lure = scan.hits.some((h) => h.code === 'refund_lure') && contacts.some((c) => c.verdict === 'unknown' && !c.reasons.some((r) => r.code === 'bank_number' || r.code === 'merchant_number'));
  if (lure) scan.hits.push({ code: 'lure_with_contact', weight: 1, evidence: contacts.find((c) => c.verdict === 'unknown')?.value ?? '', neverAsks: [] });
  const score = scan.hits.reduce((sum, hit) => sum + weight(hit), 0);
  const scam = scan.hits.some((hit) => weight(hit) >= 2) || score >= 2;
  const walletForNotes = claimed ?? named[0];
  for (const hit of [...scan.hits].sort((a, b) => b.weight - a.weight)) {
    reasons.push(reason(hit.code, ctx.locale, { detail: hit.evidence }, hit.evidence));
  }
  if (scam && walletForNotes) {
    const statements = walletForNotes.neverAsks.filter((n) => scan.hits.some((h) => h.neverAsks.includes(n.what)));
    const first = statements[0];
    if (first) {
      const en = statements.map((s) => NEVER_ASK_WORDS[s.what]?.[0] ?? s.what).join(', ');
      const zh = statements.map((s) => NEVER_ASK_WORDS[s.what]?.[1] ?? s.what).join('、');
      reasons.push(reason('never_asks_statement', ctx.locale, { ...walletParams(walletForNotes), detail: en, detailZh: zh, source: first.source }));
    }
  }
  if (scan.safetyAdvice && !scam) reasons.push(reason('safety_advice', ctx.locale));

  for (const contact of contacts) {
    if (contact.verdict === 'suspicious') reasons.push(reason('contact_suspicious', ctx.locale, { value: contact.value }, contact.value), ...contact.reasons.filter((r) => r.severity === 'danger').slice(0, 2));
    else if (contact.verdict === 'official') {
      const owner = ctx.directory.findWallet(contact.wallet ?? '');
      reasons.push(reason(scam ? 'real_contact_in_scam' : 'contact_official', ctx.locale, { ...walletParams(owner), value: contact.value }, contact.value));
    } else reasons.push(reason('contact_unknown', ctx.locale, { value: contact.value }, contact.value));
  }

  let verdict: Verdict;
  if (scam || contacts.some((c) => c.verdict === 'suspicious')) verdict = 'suspicious';
  else if (contacts.length > 0 && contacts.every((c) => c.verdict === 'official')) verdict = 'official';
  else verdict = 'unknown';
  for (const value of references.slice(0, 3)) reasons.push(reason('reference_number', ctx.locale, { value }, value));
  if (verdict === 'unknown' && contacts.length === 0 && scan.hits.length === 0) reasons.push(reason('no_signals', ctx.locale));

  const officialContact = contacts.find((c) => c.verdict === 'official');
  const wallet = claimed ?? (officialContact?.wallet ? ctx.directory.findWallet(officialContact.wallet) : undefined) ?? named[0];
  const result: TextCheckResult = { verdict, reasons, contacts };
  if (wallet) result.wallet = wallet;
  if (verdict === 'official' && contacts.length === 1 && officialContact?.channel) result.channel = officialContact.channel;
  return result;
}

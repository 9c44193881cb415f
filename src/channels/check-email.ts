/**
 * E-mail verdicts (issue 14 split them out of check-url.ts): an exact sourced address is
 * official; another address on a wallet's own domain is official with a caution; free-mail
 * addresses presented as a wallet's support and look-alike domains are suspicious.
 */
import { analyzeHost, officialDomainOf, POSING } from './analyze-host.js';
import { type CheckContext, type CheckResult, otherParams, walletParams, withWallet } from './check-context.js';
import { type Reason, reason } from './reasons.js';

const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'aol.com', 'icloud.com', 'me.com', 'proton.me',
  'protonmail.com', 'gmx.com', 'mail.com', 'yandex.com', 'qq.com', 'foxmail.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'aliyun.com',
]);

/** Checks one email address. */
export function checkEmail(input: string, ctx: CheckContext): CheckResult {
  const address = input.trim().normalize('NFKC').toLowerCase();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  let domain = address.slice(at + 1).replace(/\.$/, '');
  try {
    domain = new URL(`http://${domain}`).hostname;
  } catch {
    return { verdict: 'unknown', reasons: [reason('invalid_url', ctx.locale)] };
  }
  if (at <= 0 || !domain.includes('.')) return { verdict: 'unknown', reasons: [reason('invalid_url', ctx.locale)] };
  const claimed = ctx.claimed;
  const exact = ctx.index.emails.get(`${local}@${domain}`);
  if (exact) {
    const names = walletParams(exact.wallet);
    if (claimed && claimed.id !== exact.wallet.id) {
      return {
        verdict: 'suspicious',
        wallet: exact.wallet,
        channel: exact.channel,
        reasons: [reason('belongs_to_other_wallet', ctx.locale, { ...walletParams(claimed), ...otherParams(exact.wallet), detail: 'email address', detailZh: '邮箱' }, address)],
      };
    }
    const reasons = [
      reason('official_channel', ctx.locale, { ...names, detail: 'email address', detailZh: '邮箱', value: exact.channel.value, source: exact.channel.source, checkedAt: exact.channel.checkedAt }, address),
    ];
    if (exact.channel.purpose === 'report_fraud') reasons.push(reason('report_only', ctx.locale, names));
    return { verdict: 'official', wallet: exact.wallet, channel: exact.channel, reasons };
  }
  const official = officialDomainOf(domain, ctx);
  if (official) {
    if (claimed && claimed.id !== official.wallet.id) {
      return {
        verdict: 'suspicious',
        wallet: official.wallet,
        reasons: [reason('belongs_to_other_wallet', ctx.locale, { ...walletParams(claimed), ...otherParams(official.wallet), detail: 'email address', detailZh: '邮箱' }, address)],
      };
    }
    return { verdict: 'official', wallet: official.wallet, reasons: [reason('official_email_domain', ctx.locale, { ...walletParams(official.wallet), domain: official.domain }, address)] };
  }
  const reasons: Reason[] = [];
  const unverified = ctx.index.unverifiedEmails.get(`${local}@${domain}`);
  if (unverified && (!claimed || claimed.id === unverified.wallet.id)) {
    const names = walletParams(unverified.wallet);
    reasons.push(reason(claimed ? 'unverified_number' : 'unverified_attribution', ctx.locale, { ...names, source: unverified.contact.seenAt }, address));
  }
  const findings = analyzeHost(domain, ctx, address);
  reasons.push(...findings.reasons);
  const localBrand = ctx.index.domainBrands.find((b) => local.replace(/[^a-z0-9]/g, '').includes(b.term));
  const wallet = claimed ?? findings.imitated ?? localBrand?.wallet;
  if (FREE_MAIL.has(domain) && (claimed || localBrand || POSING.test(local))) {
    reasons.push(reason('free_email_provider', ctx.locale, { ...walletParams(wallet), domain }, address));
  }
  if (reasons.some((r) => r.severity === 'danger')) return withWallet('suspicious', wallet, reasons);
  if (claimed && claimed.domains.length > 0) {
    reasons.push(reason('email_not_listed', ctx.locale, { ...walletParams(claimed), list: claimed.domains.join(', '), domain }, address));
    return withWallet('suspicious', claimed, reasons);
  }
  if (claimed) reasons.push(reason('no_sourced_domain', ctx.locale, walletParams(claimed)));
  else reasons.push(reason('not_in_directory', ctx.locale));
  return withWallet('unknown', claimed, reasons);
}

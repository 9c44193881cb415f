/**
 * Look-alike analysis of a host that is not one of the wallets' own (issue 14 split it out of
 * check-url.ts): which wallet's domain a host is under, punycode, mixed scripts, confusable
 * skeletons, edit distance to an official label, and brand names inside someone else's host.
 * Registrable domains (eTLD+1) come from the public-suffix list via `tldts`.
 */
import { parse as parseDomain } from 'tldts';
import { type CheckContext, walletParams } from './check-context.js';
import { editDistance, scriptsOf, skeleton } from './confusables.js';
import { hostToUnicode } from './punycode.js';
import { type Reason, reason } from './reasons.js';
import type { Wallet } from './schema.js';

/** Words that make a page or address pose as support, sign-in or payment. */
export const POSING =
  /support|help|service|care|refund|kefu|hotline|contact|customer|number|phone|24-?7|unlock|verif|log-?in|sign-?in|secure|security|account|official|claim|reward|recover|dispute|unfreeze|wallet|客服|热线|解冻|退款|官方|认证|登录/i;
/** True when `host` is `suffix` or under it. */
export function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/** The wallet whose own domain `host` is under (the longest matching suffix). */
export function officialDomainOf(host: string, ctx: CheckContext): { wallet: Wallet; domain: string } | undefined {
  let best: { wallet: Wallet; domain: string } | undefined;
  for (const entry of ctx.index.walletDomains) {
    if (hostMatches(host, entry.domain) && (!best || entry.domain.length > best.domain.length)) best = entry;
  }
  return best;
}

/** What the look-alike analysis of a host found. */
export interface HostFindings {
  reasons: Reason[];
  /** The wallet the host imitates or names, if any. */
  imitated?: Wallet;
  /** True when a finding alone makes the host suspicious. */
  danger: boolean;
}

/**
 * Look-alike analysis of a host that is not one of the wallets' own: punycode, mixed scripts,
 * confusable skeletons, edit distance to an official label, and brand names inside the host.
 */
export function analyzeHost(host: string, ctx: CheckContext, context: string): HostFindings {
  const reasons: Reason[] = [];
  let imitated: Wallet | undefined;
  const unicodeHost = hostToUnicode(host);
  const info = parseDomain(host);
  const registrable = info.domain ?? host;
  const label = info.domainWithoutSuffix ?? host.split('.')[0] ?? host;
  const unicodeLabel = hostToUnicode(label);
  const posing = POSING.test(context);

  const labelsU = unicodeHost.split('.');
  const suffixLabels = (info.publicSuffix ?? '').split('.').filter(Boolean).length;
  const nameLabels = labelsU.slice(0, Math.max(1, labelsU.length - suffixLabels));

  if (host.includes('xn--')) {
    const latinish = nameLabels.some((l) => {
      const s = scriptsOf(l);
      return s.has('Latin') || s.has('Cyrillic') || s.has('Greek') || s.has('Armenian');
    });
    if (latinish) reasons.push(reason('punycode', ctx.locale, { detail: unicodeHost }, host));
  }
  const mixed = nameLabels.find((l) => {
    const s = scriptsOf(l);
    s.delete('Han');
    return s.size > 1;
  });
  if (mixed) reasons.push(reason('mixed_scripts', ctx.locale, { detail: mixed }, host));

  // Look-alikes of an official label.
  const skel = skeleton(unicodeLabel);
  for (const official of ctx.index.officialLabels) {
    if (registrable === official.domain) continue;
    const names = walletParams(official.wallet);
    if (skel === official.skeleton) {
      imitated ??= official.wallet;
      if (unicodeLabel !== official.label) {
        reasons.push(reason('confusable_domain', ctx.locale, { ...names, domain: hostToUnicode(registrable), other: official.domain }, host));
      } else if (official.generic) {
        // apple.com.cn, google.de: a common word under another suffix is often the company's own
        // local site, and often someone else entirely. Not evidence either way.
        reasons.push(reason('same_name_other_domain', ctx.locale, { ...names, domain: registrable, list: official.wallet.domains.join(', ') }, host));
        return { reasons, imitated: official.wallet, danger: reasons.some((r) => r.severity === 'danger') };
      } else {
        reasons.push(reason('lookalike_domain', ctx.locale, { ...names, domain: hostToUnicode(registrable), other: official.domain }, host));
      }
      break;
    }
    if (official.generic || official.label.length < 5) continue;
    const distance = editDistance(skel, official.skeleton, 2);
    const claimedHere = ctx.claimed?.id === official.wallet.id;
    if ((distance === 1 && official.label.length >= 5) || (distance === 2 && official.label.length >= 6 && (claimedHere || posing))) {
      imitated ??= official.wallet;
      reasons.push(reason('lookalike_domain', ctx.locale, { ...names, domain: hostToUnicode(registrable), other: official.domain }, host));
      break;
    }
  }

  // Brand names inside someone else's host: alipay-help.top, venmo.support-center.xyz.
  if (!imitated) {
    const hostText = nameLabels.join('.');
    const hostSkeleton = skeleton(hostText);
    const squeezed = hostText.replace(/-/g, '');
    const tokens = hostText.toLowerCase().split(/[^\p{L}]+/u);
    let hit: { term: string; wallet: Wallet } | undefined;
    for (const brand of ctx.index.domainBrands) {
      if (hostText.includes(brand.term) || squeezed.includes(brand.term) || hostSkeleton.includes(skeleton(brand.term))) {
        hit = brand;
        break;
      }
    }
    if (!hit) {
      for (const token of tokens) {
        const wallet = ctx.index.labelTokens.get(token) ?? ctx.index.brandTokens.get(token);
        if (wallet && token.length >= 3) {
          hit = { term: token, wallet };
          break;
        }
      }
    }
    if (!hit) {
      for (const brand of ctx.index.textBrands) {
        if (/[^\x00-\x7f]/.test(brand.term) && hostText.includes(brand.term)) {
          hit = brand;
          break;
        }
      }
    }
    if (hit) {
      imitated = hit.wallet;
      reasons.push(reason('brand_in_domain', ctx.locale, { ...walletParams(hit.wallet), detail: hit.term, domain: hostToUnicode(registrable) }, host));
    }
  }
  return imitated || reasons.length > 0 ? { reasons, ...(imitated ? { imitated } : {}), danger: reasons.length > 0 } : { reasons, danger: false };
}

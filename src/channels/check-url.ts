/**
 * URL and email verdicts. A wallet's domains are host suffixes (per the data README: `alipay.com`
 * covers `cs.alipay.com`, but for WeChat Pay and Google only specific hosts are listed);
 * user-content hosts beat domains; everything else is compared by its registrable domain (eTLD+1,
 * from the public-suffix list via `tldts`) for look-alikes, brand names and tricks.
 */
import { parse as parseDomain } from 'tldts';
import { type CheckContext, type CheckResult, otherParams, walletParams } from './check-context.js';
import { checkPhone } from './check-phone.js';
import { editDistance, scriptsOf, skeleton } from './confusables.js';
import type { UserContentEntry } from './directory-index.js';
import { hostToUnicode } from './punycode.js';
import { type Reason, reason } from './reasons.js';
import type { Channel, Wallet } from './schema.js';

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Words that make a page or address pose as support, sign-in or payment. */
const POSING =
  /support|help|service|care|refund|kefu|hotline|contact|customer|number|phone|24-?7|unlock|verif|log-?in|sign-?in|secure|security|account|official|claim|reward|recover|dispute|unfreeze|wallet|客服|热线|解冻|退款|官方|认证|登录/i;
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'aol.com', 'icloud.com', 'me.com', 'proton.me',
  'protonmail.com', 'gmx.com', 'mail.com', 'yandex.com', 'qq.com', 'foxmail.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'aliyun.com',
]);

function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

function userContentAt(host: string, path: string, entries: readonly UserContentEntry[]): UserContentEntry | undefined {
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  return entries.find((e) => {
    if (!e.pathPrefix) return hostMatches(host, e.host);
    if (host !== e.host && bare !== e.host) return false;
    return path.toLowerCase().startsWith(e.pathPrefix.toLowerCase());
  });
}

function officialDomainOf(host: string, ctx: CheckContext): { wallet: Wallet; domain: string } | undefined {
  let best: { wallet: Wallet; domain: string } | undefined;
  for (const entry of ctx.index.walletDomains) {
    if (hostMatches(host, entry.domain) && (!best || entry.domain.length > best.domain.length)) best = entry;
  }
  return best;
}

function channelForUrl(wallet: Wallet, url: URL): Channel | undefined {
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  let best: Channel | undefined;
  let bestLength = -1;
  for (const channel of wallet.channels) {
    if (!/^https?:\/\//.test(channel.value)) continue;
    let target: URL;
    try {
      target = new URL(channel.value);
    } catch {
      continue;
    }
    if (target.hostname.replace(/^www\./, '') !== host) continue;
    const prefix = target.pathname.replace(/\/+$/, '').toLowerCase();
    if ((path === prefix || path.startsWith(`${prefix}/`) || prefix === '') && prefix.length > bestLength) {
      best = channel;
      bestLength = prefix.length;
    }
  }
  return best;
}

function listedChannel(url: URL, ctx: CheckContext): { wallet: Wallet; channel: Channel } | undefined {
  for (const wallet of ctx.directory.wallets) {
    const channel = channelForUrl(wallet, url);
    if (channel) return { wallet, channel };
  }
  return undefined;
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

function brandInPath(url: URL, ctx: CheckContext): Wallet | undefined {
  let text: string;
  try {
    text = decodeURIComponent(`${url.pathname}${url.search}`).toLowerCase();
  } catch {
    text = `${url.pathname}${url.search}`.toLowerCase();
  }
  const squeezed = text.replace(/[^\p{L}\p{N}]+/gu, '');
  for (const brand of ctx.index.domainBrands) if (brand.term.length >= 5 && squeezed.includes(brand.term)) return brand.wallet;
  for (const brand of ctx.index.textBrands) if (/[^\x00-\x7f]/.test(brand.term) && text.includes(brand.term)) return brand.wallet;
  return undefined;
}

/** Checks one web address. */
export function checkUrl(input: string, ctx: CheckContext): CheckResult {
  const reasons: Reason[] = [];
  let raw = input.trim();
  if (INVISIBLE.test(raw)) {
    reasons.push(reason('invisible_characters', ctx.locale));
    raw = raw.replace(INVISIBLE, '');
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return checkEmail(decodeSafe(raw.slice(7).split('?')[0] ?? ''), ctx);
  if (scheme === 'tel') return checkPhone(decodeSafe(raw.slice(4)), ctx);
  if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript' || scheme === 'file' || scheme === 'blob') {
    return { verdict: 'suspicious', reasons: [...reasons, reason('dangerous_scheme', ctx.locale, { detail: scheme }, raw.slice(0, 40))] };
  }
  const hasScheme = scheme === 'http' || scheme === 'https';
  if (scheme && !hasScheme && raw.slice(scheme.length + 1, scheme.length + 3) === '//') {
    return { verdict: 'unknown', reasons: [...reasons, reason('invalid_url', ctx.locale)] };
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? raw : raw.startsWith('//') ? `https:${raw}` : `http://${raw}`);
  } catch {
    return { verdict: 'unknown', reasons: [...reasons, reason('invalid_url', ctx.locale)] };
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host || /\s/.test(host) || (!host.includes('.') && !host.startsWith('['))) {
    return { verdict: 'unknown', reasons: [...reasons, reason('invalid_url', ctx.locale)] };
  }
  const claimed = ctx.claimed;
  const path = url.pathname;
  const official = officialDomainOf(host, ctx);
  const userContent = userContentAt(host, path, ctx.index.userContent);
  const http = hasScheme && url.protocol === 'http:';

  if (official && !userContent) {
    const names = walletParams(official.wallet);
    if (claimed && claimed.id !== official.wallet.id) {
      return {
        verdict: 'suspicious',
        wallet: official.wallet,
        reasons: [...reasons, reason('belongs_to_other_wallet', ctx.locale, { ...walletParams(claimed), ...otherParams(official.wallet), detail: 'website', detailZh: '网站' }, host)],
      };
    }
    const channel = channelForUrl(official.wallet, url);
    if (channel) {
      reasons.push(
        reason('official_channel', ctx.locale, { ...names, detail: 'page', detailZh: '页面', value: channel.value, source: channel.source, checkedAt: channel.checkedAt }, host),
      );
    } else {
      reasons.push(reason('official_domain', ctx.locale, { ...names, host, domain: official.domain }, host));
    }
    if (http) reasons.push(reason('not_https', ctx.locale));
    const embedded = /(?:^|[?&=#])(?:https?(?::|%3a)(?:\/|%2f){2}[^&#\s]+)/i.exec(url.search + url.hash)?.[0];
    if (embedded) reasons.push(reason('embedded_url', ctx.locale, { detail: decodeSafe(embedded.replace(/^[?&=#]/, '')).slice(0, 100) }));
    if (reasons.some((r) => r.code === 'invisible_characters')) return { verdict: 'suspicious', wallet: official.wallet, reasons };
    return channel ? { verdict: 'official', wallet: official.wallet, channel, reasons } : { verdict: 'official', wallet: official.wallet, reasons };
  }

  // A listed channel on someone else's platform (an official X/Twitter account) is official too.
  const listed = !userContent && !url.username && !url.password ? listedChannel(url, ctx) : undefined;
  if (listed) {
    if (claimed && claimed.id !== listed.wallet.id) {
      return {
        verdict: 'suspicious',
        wallet: listed.wallet,
        reasons: [...reasons, reason('belongs_to_other_wallet', ctx.locale, { ...walletParams(claimed), ...otherParams(listed.wallet), detail: 'page', detailZh: '页面' }, host)],
      };
    }
    reasons.push(
      reason('official_channel', ctx.locale, { ...walletParams(listed.wallet), detail: 'page', detailZh: '页面', value: listed.channel.value, source: listed.channel.source, checkedAt: listed.channel.checkedAt }, host),
    );
    if (http) reasons.push(reason('not_https', ctx.locale));
    return { verdict: reasons.some((r) => r.severity === 'danger') ? 'suspicious' : 'official', wallet: listed.wallet, channel: listed.channel, reasons };
  }
  if (url.username || url.password) reasons.push(reason('userinfo_trick', ctx.locale, { host }, `${url.username}@`));
  else if (/\\[^/]*@/.test(raw)) reasons.push(reason('userinfo_trick', ctx.locale, { host }, raw.slice(0, 80))); // "evil.example\@paypal.com"
  const info = parseDomain(host);
  if (info.isIp || host.startsWith('[')) reasons.push(reason('ip_address_host', ctx.locale, { host }, host));
  if (url.port && url.port !== '80' && url.port !== '443') reasons.push(reason('unusual_port', ctx.locale, { detail: url.port }));

  const context = `${host} ${decodeSafe(url.pathname + url.search)} ${decodeSafe(url.username)}`;
  const posing = POSING.test(context);
  // The wallets' companies own their registrable domains (google.com, qq.com): a brand there is theirs.
  const ownedByCompany = Boolean(info.domain && ctx.index.companyDomains.has(info.domain));
  const findings: HostFindings = info.isIp || ownedByCompany || userContent?.wallet ? { reasons: [], danger: false } : analyzeHost(host, ctx, context);
  reasons.push(...findings.reasons);
  const pathBrand = findings.imitated ? undefined : brandInPath(url, ctx);
  const registrable = hostToUnicode(info.domain ?? host);
  const wallet = claimed ?? findings.imitated ?? pathBrand ?? userContent?.wallet;
  const names = walletParams(wallet);

  if (userContent) {
    if (userContent.wallet && (!claimed || claimed.id === userContent.wallet.id) && (!pathBrand || pathBrand.id === userContent.wallet.id)) {
      const posingHere = Boolean(claimed) || posing || Boolean(pathBrand);
      reasons.push(reason(posingHere ? 'wallet_user_content' : 'wallet_user_content_neutral', ctx.locale, { ...walletParams(userContent.wallet), host }, host));
      if (posingHere) return withWallet('suspicious', userContent.wallet, reasons);
      return withWallet('unknown', userContent.wallet, reasons);
    }
    if (claimed || findings.danger || pathBrand || posing) {
      reasons.push(reason('user_content_host', ctx.locale, { ...names, host }, host));
      return withWallet('suspicious', wallet, reasons);
    }
    reasons.push(reason('user_content_host_neutral', ctx.locale, { host }, host));
    return { verdict: 'unknown', reasons };
  }
  if (ctx.index.shorteners.has(host) || ctx.index.shorteners.has(info.domain ?? '')) {
    reasons.push(reason('url_shortener', ctx.locale, { host }, host));
  }
  const pathNamesDomain = pathBrand ? pathBrand.domains.some((d) => decodeSafe(url.pathname + url.search).toLowerCase().includes(d)) : false;
  if (pathBrand && (claimed || posing || pathNamesDomain)) {
    reasons.push(reason('brand_in_path', ctx.locale, { ...walletParams(pathBrand), domain: registrable }, host));
  }
  const company = info.domain ? ctx.index.companyDomains.get(info.domain) : undefined;
  if (company && !reasons.some((r) => r.severity === 'danger')) {
    reasons.push(reason('company_domain_not_listed', ctx.locale, { ...walletParams(company), host, domain: info.domain ?? host }, host));
    if (claimed && claimed.id !== company.id) return withWallet('suspicious', claimed, reasons);
    return withWallet('unknown', company, reasons);
  }
  if (http && (claimed || reasons.length > 0)) reasons.push(reason('not_https', ctx.locale));
  if (reasons.some((r) => r.severity === 'danger')) return withWallet('suspicious', wallet, reasons);
  if (claimed) {
    if (claimed.domains.length === 0) {
      reasons.push(reason('no_sourced_domain', ctx.locale, walletParams(claimed)));
      return withWallet('unknown', claimed, reasons);
    }
    reasons.push(reason('not_official_domain', ctx.locale, { ...walletParams(claimed), list: claimed.domains.join(', '), domain: registrable }, host));
    return withWallet('suspicious', claimed, reasons);
  }
  reasons.push(reason('not_in_directory', ctx.locale));
  return { verdict: 'unknown', reasons };
}

function withWallet(verdict: CheckResult['verdict'], wallet: Wallet | undefined, reasons: Reason[]): CheckResult {
  return wallet ? { verdict, wallet, reasons } : { verdict, reasons };
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

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

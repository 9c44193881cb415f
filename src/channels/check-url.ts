/**
 * URL verdicts. A wallet's domains are host suffixes (per the data README: `alipay.com` covers
 * `cs.alipay.com`, but for WeChat Pay and Google only specific hosts are listed);
 * user-content hosts beat domains; everything else is compared by its registrable domain (eTLD+1,
 * from the public-suffix list via `tldts`) for look-alikes, brand names and tricks. The look-alike
 * analysis of a host is in analyze-host.ts, e-mail addresses in check-email.ts.
 */
import { parse as parseDomain } from 'tldts';
import { analyzeHost, type HostFindings, hostMatches, officialDomainOf, POSING } from './analyze-host.js';
import { type CheckContext, type CheckResult, otherParams, walletParams, withWallet } from './check-context.js';
import { checkEmail } from './check-email.js';
import { checkPhone } from './check-phone.js';
import type { UserContentEntry } from './directory-index.js';
import { hostToUnicode } from './punycode.js';
import { type Reason, reason } from './reasons.js';
import type { Channel, Wallet } from './schema.js';

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

function userContentAt(host: string, path: string, entries: readonly UserContentEntry[]): UserContentEntry | undefined {
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  return entries.find((e) => {
    if (!e.pathPrefix) return hostMatches(host, e.host);
    if (host !== e.host && bare !== e.host) return false;
    return path.toLowerCase().startsWith(e.pathPrefix.toLowerCase());
  });
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

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Which way the call goes (issue 15, 回访). A number to dial is judged as a support line; a call
 * the user *received* is judged by the numbers the wallet says it calls from (`outbound_only` in
 * the directory, e.g. Safaricom: "we only call from 0722000000"). Anything else presented as a
 * wallet's callback is not confirmed, and the only safe answer is to hang up and dial the official
 * number yourself: caller ID can be faked, and a scammer's "callback" is how the script starts.
 */
import { type CheckContext, type CheckResult, walletParams } from './check-context.js';
import { officialNumbers } from './check-phone.js';
import { reason } from './reasons.js';
import type { Wallet } from './schema.js';

/** `inbound`: a call the user received; `outbound`: a number the user is about to dial. */
export type CallDirection = 'inbound' | 'outbound';

function outboundNumbers(wallet: Wallet): string {
  return wallet.channels
    .filter((c) => c.kind === 'phone' && c.purpose === 'outbound_only')
    .map((c) => c.value)
    .join(', ');
}

/** Re-judges a phone check for the direction of the call. */
export function judgeDirection(result: CheckResult, direction: CallDirection, ctx: CheckContext): CheckResult {
  const outboundLine = result.verdict === 'official' && result.channel?.purpose === 'outbound_only';
  if (direction === 'outbound') {
    // Safaricom's 0722000000 is real, but nobody answers it: not a line to call for help.
    return outboundLine ? { ...result, verdict: 'unknown' } : result;
  }
  const wallet = result.wallet ?? ctx.claimed;
  if (outboundLine && wallet) {
    return { ...result, reasons: [...result.reasons, reason('official_callback', ctx.locale, { ...walletParams(wallet), list: officialNumbers(wallet) })] };
  }
  if (!wallet) return { ...result, reasons: [...result.reasons, reason('callback_check', ctx.locale)] };
  // A wallet's own support line shown as caller ID is the classic spoof; an unlisted number is just unlisted.
  const advice = reason('unconfirmed_callback', ctx.locale, { ...walletParams(wallet), value: outboundNumbers(wallet), list: officialNumbers(wallet) });
  const rest = result.reasons.filter((r) => r.code !== 'official_number' && r.code !== 'number_not_listed');
  const out: CheckResult = { verdict: 'suspicious', wallet, reasons: [advice, ...rest] };
  return result.channel ? { ...out, channel: result.channel } : out;
}

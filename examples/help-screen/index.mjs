// The logic behind a wallet app's help screen: what to show when a user opens "Help" and types
// something. Pure view-model code — hand `helpScreen(...)` to whatever UI you render with.
import { triage } from 'walletdesk/triage';

/**
 * Builds the help screen for one request.
 * @param {string} message what the user typed
 * @param {{ wallet: string, region?: string, now: Date }} context the app knows these
 */
export function helpScreen(message, { wallet, region, now }) {
  const t = triage(message, { wallet, now, ...(region ? { region } : {}) });
  const human = t.channels.filter((r) => r.channel.kind !== 'faq');
  const reachable = human.filter((r) => r.availability === 'open' || r.availability === 'always');
  const banner =
    t.safety.verdict === 'suspicious'
      ? { tone: 'danger', text: t.safety.warnings[0] ?? '' }
      : t.help.urgency === 'critical'
        ? { tone: 'urgent', text: t.help.steps[0] ?? '' }
        : null;
  return {
    banner,
    title: t.help.title,
    selfHelp: t.help.steps.slice(0, 3),
    prepare: t.help.prepare,
    // Urgent problems and scam attempts go straight to an official live channel; others get self-help first.
    primaryAction:
      t.safety.verdict === 'suspicious' || t.help.urgency === 'critical' || t.help.urgency === 'high'
        ? { kind: 'contact', channel: (reachable[0] ?? human[0])?.channel.value ?? null }
        : { kind: 'self-help', channel: null },
    contactOptions: human.slice(0, 3).map((r) => ({ kind: r.channel.kind, value: r.channel.value, openNow: reachable.includes(r), opensAt: r.opensAt?.toISOString() ?? null })),
    callLater: t.bestTime[0] ? { from: t.bestTime[0].start.toISOString(), to: t.bestTime[0].end.toISOString() } : null,
    ticketDraft: t.ticketDraft,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const now = new Date(process.env.WALLETDESK_NOW ?? Date.now());
  for (const [wallet, message] of [
    ['alipay', '我的账户被盗了，有人用我的支付宝付了两笔钱'],
    ['paypal', 'How do I change the email on my account?'],
    ['alipay', '客服 400-123-4567 说我的花呗要关闭，要我开视频共享屏幕'],
  ]) {
    console.log(JSON.stringify({ wallet, message, screen: helpScreen(message, { wallet, now }) }, null, 2));
  }
}

// walletdesk quickstart: triage a few real-looking help requests (zh and en, one scam call among
// them) with the built-in directory. No server, no key. Run with `npm start`.
import { triage } from 'walletdesk';

const now = process.env.WALLETDESK_NOW ? new Date(process.env.WALLETDESK_NOW) : new Date();

const requests = [
  { wallet: 'alipay', message: '付款一直失败，提示"交易异常"，已经试了三次' },
  { wallet: 'alipay', message: '刚才有个自称支付宝客服的人打电话 400-123-4567，说我的账户有风险，让我把钱转到安全账户' },
  { wallet: 'paypal', message: 'Someone logged into my PayPal and sent $300 to an address I do not know' },
  { wallet: 'paypal', message: 'My refund from the seller has not arrived after 10 days, card 4111 1111 1111 1111' },
  { wallet: 'cashapp', message: 'How do I close my account?' },
];

const line = '─'.repeat(72);
console.log(`walletdesk quickstart — ${requests.length} requests, triaged at ${now.toISOString()}\n${line}`);

for (const { wallet, message } of requests) {
  const t = triage(message, { wallet, now });
  const top = t.channels[0];
  console.log(`» ${message}`);
  console.log(`  category   ${t.classification.category} (${Math.round(t.classification.confidence * 100)}%), urgency ${t.help.urgency}, locale ${t.classification.locale}`);
  if (t.safety.verdict === 'suspicious') for (const w of t.safety.warnings) console.log(`  WARNING    ${w}`);
  console.log(`  first step ${t.help.steps[0] ?? '-'}`);
  if (top) console.log(`  contact    ${top.channel.kind} ${top.channel.value} (${top.availability}${top.opensAt ? `, opens ${top.opensAt.toISOString()}` : ''})`);
  if (t.bestTime[0]) console.log(`  quietest   ${t.bestTime[0].start.toISOString()} – ${t.bestTime[0].end.toISOString()}`);
  console.log(`  ticket     ${t.ticketDraft.subject} [${t.ticketDraft.priority}]`);
  console.log(line);
}
// Ticket filing (memory backend, open → pending → solved → rated) joins here once walletdesk/tickets lands.

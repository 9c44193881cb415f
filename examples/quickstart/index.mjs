// walletdesk quickstart: triage a few real-looking help requests (zh and en, one scam call among
// them) with the built-in directory, file them as tickets on the in-memory backend, and walk one
// through the workflow. No server, no key. Run with `npm start`.
import { createTicketClient, memoryBackend } from 'walletdesk/tickets';
import { triage } from 'walletdesk/triage';

const now = process.env.WALLETDESK_NOW ? new Date(process.env.WALLETDESK_NOW) : new Date();

const requests = [
  { wallet: 'alipay', message: '付款一直失败，提示"交易异常"，已经试了三次' },
  { wallet: 'alipay', message: '刚才有个自称支付宝客服的人打电话 400-123-4567，说我的账户有风险，让我把钱转到安全账户' },
  { wallet: 'paypal', message: 'Someone logged into my PayPal and sent $300 to an address I do not know' },
  { wallet: 'paypal', message: 'My refund from the seller has not arrived after 10 days, card 4111 1111 1111 1111' },
  { wallet: 'cashapp', message: 'How do I close my account?' },
];

const line = '─'.repeat(72);
/** A time in the channel's own zone, e.g. `Sat 5 Dec 21:00 (Asia/Shanghai)`. */
const local = (date, timeZone = 'UTC') =>
  `${new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)} (${timeZone})`;
console.log(`walletdesk quickstart — ${requests.length} requests, triaged at ${now.toISOString()}\n${line}`);

// A fixed clock for the ticket store keeps the report reproducible with WALLETDESK_NOW.
let tick = 0;
const tickets = createTicketClient({ backend: memoryBackend({ now: () => new Date(now.getTime() + 60_000 * tick++) }) });
const filed = [];

for (const { wallet, message } of requests) {
  const t = triage(message, { wallet, now });
  const ticket = await tickets.create({ ...t.ticketDraft, channel: 'in_app', tags: [wallet] });
  filed.push(ticket);
  const top = t.channels[0];
  console.log(`» ${message}`);
  console.log(`  category   ${t.classification.category} (${Math.round(t.classification.confidence * 100)}%), urgency ${t.help.urgency}, locale ${t.classification.locale}`);
  if (t.safety.verdict === 'suspicious') for (const w of t.safety.warnings) console.log(`  WARNING    ${w}`);
  console.log(`  first step ${t.help.steps[0] ?? '-'}`);
  const zone = t.channels.find((c) => c.channel.hours)?.channel.hours?.timeZone;
  if (top) console.log(`  contact    ${top.channel.kind} ${top.channel.value} (${top.availability}${top.opensAt ? `, opens ${local(top.opensAt, zone)}` : ''})`);
  if (t.bestTime[0]) console.log(`  quietest   ${local(t.bestTime[0].start, zone)} for ${Math.round((t.bestTime[0].end - t.bestTime[0].start) / 60_000)} min`);
  console.log(`  ticket     #${ticket.id} ${ticket.subject} [${ticket.priority}, ${ticket.status}]`);
  console.log(line);
}

// One ticket's life: an agent opens it, asks for the record, solves it, the user rates it.
const refund = filed.find((t) => t.category === 'refund_dispute') ?? filed[0];
const steps = [
  ['open', () => tickets.transition(refund.id, 'open')],
  ['pending', () => tickets.requestInfo(refund.id, 'Please send the order number and the seller’s refund confirmation.')],
  ['open', () => tickets.transition(refund.id, 'open')],
  ['solved', () => tickets.resolve(refund.id, { comment: 'The refund reached your card today; allow 1–2 days to show.' })],
  ['rated', () => tickets.rate(refund.id, { score: 'good', comment: 'Quick and clear' })],
];
console.log(`ticket #${refund.id} (${refund.category}): ${refund.status}`);
for (const [label, step] of steps) {
  const after = await step();
  console.log(`  → ${label.padEnd(8)} status ${after.status}${after.satisfaction ? `, satisfaction ${after.satisfaction.score}` : ''}`);
}
const comments = await tickets.comments(refund.id);
console.log(`  ${comments.length} public replies to the user; escalation level ${(await tickets.get(refund.id)).escalationLevel}`);

const byStatus = {};
for await (const t of tickets.list()) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;
console.log(`${line}\n${filed.length} tickets filed: ${Object.entries(byStatus).map(([s, n]) => `${n} ${s}`).join(', ')}`);

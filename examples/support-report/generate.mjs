// A deterministic month of wallet help-desk tickets with timelines, for the report example, its
// test and the insights benchmark. Same seed, same tickets, on every machine: a linear
// congruential generator, UTC arithmetic only (Asia/Shanghai is UTC+8 all year, no DST).
//
//   generateMonth({ count: 20_000 }) → { tickets, timelines, from, to }
//
// Shapes: `tickets` are walletdesk Ticket objects (what memoryBackend stores) and `timelines` maps
// each ticket id to its TimelineEvent[] (oldest first), the pinned shape of walletdesk/tickets.

const HOUR = 3_600_000;
const MIN = 60_000;
const OFFSET = 8 * HOUR; // Asia/Shanghai

/** Contacts by local hour of a weekday / weekend day (relative weights). */
const WEEKDAY = [2, 1, 1, 1, 1, 2, 4, 7, 12, 19, 20, 19, 17, 16, 12, 8, 8, 9, 11, 12, 11, 9, 6, 3];
const WEEKEND = [2, 1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 10, 10, 9, 9, 8, 8, 8, 9, 9, 9, 8, 5, 3];
const CATEGORIES = [
  ['payment_failed', 14], ['top_up', 12], ['withdrawal', 11], ['transfer', 10], ['login_access', 9],
  ['refund_dispute', 8], ['transaction_record', 6], ['app_technical', 6], ['fees_limits', 5],
  ['identity_verification', 5], ['card_management', 4], ['unauthorized_transaction', 3],
  ['account_compromise', 2], ['account_profile', 2], ['privacy_security', 1], ['account_closure', 1], ['other', 1],
];
const CHANNELS = [['chat', 40], ['in_app', 25], ['phone', 18], ['email', 10], ['web', 5], ['social', 2]];
const URGENT = new Set(['unauthorized_transaction', 'account_compromise']);
const HIGH = new Set(['withdrawal', 'transfer', 'payment_failed']);

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

function pick(random, table) {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [key, w] of table) {
    r -= w;
    if (r < 0) return key;
  }
  return table[table.length - 1][0];
}

/** Local hour (Shanghai) and whether it is inside 09:00–18:00 on a weekday. */
function inHours(t) {
  const local = new Date(t + OFFSET);
  const day = local.getUTCDay();
  const hour = local.getUTCHours();
  return day >= 1 && day <= 5 && hour >= 9 && hour < 18;
}

/** The next 09:00 Shanghai on a weekday at or after t (t itself when inside hours). */
function nextOpen(t) {
  if (inHours(t)) return t;
  let local = new Date(t + OFFSET);
  if (local.getUTCHours() >= 9) local = new Date(local.getTime() + 24 * HOUR);
  local.setUTCHours(9, 0, 0, 0);
  while (local.getUTCDay() === 0 || local.getUTCDay() === 6) local = new Date(local.getTime() + 24 * HOUR);
  return local.getTime() - OFFSET;
}

/** An agent's answer delay after `t`, in business-ish time: minutes to a few hours, starting at the next opening. */
function answer(random, t, priority) {
  const scale = priority === 'urgent' ? 20 : priority === 'high' ? 60 : 150;
  return nextOpen(t) + Math.round(-Math.log(1 - random()) * scale * MIN) + MIN;
}

/**
 * Generates `count` tickets created in November 2026 (Shanghai), each with a timeline.
 * @param {{ count?: number, seed?: number }} [options]
 */
export function generateMonth({ count = 20_000, seed = 2026 } = {}) {
  const random = rng(seed);
  const from = Date.UTC(2026, 9, 31, 16); // 2026-11-01 00:00 Shanghai
  const to = Date.UTC(2026, 10, 30, 16); // 2026-12-01 00:00 Shanghai
  const tickets = [];
  const timelines = {};
  for (let i = 0; i < count; i++) {
    // Creation: a day, then an hour by the day's weights, then a minute.
    let created;
    for (;;) {
      const day = Math.floor(random() * 30);
      const dayStart = from + day * 24 * HOUR;
      const weekday = new Date(dayStart + OFFSET).getUTCDay();
      const table = weekday === 0 || weekday === 6 ? WEEKEND : WEEKDAY;
      const hour = Math.floor(random() * 24);
      if (random() * 20 < table[hour] * (weekday === 1 ? 1.15 : 1)) {
        created = dayStart + hour * HOUR + Math.floor(random() * 60) * MIN;
        break;
      }
    }
    const category = pick(random, CATEGORIES);
    const channel = pick(random, CHANNELS);
    let priority = URGENT.has(category) ? 'urgent' : HIGH.has(category) && random() < 0.35 ? 'high' : random() < 0.1 ? 'low' : 'normal';
    const id = `T${String(i + 1).padStart(6, '0')}`;
    const events = [{ type: 'created', at: created, status: 'new', priority }];
    let t = created;
    let status = 'new';
    const push = (event) => {
      t = Math.max(t, event.at);
      events.push({ ...event, at: t });
    };
    const setStatus = (to, at) => {
      push({ type: 'status', at, from: status, to });
      status = to;
    };
    push({ type: 'assigned', at: t + Math.round(random() * 5 * MIN), to: `agent-${1 + Math.floor(random() * 40)}` });
    if (priority !== 'urgent' && random() < 0.05) {
      const raised = random() < 0.5 ? 'high' : 'urgent';
      if (raised !== priority) {
        push({ type: 'priority', at: t + Math.round(random() * 30 * MIN), from: priority, to: raised });
        priority = raised;
      }
    }
    const open = t < to - 12 * HOUR || random() < 0.6;
    push({ type: 'comment', at: answer(random, t, priority), author: 'agent', public: true });
    setStatus('open', t);
    if (random() < 0.04) push({ type: 'escalated', at: t + Math.round(random() * 60 * MIN), level: 1 });
    const cycles = random() < 0.8 ? 1 + Math.floor(random() * 3) : 0;
    for (let c = 0; c < cycles; c++) {
      if (random() < 0.3) {
        setStatus('pending', t + MIN);
        push({ type: 'comment', at: t + Math.round(-Math.log(1 - random()) * 300 * MIN), author: 'requester', public: true });
        setStatus('open', t);
      } else {
        push({ type: 'comment', at: t + Math.round(-Math.log(1 - random()) * 120 * MIN), author: 'requester', public: true });
      }
      push({ type: 'comment', at: answer(random, t, priority), author: 'agent', public: true });
    }
    const stillOpen = !open && random() < 0.7;
    if (!stillOpen) {
      setStatus('solved', nextOpen(t + Math.round(-Math.log(1 - random()) * 240 * MIN)));
      if (random() < 0.05) {
        setStatus('open', t + Math.round(random() * 24 * HOUR));
        push({ type: 'comment', at: answer(random, t, priority), author: 'agent', public: true });
        setStatus('solved', t + Math.round(random() * 120 * MIN));
      }
      if (random() < 0.4) push({ type: 'rated', at: t + Math.round(random() * 12 * HOUR), score: random() < 0.86 ? 'good' : 'bad' });
    }
    const rating = events.findLast((e) => e.type === 'rated');
    const timeline = events.map((e) => ({ ...e, at: new Date(e.at) }));
    timelines[id] = timeline;
    tickets.push({
      id,
      subject: `${category} #${i + 1}`,
      description: `Generated ticket ${i + 1} (${category}, ${channel})`,
      status,
      priority,
      category,
      channel,
      requester: { externalId: `user-${1 + Math.floor(random() * 15_000)}` },
      tags: [],
      escalationLevel: events.some((e) => e.type === 'escalated') ? 1 : 0,
      ...(rating ? { satisfaction: { score: rating.score } } : {}),
      createdAt: new Date(created),
      updatedAt: new Date(t),
      customFields: {},
    });
  }
  return { tickets, timelines, from: new Date(from), to: new Date(to) };
}

// A month of support in one page: generates 20,000 tickets with timelines (deterministic), loads
// them through walletdesk's memory backend, reads them back with the ticket client, and writes
// report.html (and report.en.html) with walletdesk/insights.
//   node examples/support-report/index.mjs [outDir] [count]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chinaMainland, defineSchedule } from 'walletdesk/hours';
import { renderReport, summarize } from 'walletdesk/insights';
import { defineSlaPolicy } from 'walletdesk/sla';
import { createTicketClient, memoryBackend } from 'walletdesk/tickets';
import { generateMonth } from './generate.mjs';

const outDir = resolve(process.argv[2] ?? join(import.meta.dirname, 'out'));
const count = Number(process.argv[3] ?? 20_000);
const month = generateMonth({ count });
const client = createTicketClient({ backend: memoryBackend({ initial: { tickets: month.tickets, comments: [], timelines: month.timelines } }) });

const items = [];
for await (const ticket of client.list({ pageSize: 100 })) items.push({ ticket, timeline: await client.timeline(ticket.id) });

const day = [['09:00', '18:00']];
const policy = defineSlaPolicy({
  schedule: defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day }, calendar: chinaMainland }),
  targets: {
    urgent: { firstReply: 30, nextReply: 60, resolution: 480 },
    high: { firstReply: 60, nextReply: 120, resolution: 960 },
    normal: { firstReply: 240, nextReply: 480, resolution: 2880 },
    low: { firstReply: 480, resolution: 5760 },
  },
});
const summary = summarize(items, {
  from: month.from,
  to: month.to,
  timeZone: 'Asia/Shanghai',
  policy,
  now: new Date('2026-12-02T00:00:00Z'),
  staffing: { ahtSeconds: 300, targetSeconds: 20, serviceLevel: 0.8 },
});
// Today's roster: agents on shift per local hour (the same every day).
const roster = [2, 1, 1, 1, 1, 1, 2, 4, 8, 12, 12, 12, 10, 10, 10, 9, 9, 9, 8, 8, 6, 4, 3, 2];
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'report.html'), renderReport(summary, { lang: 'zh', roster }));
writeFileSync(join(outDir, 'report.en.html'), renderReport(summary, { lang: 'en', roster }));
await client.dispose();
console.log(JSON.stringify({ tickets: summary.tickets, loaded: items.length, csat: summary.csat.score, firstReplyP50: summary.firstReply.businessMinutes.p50, outDir }));

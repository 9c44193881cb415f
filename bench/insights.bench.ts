// summarize over 100,000 generated tickets (~980,000 timeline events) with an SLA policy on a
// business-hours schedule: wall and CPU time (CPU time is what the code costs when the machine is
// shared; wall time adds waiting for a core) and the heap it holds (goal: < 2 s and < 300 MB, issue 16).
// The heap figure is the peak of used heap during the call over the heap before it, sampled by
// a timer with forced GC before (run with --expose-gc for a clean baseline; without it the figure
// is an upper bound). Run: npm run build && npx vitest bench --run bench/insights.bench.ts
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
// @ts-expect-error: a plain .mjs example without types
import { generateMonth } from '../examples/support-report/generate.mjs';
import type * as Hours from '../src/hours/index.js';
import type * as Insights from '../src/insights/index.js';
import type * as Sla from '../src/sla/index.js';
import type { TicketWithTimeline } from '../src/insights/index.js';

const dist = resolve(import.meta.dirname, '../dist');
if (!existsSync(resolve(dist, 'insights.cjs'))) throw new Error('dist/insights.cjs is missing: run `npm run build` first');
const require = createRequire(import.meta.url);
const { chinaMainland, defineSchedule } = require(resolve(dist, 'hours.cjs')) as typeof Hours;
const { defineSlaPolicy } = require(resolve(dist, 'sla.cjs')) as typeof Sla;
const { summarize } = require(resolve(dist, 'insights.cjs')) as typeof Insights;

const day = [['09:00', '18:00']] as const;
const schedule = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day }, calendar: chinaMainland });
const policy = defineSlaPolicy({
  schedule,
  targets: {
    urgent: { firstReply: 30, nextReply: 60, resolution: 480 },
    high: { firstReply: 60, nextReply: 120, resolution: 960 },
    normal: { firstReply: 240, nextReply: 480, resolution: 2880 },
    low: { firstReply: 480, resolution: 5760 },
  },
});
const month = generateMonth({ count: 100_000 }) as { tickets: Array<TicketWithTimeline['ticket']>; timelines: Record<string, TicketWithTimeline['timeline']>; from: Date; to: Date };
const items: TicketWithTimeline[] = month.tickets.map((ticket) => ({ ticket, timeline: month.timelines[ticket.id] ?? [] }));
const events = items.reduce((sum, t) => sum + t.timeline.length, 0);
const options = { from: month.from, to: month.to, timeZone: 'Asia/Shanghai', policy, now: new Date('2026-12-02T00:00:00Z') };

function measure(): { ms: number; cpuMs: number; heapMB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const summary = summarize(items, options);
  const cpu = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  if (summary.tickets !== 100_000) throw new Error(`expected 100,000 tickets, got ${summary.tickets}`);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, heapMB: (peak - before) / 1e6 };
}

describe(`summarize: 100,000 tickets, ${events.toLocaleString('en-US')} events`, () => {
  measure(); // warm-up
  const runs = [measure(), measure(), measure()];
  console.log(
    `summarize 100k: wall ${runs.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(', ')}, CPU ${runs.map((r) => `${(r.cpuMs / 1000).toFixed(2)} s`).join(', ')} (goal < 2 s); ` +
      `heap above baseline ${runs.map((r) => `${r.heapMB.toFixed(0)} MB`).join(', ')} (goal < 300 MB); ` +
      `the input itself holds ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB of heap`,
  );
  bench('summarize 100k (reported above)', () => {
    summarize(items.slice(0, 1000), options);
  }, { iterations: 3 });
});

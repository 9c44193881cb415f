// slaStatus throughput on a business-hours schedule (Shanghai Mon–Fri 09:00–18:00 with the
// mainland holiday calendar) over generated timelines of ~10 events, against the obvious way of
// counting business minutes with the public hours API (one `openIntervals` call per clock span),
// printed as timelines/s and the ratio. The goal in issue 16 is ≥ 100,000 timelines/s.
// Run: npm run build && npx vitest bench --run bench/sla.bench.ts
//
// walletdesk is timed from dist as Node loads it (see bench/hours.bench.ts for why not src).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Bench } from 'tinybench';
import { bench, describe } from 'vitest';
// @ts-expect-error: a plain .mjs example without types
import { generateMonth } from '../examples/support-report/generate.mjs';
import type * as Hours from '../src/hours/index.js';
import type * as Sla from '../src/sla/index.js';
import type { TimelineEvent } from '../src/tickets/index.js';

const dist = resolve(import.meta.dirname, '../dist');
if (!existsSync(resolve(dist, 'sla.cjs'))) throw new Error('dist/sla.cjs is missing: run `npm run build` first');
const require = createRequire(import.meta.url);
const { chinaMainland, defineSchedule, openIntervals } = require(resolve(dist, 'hours.cjs')) as typeof Hours;
const { defineSlaPolicy, slaStatus } = require(resolve(dist, 'sla.cjs')) as typeof Sla;

const day = [['09:00', '18:00']] as const;
const schedule = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day }, calendar: chinaMainland });
const targets = {
  urgent: { firstReply: 30, nextReply: 60, resolution: 480 },
  high: { firstReply: 60, nextReply: 120, resolution: 960 },
  normal: { firstReply: 240, nextReply: 480, resolution: 2880 },
  low: { firstReply: 480, resolution: 5760 },
};
const policy = defineSlaPolicy({ schedule, targets });
const { timelines } = generateMonth({ count: 10_000, seed: 7 }) as { timelines: Record<string, TimelineEvent[]> };
const list = Object.values(timelines);
const now = new Date('2026-12-02T00:00:00Z');

/** The baseline: business minutes of each running span via openIntervals (what a first version would do). */
function naiveBusinessMinutes(timeline: TimelineEvent[]): number {
  let used = 0;
  let prev = (timeline[0] as TimelineEvent).at;
  let running = true;
  for (let i = 1; i <= timeline.length; i++) {
    const e = timeline[i];
    const at = e === undefined || e.at > now ? now : e.at;
    if (running && at > prev) for (const p of openIntervals(schedule, prev, at)) used += p.end.getTime() - p.start.getTime();
    prev = at;
    if (e === undefined || e.at > now) break;
    if (e.type === 'status') running = e.to !== 'solved' && e.to !== 'closed' && e.to !== 'pending' && e.to !== 'on_hold';
  }
  return used / 60_000;
}

describe('slaStatus, business hours, 10,000 generated timelines (~10 events each)', async () => {
  const tb = new Bench({ time: 1500, warmupTime: 300 });
  tb.add('walletdesk slaStatus (3 metrics)', () => {
    for (const t of list) slaStatus(t, policy, { now });
  });
  tb.add('baseline: resolution minutes via openIntervals per span', () => {
    for (const t of list) naiveBusinessMinutes(t);
  });
  await tb.run();
  const [ours, naive] = tb.tasks.map((t) => (t.result && 'latency' in t.result ? t.result.latency.mean : Number.NaN));
  const perSecond = (ms: number | undefined) => Math.round((list.length / (ms as number)) * 1000);
  console.log(
    `slaStatus: ${perSecond(ours).toLocaleString('en-US')} timelines/s (goal ≥ 100,000); ` +
      `baseline ${perSecond(naive).toLocaleString('en-US')}/s for one metric; ratio ${((naive as number) / (ours as number)).toFixed(1)}×`,
  );
  // CPU time of 5 passes, for a machine shared with other work (wall time includes waiting for a core).
  const c0 = process.cpuUsage();
  for (let pass = 0; pass < 5; pass++) for (const t of list) slaStatus(t, policy, { now });
  const cpu = process.cpuUsage(c0);
  console.log(`slaStatus by CPU time: ${Math.round((5 * list.length) / ((cpu.user + cpu.system) / 1e6)).toLocaleString('en-US')} timelines/s`);
  bench('walletdesk slaStatus (reported above)', () => {
    slaStatus(list[0] as TimelineEvent[], policy, { now });
  });
});

// walletdesk/hours against opening_hours (npm) on the same schedule and instants: isOpen and
// next-change throughput, the ratio, and the gzip size of the hours entry bundled without
// dependencies. Run: npx vitest bench --run bench/hours.bench.ts
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import OpeningHours from 'opening_hours';
import { Bench } from 'tinybench';
import { bench, describe } from 'vitest';
import { defineSchedule, isOpen, nextClosing, nextOpening } from '../src/hours/index.js';

// opening_hours reads the host zone, so both sides use it: the schedule's zone is the host's.
const zone = process.env.TZ ?? 'UTC';
const spec = 'Mo-Fr 09:00-12:00,13:00-18:00; Sa 10:00-16:00';
const ours = defineSchedule({
  timeZone: zone,
  weekly: Object.fromEntries([
    ...['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '12:00'], ['13:00', '18:00']]]),
    ['sat', [['10:00', '16:00']]],
  ]),
});
const theirs = new OpeningHours(spec);

// 2,000 pseudo-random instants over 8 weeks (deterministic).
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const start = Date.UTC(2026, 9, 1);
const instants = Array.from({ length: 2000 }, () => new Date(start + Math.floor(random() * 56 * 86_400_000)));

let agree = 0;
for (const t of instants) {
  const a = isOpen(ours, t);
  const next = a ? nextClosing(ours, t) : nextOpening(ours, t);
  if (a === theirs.getState(t) && next?.getTime() === theirs.getNextChange(t)?.getTime()) agree++;
}

async function ratios(): Promise<void> {
  const b = new Bench({ time: 300 });
  let i = 0;
  const next = () => instants[i++ % instants.length] as Date;
  b.add('walletdesk isOpen', () => void isOpen(ours, next()));
  b.add('opening_hours getState', () => void theirs.getState(next()));
  b.add('walletdesk next change', () => {
    const t = next();
    void (isOpen(ours, t) ? nextClosing(ours, t) : nextOpening(ours, t));
  });
  b.add('opening_hours getNextChange', () => void theirs.getNextChange(next()));
  await b.run();
  const hz = Object.fromEntries(b.tasks.map((t) => [t.name, t.result && 'throughput' in t.result ? (t.result as { throughput: { mean: number } }).throughput.mean : 0]));
  const bundle = buildSync({ entryPoints: [resolve(import.meta.dirname, '../src/hours/index.ts')], bundle: true, format: 'esm', minify: true, write: false, external: ['zod'], platform: 'neutral' });
  const raw = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`\nhours bench (host zone ${zone}; ${instants.length} instants; answers agree with opening_hours on ${agree}/${instants.length})`);
  console.table(
    Object.entries(hz).map(([name, opsPerSec]) => ({ task: name, 'ops/s': Math.round(opsPerSec as number) })),
  );
  console.log(`isOpen ratio: ${((hz['walletdesk isOpen'] as number) / (hz['opening_hours getState'] as number)).toFixed(1)}× (goal ≥ 10×)`);
  console.log(`next-change ratio: ${((hz['walletdesk next change'] as number) / (hz['opening_hours getNextChange'] as number)).toFixed(1)}× (goal ≥ 10×)`);
  console.log(`hours entry, minified, zod external: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (goal < 15 KB)`);
}

describe('hours vs opening_hours', () => {
  let k = 0;
  bench('walletdesk isOpen', () => {
    k = (k + 1) % instants.length;
    void isOpen(ours, instants[k] as Date);
  });
  bench('opening_hours getState', () => {
    k = (k + 1) % instants.length;
    void theirs.getState(instants[k] as Date);
  });
  bench(
    'ratio report',
    async () => {
      await ratios();
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});

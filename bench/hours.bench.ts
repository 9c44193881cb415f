// walletdesk/hours against opening_hours (npm) on the same schedule and instants: isOpen and
// next-change throughput, the ratio, and the gzip size of the hours entry bundled without
// dependencies. Run: npm run build && npx vitest bench --run bench/hours.bench.ts
//
// Both libraries are timed as Node loads them from their built files: opening_hours from
// node_modules (vitest leaves dependencies to Node) and walletdesk from dist/hours.cjs through
// require. Importing src here would also time vitest's module transform, which turns every call of
// an imported function into a getter on a null-prototype namespace object: about 30 ns a call on
// this machine, a cost no user pays and that opening_hours' method calls do not carry. The ratio
// through that transform is printed too, for reference.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import OpeningHours from 'opening_hours';
import { Bench } from 'tinybench';
import { bench, describe } from 'vitest';
import * as fromSource from '../src/hours/index.js';

const distFile = resolve(import.meta.dirname, '../dist/hours.cjs');
const sourceDir = resolve(import.meta.dirname, '../src/hours');
const newestSource = Math.max(...readdirSync(sourceDir).map((f) => statSync(join(sourceDir, f)).mtimeMs));
if (!existsSync(distFile) || statSync(distFile).mtimeMs < newestSource) {
  throw new Error('dist/hours.cjs is missing or older than src/hours: run `npm run build` first');
}
const { defineSchedule, isOpen, nextClosing, nextOpening } = createRequire(import.meta.url)(distFile) as typeof fromSource;

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
const oursFromSource = fromSource.defineSchedule({ timeZone: zone, weekly: ours.weekly });

// 2,000 pseudo-random instants over 8 weeks (deterministic).
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const start = Date.UTC(2026, 9, 1);
const instants = Array.from({ length: 2000 }, () => new Date(start + Math.floor(random() * 56 * 86_400_000)));

// Both the built file and the source must give opening_hours' answers.
let agree = 0;
for (const t of instants) {
  const a = isOpen(ours, t);
  const next = a ? nextClosing(ours, t) : nextOpening(ours, t);
  const b = fromSource.isOpen(oursFromSource, t);
  const nextB = b ? fromSource.nextClosing(oursFromSource, t) : fromSource.nextOpening(oursFromSource, t);
  const expected = theirs.getNextChange(t)?.getTime();
  if (a === theirs.getState(t) && b === a && next?.getTime() === expected && nextB?.getTime() === expected) agree++;
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
  b.add('walletdesk isOpen, src through vitest', () => void fromSource.isOpen(oursFromSource, next()));
  b.add('walletdesk next change, src through vitest', () => {
    const t = next();
    void (fromSource.isOpen(oursFromSource, t) ? fromSource.nextClosing(oursFromSource, t) : fromSource.nextOpening(oursFromSource, t));
  });
  await b.run();
  const hz = Object.fromEntries(b.tasks.map((t) => [t.name, t.result && 'throughput' in t.result ? (t.result as { throughput: { mean: number } }).throughput.mean : 0]));
  const bundle = buildSync({ entryPoints: [resolve(import.meta.dirname, '../src/hours/index.ts')], bundle: true, format: 'esm', minify: true, write: false, external: ['zod'], platform: 'neutral' });
  const raw = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`\nhours bench (host zone ${zone}; ${instants.length} instants; answers agree with opening_hours on ${agree}/${instants.length})`);
  console.table(
    Object.entries(hz).map(([name, opsPerSec]) => ({ task: name, 'ops/s': Math.round(opsPerSec as number) })),
  );
  const ratio = (ours: string, theirs: string) => (hz[ours] as number) / (hz[theirs] as number);
  const verdict = (r: number) => `${r.toFixed(1)}× (goal ≥ 10×: ${r >= 10 ? 'met' : 'NOT met'})`;
  console.log(`isOpen ratio: ${verdict(ratio('walletdesk isOpen', 'opening_hours getState'))}`);
  console.log(`next-change ratio: ${verdict(ratio('walletdesk next change', 'opening_hours getNextChange'))}`);
  console.log(
    `through vitest's module transform (src, for reference): isOpen ${ratio('walletdesk isOpen, src through vitest', 'opening_hours getState').toFixed(1)}×, next change ${ratio('walletdesk next change, src through vitest', 'opening_hours getNextChange').toFixed(1)}×`,
  );
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

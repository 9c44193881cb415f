// verifyContact and triage latency before and after issue 14's consolidation, side by side in one
// run: "before" is walletdesk at the last commit before the shared taxonomy leaf and the one text
// pipeline (scripts/bench-baseline.mjs builds it into node_modules/.cache/walletdesk-baseline);
// "after" is this checkout, where triage validates a message once, prepares its text once and hands
// the prepared text to classify, verifyContact and redact. Without the baseline its rows are skipped.
//   node scripts/bench-baseline.mjs 8e24f7d a2e03fa && npx vitest bench --run bench/triage.bench.ts
// 8e24f7d is the default "before consolidation"; a2e03fa is main just before triage handed on a
// prepared text, which isolates that step from the rest of the issue 14-18 work in between.
// Each pair prints vitest's "x times faster" line; a median table (ms per call) follows the run.
// Figures, median ms per call, 2026-12-02 on the shared 2-core machine at load 7–8 (another job
// training the classifier), so rows under 0.1 ms are noise; before ÷ after:
//   | row                                | 8e24f7d | a2e03fa | after | 8e24f7d÷after | a2e03fa÷after |
//   | triage: zh scam call, 1 phone      |  9.29   |  1.57   |  1.57 |    5.9×       |   1.00×       |
//   | triage: en card + phone            |  0.27   |  0.28   |  0.30 |    0.91×      |   0.93×       |
//   | triage: zh+en 2 KB                 | 10.96   |  7.32   |  6.71 |    1.6×       |   1.09×       |
//   | verifyContact: zh scam call        |  0.034  |  0.032  | 0.033 |    1.05×      |   1.00×       |
//   | verifyContact: en card + phone     |  0.029  |  0.030  | 0.040 |    0.73×      |   0.76×       |
//   | verifyContact: zh+en 2 KB          |  0.78   |  0.67   |  0.72 |    1.08×      |   0.94×       |
// Against a2e03fa the consolidation is at parity within the noise: the work it removes (four of
// five validations, a second fold of ≤ 20,000 characters) is small beside classification,
// ranking and the contact scan. Against 8e24f7d triage on Chinese text is 1.6–5.9× faster, from
// the whole issue 14–18 series (the hours engine, the flat conversion table), not this step alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import type * as Channels from '../src/channels/index.js';
import type * as Triage from '../src/triage/index.js';
import { median } from './median.js';

const cache = resolve(import.meta.dirname, '../node_modules/.cache/walletdesk-baseline');
type Api = { triage: typeof Triage.triage; verifyContact: typeof Channels.verifyContact };
// Every baseline built, oldest first (the pre-consolidation default, then any other commit built).
const baselines: Array<{ name: string; api: Api }> = [];
for (const dir of existsSync(cache) ? readdirSync(cache) : []) {
  const file = resolve(cache, dir, 'index.js');
  if (!existsSync(file)) continue;
  const name = readFileSync(resolve(cache, dir, 'label.txt'), 'utf8').trim();
  baselines.push({ name, api: (await import(file)) as Api });
}
baselines.sort((x, y) => (x.name.startsWith('before consolidation') ? -1 : y.name.startsWith('before consolidation') ? 1 : 0));
if (baselines.length === 0) {
  console.warn('bench/triage: no baseline in node_modules/.cache/walletdesk-baseline, so the "before" rows are skipped; build it with `node scripts/bench-baseline.mjs`.');
}
// "After" is the build (`npm run bench` builds first), bundled like the baselines, so both sides
// run the same kind of code; without a build, the source.
const dist = resolve(import.meta.dirname, '../dist');
const built = existsSync(resolve(dist, 'triage.js')) && existsSync(resolve(dist, 'channels.js'));
const after: Api = {
  triage: ((await import(built ? resolve(dist, 'triage.js') : '../src/triage/index.js')) as typeof Triage).triage,
  verifyContact: ((await import(built ? resolve(dist, 'channels.js') : '../src/channels/index.js')) as typeof Channels).verifyContact,
};

const now = new Date('2026-11-24T02:00:00Z');
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const inputs = {
  'zh scam call, 1 phone': { message: '有人冒充支付宝客服打电话让我转账到安全账户，电话 400-123-4567', wallet: 'alipay' },
  'en card + phone': { message: 'My payment failed at checkout, card 4111 1111 1111 1111, call me back on +1 415 555 0132', wallet: 'paypal' },
  'zh+en 2 KB': {
    message: fill('您好，我是支付宝客服，您的账户涉嫌洗钱，需要将余额转入安全账户配合调查。客服电话 0571-88156688，官方热线 95188。Hi, this is Venmo support, read back the code and call +1 (855) 812-4430. ', 2048),
    wallet: 'alipay',
  },
} as const;

// Warm both: the directory index, the model, the schedules.
for (const api of [...baselines.map((b) => b.api), after]) {
  for (const { message, wallet } of Object.values(inputs)) {
    api.triage(message, { wallet, now });
    api.verifyContact(message, { wallet });
  }
}

const table: Array<Record<string, number | string>> = [];
for (const [name, { message, wallet }] of Object.entries(inputs)) {
  const runs = message.length > 1000 ? 50 : 200;
  for (const [fn, call] of [
    ['triage', (api: Api) => api.triage(message, { wallet, now })],
    ['verifyContact', (api: Api) => api.verifyContact(message, { wallet, kind: 'text' })],
  ] as const) {
    const afterMs = median(() => call(after), runs);
    const row: Record<string, number | string> = { row: `${fn}: ${name}` };
    for (const { name: baseline, api } of baselines) {
      const ms = median(() => call(api), runs);
      row[`${baseline} ms`] = Number(ms.toFixed(3));
      row[`${baseline} ÷ after`] = `${(ms / afterMs).toFixed(2)}×`;
    }
    row['after ms'] = Number(afterMs.toFixed(3));
    table.push(row);
  }
}

for (const [name, { message, wallet }] of Object.entries(inputs)) {
  describe(`triage: ${name}`, () => {
    if (baselines.length === 0) bench.skip('before (no baseline built)', () => {});
    for (const { name: baseline, api } of baselines) bench(baseline, () => void api.triage(message, { wallet, now }));
    bench('after', () => void after.triage(message, { wallet, now }));
  });
  describe(`verifyContact: ${name}`, () => {
    if (baselines.length === 0) bench.skip('before (no baseline built)', () => {});
    for (const { name: baseline, api } of baselines) bench(baseline, () => void api.verifyContact(message, { wallet, kind: 'text' }));
    bench('after', () => void after.verifyContact(message, { wallet, kind: 'text' }));
  });
}

afterAll(() => {
  console.table(table);
});

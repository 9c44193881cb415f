// verifyContact and triage latency before and after issue 14's consolidation, side by side in one
// run: "before" is walletdesk at the last commit before the shared taxonomy leaf and the one text
// pipeline (scripts/bench-baseline.mjs builds it into node_modules/.cache/walletdesk-baseline);
// "after" is this checkout, where triage validates a message once, prepares its text once and hands
// the prepared text to classify, verifyContact and redact. Without the baseline its rows are skipped.
//   node scripts/bench-baseline.mjs && npx vitest bench --run bench/triage.bench.ts
// Each pair prints vitest's "x times faster" line; a median table (ms per call) follows the run.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import type * as Channels from '../src/channels/index.js';
import { verifyContact } from '../src/channels/index.js';
import type * as Triage from '../src/triage/index.js';
import { triage } from '../src/triage/index.js';
import { median } from './median.js';

const cache = resolve(import.meta.dirname, '../node_modules/.cache/walletdesk-baseline');
const hasBaseline = existsSync(resolve(cache, 'index.js'));
type Api = { triage: typeof Triage.triage; verifyContact: typeof Channels.verifyContact };
const before: Api | undefined = hasBaseline ? ((await import(resolve(cache, 'index.js'))) as Api) : undefined;
const baseline = hasBaseline ? readFileSync(resolve(cache, 'commit.txt'), 'utf8').trim().slice(0, 7) : 'absent';
if (!before) {
  console.warn('bench/triage: no baseline in node_modules/.cache/walletdesk-baseline, so the "before" rows are skipped; build it with `node scripts/bench-baseline.mjs`.');
}
const after: Api = { triage, verifyContact };

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
for (const api of before ? [before, after] : [after]) {
  for (const { message, wallet } of Object.values(inputs)) {
    api.triage(message, { wallet, now });
    api.verifyContact(message, { wallet });
  }
}

const table: Array<{ row: string; beforeMs: number | string; afterMs: number; ratio: string }> = [];
for (const [name, { message, wallet }] of Object.entries(inputs)) {
  const runs = message.length > 1000 ? 50 : 200;
  for (const [fn, call] of [
    ['triage', (api: Api) => api.triage(message, { wallet, now })],
    ['verifyContact', (api: Api) => api.verifyContact(message, { wallet, kind: 'text' })],
  ] as const) {
    const afterMs = median(() => call(after), runs);
    const beforeMs = before ? median(() => call(before), runs) : undefined;
    table.push({
      row: `${fn}: ${name}`,
      beforeMs: beforeMs === undefined ? 'skipped' : Number(beforeMs.toFixed(3)),
      afterMs: Number(afterMs.toFixed(3)),
      ratio: beforeMs === undefined ? '-' : `${(beforeMs / afterMs).toFixed(2)}× faster`,
    });
  }
}

for (const [name, { message, wallet }] of Object.entries(inputs)) {
  describe(`triage: ${name}`, () => {
    bench.skipIf(!before)(`before (${baseline})`, () => void before?.triage(message, { wallet, now }));
    bench('after', () => void after.triage(message, { wallet, now }));
  });
  describe(`verifyContact: ${name}`, () => {
    bench.skipIf(!before)(`before (${baseline})`, () => void before?.verifyContact(message, { wallet, kind: 'text' }));
    bench('after', () => void after.verifyContact(message, { wallet, kind: 'text' }));
  });
}

afterAll(() => {
  console.table(table);
});

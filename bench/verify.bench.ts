// verifyContact latency, before and after the issue 13/14/15 work, and the pathological inputs of
// issue 13 at 64 KB and 1 MB. Goal: linear in the scanned length and < 100 ms per 64 KB.
//   npx vitest bench --run bench/verify.bench.ts
// "Before" runs the same table against another copy of the source, e.g. the commit before:
//   git archive 581bc31 src | tar -x -C /tmp/before
//   WALLETDESK_CHANNELS=/tmp/before/src/channels/index.ts npx vitest bench --run bench/verify.bench.ts
// Figures, median ms on the shared 2-core machine under heavy load from other jobs (2026-12-02,
// before = 581bc31, after = the issue 13/15 fix; an idle run is 3–10× faster, ratios hold):
//   | input                                | before  | after | ratio  |
//   | phone 1-8OO-555-O199 (cashapp)       |   0.04  |  0.17 |        |  (load noise at this size)
//   | url xn--pypal-4ve.com                |   0.25  |  0.26 |  1.0×  |
//   | text 2 KB zh+en                      |   9.8   |  7.9  |  ~1×   |
//   | text 64 KB zh+en                     |  63     | 125   |  (noise; same code path)
//   | digits + one CJK, 16 KB              |  2 273  |  37   |   61×  |
//   | digits + one CJK, 64 KB              | 26 091  | 141   |  185×  |  (5–6 s idle before)
//   | digits + one CJK, 1 MB (64 KB read)  | 37 801  | 163   |  232×  |
//   | digits + one full-width digit, 64 KB |   232   |  72   |  3.2×  |
//   | full-width digits, 64 KB             |   414   | 191   |  2.2×  |
//   | Chinese digit words, 64 KB           |   556   | 153   |  3.6×  |
//   | www. repeated + CJK, 64 KB           |   911   |  56   |   16×  |
//   | detectKind, 1 MB of CJK              | (~9 min for 100 K chars) | 0.2 | |
// 16 KB → 64 KB grows ~4× after (linear); before it grew 11× (quadratic). Past 64 KiB the rest
// is not read, so 1 MB costs what 64 KB does.
import { bench, describe } from 'vitest';
import { median } from './median.js';
import type * as Channels from '../src/channels/index.js';

const source = process.env.WALLETDESK_CHANNELS ?? '../src/channels/index.js';
const { detectKind, verifyContact } = (await import(source)) as typeof Channels;

const KB64 = 64 * 1024;
const MB1 = 1024 * 1024;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const message2kb = fill(
  '您好，我是支付宝客服，您的账户涉嫌洗钱，需要将余额转入安全账户配合调查。请下载腾讯会议并打开屏幕共享，客服电话 0571-88156688，官方热线 95188，详情见 https://alipay-help.top/kefu 。Hi, this is Venmo support. Please read back the 6-digit code we sent and call +1 (855) 812-4430 or visit https://help.venmo.com/ for details. ',
  2048,
);
// Issue 13's shapes: a run of digits with one CJK or full-width character, at two sizes. Past
// MAX_TEXT_SCAN (64 KiB) the rest is not read, so 1 MB costs what 64 KB does.
const pathological = {
  'digits + one CJK': (n: number) => `中${fill('1', n - 1)}`,
  'digits + one full-width digit': (n: number) => `１${fill('1', n - 1)}`,
  'full-width digits': (n: number) => fill('１', n),
  'Chinese digit words': (n: number) => fill('九五一八八', n),
  'www. repeated + CJK': (n: number) => `中 ${fill('www.', n)}`,
};

verifyContact('95188'); // build the directory index once
const rows: Record<string, { medianMs: number }> = {};
const row = (name: string, fn: () => void, runs: number) => {
  rows[name] = { medianMs: Number(median(fn, runs).toFixed(3)) };
};
row('phone 1-8OO-555-O199 (cashapp)', () => verifyContact('1-8OO-555-O199', { wallet: 'cashapp' }), 500);
row('url xn--pypal-4ve.com', () => verifyContact('https://xn--pypal-4ve.com/webapps/mpp/contact'), 500);
row('text 2 KB zh+en', () => verifyContact(message2kb), 200);
row('text 64 KB zh+en', () => verifyContact(fill(message2kb, KB64)), 5);
for (const [name, make] of Object.entries(pathological)) {
  for (const [size, n] of [['16 KB', 16 * 1024], ['64 KB', KB64], ['1 MB', MB1]] as const) {
    const input = make(n);
    row(`${name}, ${size}`, () => verifyContact(input), 3);
  }
}
// Before the fix detectKind read its whole input with a quadratic test (100 K CJK characters: ~9 min), so it is only timed here on this source.
for (const [size, n] of process.env.WALLETDESK_CHANNELS ? [] : ([['64 KB', KB64], ['1 MB', MB1]] as const)) {
  const input = fill('中', n);
  row(`detectKind CJK, ${size}`, () => detectKind(input), 3);
}
console.log(`\nverifyContact median milliseconds (${source === '../src/channels/index.js' ? 'this source' : source})`);
console.table(rows);

describe('verifyContact', () => {
  bench('text 2 KB zh+en', () => {
    verifyContact(message2kb);
  });
  bench('digits + one CJK, 64 KB', () => {
    verifyContact(pathological['digits + one CJK'](KB64));
  }, { iterations: 5 });
  bench('digits + one CJK, 1 MB', () => {
    verifyContact(pathological['digits + one CJK'](MB1));
  }, { iterations: 5 });
});

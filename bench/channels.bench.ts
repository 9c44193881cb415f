// verifyContact speed. Goal: a 2 KB message in < 1 ms median. Run:
//   npx vitest bench --run bench/channels.bench.ts
import { bench, describe } from 'vitest';
import { median } from './median.js';
import { findChannels, verifyContact } from '../src/channels/index.js';

function message2kb(): string {
  const zh =
    '您好，我是支付宝客服，您的账户涉嫌洗钱，需要将余额转入安全账户配合调查。请下载腾讯会议并打开屏幕共享，客服电话 0571-88156688，官方热线 95188，详情见 https://alipay-help.top/kefu 。';
  const en =
    'Hi, this is Venmo support. We noticed unusual activity on your account. Please read back the 6-digit code we sent and call +1 (855) 812-4430 or visit https://help.venmo.com/ for details. ';
  let text = '';
  while (text.length < 2048) text += text.length % 2 ? zh : en;
  return text.slice(0, 2048);
}

const message = message2kb();
// Warm the directory index (built once per directory, then cached).
verifyContact('95188');

const table = {
  'text 2 KB (zh+en)': median(() => verifyContact(message), 2000),
  'phone 1-8OO-555-O199': median(() => verifyContact('1-8OO-555-O199', { wallet: 'cashapp' }), 2000),
  'url xn--pypal-4ve.com': median(() => verifyContact('https://xn--pypal-4ve.com/webapps/mpp/contact'), 2000),
  'findChannels alipay urgent': median(() => findChannels({ wallet: 'alipay', category: 'account_compromise', at: new Date('2026-11-24T02:00:00Z') }), 2000),
};
console.log('\nmedian milliseconds per call (goal for the 2 KB message: < 1 ms)');
console.table(Object.fromEntries(Object.entries(table).map(([k, v]) => [k, { medianMs: Number(v.toFixed(4)) }])));

describe('verifyContact', () => {
  bench('2 KB message (zh + en, contacts and scam patterns)', () => {
    verifyContact(message);
  });
  bench('phone with obscuring tricks', () => {
    verifyContact('1-8OO-555-O199', { wallet: 'cashapp' });
  });
  bench('punycode URL', () => {
    verifyContact('https://xn--pypal-4ve.com/webapps/mpp/contact');
  });
});

describe('findChannels', () => {
  bench('alipay, account_compromise, at a time', () => {
    findChannels({ wallet: 'alipay', category: 'account_compromise', at: new Date('2026-11-24T02:00:00Z') });
  });
});

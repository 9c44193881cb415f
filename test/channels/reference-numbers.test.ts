// Order, transaction and tracking numbers are references, not phone numbers to call.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyContact } from '../../src/channels/index.js';
import { parsePhone } from '../../src/channels/phone-number.js';
import { endsWithReferenceLabel, referenceShaped } from '../../src/channels/reference-numbers.js';

const shaped = (s: string) => {
  const phone = parsePhone(s);
  return phone !== undefined && referenceShaped(phone);
};

describe('reference numbers', () => {
  it('reads shapes no numbering plan uses as references', () => {
    expect(shaped('2026112422001')).toBe(true); // date-led trade number
    expect(shaped('1764000123456')).toBe(true); // millisecond timestamp
    expect(shaped('10123456784')).toBe(true); // 11 digits from 10: neither CN mobile nor NANP
    expect(shaped('12345678901234567')).toBe(true); // longer than E.164 allows
  });
  it('keeps every shape a real number has', () => {
    for (const n of ['13812345678', '8613812345678', '057188156688', '4008205555', '18002752273', '95188', '+86 2026112422001', '400-820-8820', '2026 1124 22001']) {
      expect(shaped(n), n).toBe(false);
    }
  });
  it('knows the labels in zh and en', () => {
    for (const label of ['订单号 ', '交易单号：', '流水号', '快递单号', 'order no. ', 'Order #', 'tracking number: ', 'transaction ID ', 'Ref ']) {
      expect(endsWithReferenceLabel(label), label).toBe(true);
    }
    for (const label of ['客服电话 ', 'call ', '拨打', 'hotline: ', 'your account ']) expect(endsWithReferenceLabel(label), label).toBe(false);
  });
  it('a labelled reference in a message to any wallet is never suspicious on its own', () => {
    const label = fc.constantFrom('订单号', '交易号', '流水号', '商户单号', '运单号', 'order no.', 'order number', 'transaction ID', 'tracking number');
    const wallet = fc.constantFrom('支付宝客服', '微信支付客服', 'PayPal support', 'Venmo help', 'Cash App support');
    const id = fc.stringMatching(/^[1-9]\d{9,19}$/);
    fc.assert(
      fc.property(wallet, label, id, (w, l, n) => {
        expect(verifyContact(`${w}，${l} ${n} 还没处理`).verdict).not.toBe('suspicious');
        expect(verifyContact(`${w}: my ${l} ${n} is still pending`).verdict).not.toBe('suspicious');
      }),
    );
  });
  it('a scam that quotes an order number is still caught by its call-back number', () => {
    expect(verifyContact('支付宝客服：订单号 2026112422001 异常，请拨打 4001234567').verdict).toBe('suspicious');
  });
});

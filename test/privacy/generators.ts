/** Test-only generators: valid (and deliberately invalid) numbers built by computing check digits. */
import { cnIdCheckChar } from '../../src/privacy/cn-id.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

export function luhnCheckDigit(body: string): string {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = Number(body[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return String((10 - (sum % 10)) % 10);
}
export function makeCard(r: () => number): string {
  const prefixes = ['4', '62', '51', '55', '2221', '2720', '35'];
  const p = prefixes[Math.floor(r() * prefixes.length)] ?? '4';
  const body = p + digits(r, 15 - p.length);
  return body + luhnCheckDigit(body);
}
export function makeAmex(r: () => number): string {
  const body = (r() < 0.5 ? '34' : '37') + digits(r, 12);
  return body + luhnCheckDigit(body);
}
export function makeLuhnFailingCard(r: () => number): string {
  const c = makeCard(r);
  return c.slice(0, 15) + String((Number(c[15]) + 1) % 10);
}
export function makeCnId(r: () => number): string {
  const y = 1950 + Math.floor(r() * 60);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const first17 = `110105${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${digits(r, 3)}`;
  return first17 + cnIdCheckChar(first17);
}
export function makeIban(r: () => number): string {
  const bban = `WEST${digits(r, 14)}`;
  const numeric = (bban + 'GB00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return `GB${String(98 - rem).padStart(2, '0')}${bban}`;
}
export function makeMobile(r: () => number): string {
  return `1${3 + Math.floor(r() * 7)}${digits(r, 9)}`;
}
export { digits };

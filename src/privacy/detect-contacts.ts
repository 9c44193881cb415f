import { emailPattern } from '../_internal/email-pattern.js';
import type { Candidate } from './types.js';

// The lookbehind pins the start to a token boundary, so each '@' is examined from one start only (linear).
const EMAIL_RE = emailPattern();
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_RE = new RegExp(`(?<![\\d.\\w])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');

/** Emails and IPv4 addresses. */
export function detectContacts(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(EMAIL_RE)) {
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, confidence: 0.95 });
  }
  for (const m of norm.matchAll(IPV4_RE)) {
    out.push({ kind: 'ip', start: m.index, end: m.index + m[0].length, confidence: 0.85 });
  }
  return out;
}

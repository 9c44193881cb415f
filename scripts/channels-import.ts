// Carries the project's sourced contact facts (../shared/data/contacts/official.json) into the
// package as src/channels/data/directory.ts, in walletdesk's own schema (src/channels/schema.ts).
// The facts added for issue 15 (formal complaint routes, regulators and ombudsmen, 2026-12-02) live
// in src/channels/data/escalation-sources.json, in the same snake_case shape, and are merged here.
// Deterministic: same input, same bytes. Run: npx tsx scripts/channels-import.ts [--check]
//
// What it changes on the way:
// - snake_case → camelCase; `checked` → `checkedAt`; hours → the `walletdesk/hours` weekly shape.
// - every channel gets a stable id (`<wallet>/<kind>-<n>`) and a `purpose` (see PURPOSES below:
//   taken from each entry's own notes, so an outbound-only or sales line is never offered as help).
// - channels with confidence other than high/medium are refused (the rule: nothing unsourced ships
//   as official); `unverified` entries are kept as evidence.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { directorySchema } from '../src/channels/schema.js';

const repoRoot = resolve(import.meta.dirname, '..');
const input = resolve(repoRoot, '../shared/data/contacts/official.json');
const additionsInput = resolve(repoRoot, 'src/channels/data/escalation-sources.json');
const output = resolve(repoRoot, 'src/channels/data/directory.ts');

/** Purposes read from each entry's notes ("Outbound only", "sales", "card cancellation", …). */
const PURPOSES: Record<string, string> = {
  'applepay|+1-800-692-7753': 'sales',
  'mpesa|+254-722-000000': 'outbound_only',
  'mpesa|333': 'report_fraud',
  'revolut|800-110-0344': 'card_block',
  'revolut|800-1100-113': 'card_block',
  'paypal|phishing@paypal.com': 'report_fraud',
  'applepay|reportphishing@apple.com': 'report_fraud',
  'alipay|https://opendocs.alipay.com/': 'developer_docs',
};

// biome-ignore lint/suspicious/noExplicitAny: the input is untyped JSON; the output is checked by the schema below.
type Raw = Record<string, any>;

function hours(raw: Raw | null | undefined, confidence: string | undefined) {
  if (!raw) return null;
  const weekly: Record<string, Array<[string, string]>> = {};
  for (const rule of raw.weekly ?? []) {
    for (const day of rule.days) {
      weekly[day] = [...(weekly[day] ?? []), [rule.open, rule.close]];
    }
  }
  return { timeZone: raw.tz, weekly, ...(raw.text ? { text: raw.text } : {}), ...(confidence ? { confidence } : {}) };
}

// biome-ignore lint/suspicious/noExplicitAny: the input is untyped JSON; the output is checked by the schema below.
const additions = JSON.parse(readFileSync(additionsInput, 'utf8')) as Record<string, any>;
Object.assign(PURPOSES, additions.purposes ?? {});

function channel(walletId: string, raw: Raw, id: string) {
  if (raw.confidence !== 'high' && raw.confidence !== 'medium') {
    throw new Error(`${walletId}: channel ${raw.value} has confidence ${raw.confidence}; only sourced channels may ship`);
  }
  return clean({
    id,
    kind: raw.kind,
    value: raw.value,
    purpose: raw.purpose ?? PURPOSES[`${walletId}|${raw.value}`] ?? 'support',
    e164: raw.e164,
    dial: raw.dial,
    shortCode: raw.short_code,
    aliases: raw.aliases,
    region: raw.region,
    audience: raw.audience,
    languages: raw.languages,
    hours: hours(raw.hours, raw.hours_confidence),
    cost: raw.cost,
    source: raw.source,
    sourceKind: raw.source_kind,
    checkedAt: raw.checked,
    confidence: raw.confidence,
    corroboration: raw.corroboration ?? [],
    verifyAt: raw.verify_at,
    notes: raw.notes,
  });
}

/** Channels with stable ids `<owner>/<kind>-<n>`, numbered per kind in file order. */
function channels(ownerId: string, list: Raw[]) {
  const counters = new Map<string, number>();
  return list.map((c: Raw) => {
    const n = (counters.get(c.kind) ?? 0) + 1;
    counters.set(c.kind, n);
    return channel(ownerId, c, `${ownerId}/${c.kind}-${n}`);
  });
}

function unverified(list: Raw[] | undefined) {
  return (list ?? []).map((u: Raw) =>
    clean({ kind: u.kind === 'url' ? 'web' : u.kind, value: u.value, seenAt: u.seen_at, confidence: 'low', notes: u.notes }),
  );
}

function regulator(raw: Raw) {
  const e = raw.eligibility;
  return clean({
    id: raw.id,
    kind: raw.kind,
    region: raw.region,
    names: clean({ en: raw.names.en, zh: raw.names.zh }),
    covers: raw.covers,
    channels: channels(raw.id, raw.channels ?? []),
    eligibility: e
      ? clean({
          waitDays: e.wait_days,
          orFinalResponse: e.or_final_response ?? false,
          text: e.text,
          textZh: e.text_zh,
          deadline: e.deadline,
          source: e.source,
          sourceKind: e.source_kind,
          confidence: e.confidence,
          corroboration: e.corroboration ?? [],
          unverified: e.unverified ?? false,
        })
      : undefined,
    unverified: raw.unverified ?? false,
    unverifiedContacts: unverified(raw.unverified_contacts),
    checkedAt: raw.checked,
    notes: raw.notes,
  });
}

function wallet(raw: Raw) {
  return clean({
    id: raw.id,
    names: clean({ en: raw.names.en, zh: raw.names.zh, aliases: raw.names.aliases ?? [] }),
    operator: raw.operator,
    domains: raw.domains ?? [],
    domainsNote: raw.domains_note,
    userContentHosts: raw.user_content_hosts ?? [],
    userContentNote: raw.user_content_note,
    regions: raw.regions,
    channels: channels(raw.id, [...(raw.channels ?? []), ...(additions.wallet_channels?.[raw.id] ?? [])]),
    phonePolicy: raw.phone_policy
      ? {
          inboundSupportLine: raw.phone_policy.inbound_support_line,
          statement: raw.phone_policy.statement,
          source: raw.phone_policy.source,
          confidence: raw.phone_policy.confidence ?? 'high',
        }
      : undefined,
    unverified: unverified(raw.unverified),
    neverAsks: (raw.never_asks ?? []).map((n: Raw) => clean({ what: n.what, source: n.source, confidence: n.confidence, quote: n.quote })),
    supervisors: (additions.wallet_supervisors?.[raw.id] ?? []).map((s: Raw) =>
      clean({ regulator: s.regulator, source: s.source, confidence: s.confidence, unverified: s.unverified ?? false, notes: s.notes }),
    ),
    notes: raw.notes || undefined,
  });
}

function clean<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const raw = JSON.parse(readFileSync(input, 'utf8')) as Raw;
const data = {
  schemaVersion: 1 as const,
  retrieved: raw.retrieved,
  genericUserContentHosts: raw.generic_user_content_hosts ?? [],
  urlShorteners: raw.url_shorteners ?? [],
  wallets: raw.wallets.map(wallet),
  regulators: (additions.regulators ?? []).map(regulator),
};
// Refuse to write anything the runtime schema would reject.
const parsed = directorySchema.safeParse(data);
if (!parsed.success) {
  console.error(parsed.error.issues);
  process.exit(1);
}

const text = `// GENERATED by scripts/channels-import.ts from ../shared/data/contacts/official.json and
// src/channels/data/escalation-sources.json. Do not edit by hand:
// change the source data (each fact needs a source URL and a checked date) and re-run the script.
import type { DirectoryInput } from '../schema.js';

/** The built-in directory's facts, retrieved ${data.retrieved}. */
export const builtinDirectoryData: DirectoryInput = ${JSON.stringify(data, null, 2)};
`;

if (process.argv.includes('--check')) {
  const current = readFileSync(output, 'utf8');
  if (current !== text) {
    console.error('src/channels/data/directory.ts is out of date: run npx tsx scripts/channels-import.ts');
    process.exit(1);
  }
  console.log('up to date');
} else {
  writeFileSync(output, text);
  const count = data.wallets.reduce((n: number, w: Raw) => n + w.channels.length, 0);
  console.log(`wrote ${output}: ${data.wallets.length} wallets, ${count} channels, ${data.regulators.length} regulators`);
}

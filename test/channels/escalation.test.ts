import { describe, expect, it } from 'vitest';
import { builtinDirectory, type ContactAttempt, createDirectory, type EscalationStep, escalationPath } from '../../src/channels/index.js';
import { isValidationError } from '../../src/errors/index.js';

const DAY = 86_400_000;
const rungs = (steps: EscalationStep[]) => steps.map((s) => s.rung);
const codes = (step: EscalationStep | undefined) => step?.reasons.map((r) => r.code) ?? [];
const regulatorSteps = (steps: EscalationStep[]) => steps.filter((s) => s.rung === 'regulator');
const attempt = (channel: ContactAttempt['channel'], at: string, outcome: ContactAttempt['outcome'] = 'unresolved', extra: Partial<ContactAttempt> = {}): ContactAttempt => ({
  channel,
  at: new Date(at),
  outcome,
  ...extra,
});

function fieldOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((i) => i.path.join('.'));
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('escalationPath: the ladder', () => {
  it('climbs senior agent → written record → official social account → regulator, each with what to do, say and prepare', () => {
    const steps = escalationPath({ wallet: 'mpesa', category: 'transfer', region: 'KE' });
    expect(rungs(steps)).toEqual(['senior_agent', 'written_record', 'social_media', 'regulator']);
    for (const step of steps) {
      expect(step.action.length).toBeGreaterThan(20);
      expect(step.prepare.length).toBeGreaterThan(0);
      expect(step.say?.en).toBeTruthy();
      expect(step.say?.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(steps[0]?.say?.zh).toContain('工号');
    expect(steps[0]?.say?.en).toMatch(/escalate/);
    expect(steps[0]?.channel?.id).toBe('mpesa/phone-1');
    expect(steps[2]?.channel?.value).toBe('https://twitter.com/Safaricom_Care');
    expect(steps[2]?.channel?.purpose).toBe('social_support');
  });

  it('skips what was tried, and puts the contact log and references in what to prepare', () => {
    const tried = [
      attempt('phone', '2026-11-01T09:00:00Z', 'unresolved', { agentName: 'Wanjiru', agentId: '5521', reference: 'MP-1' }),
      attempt('https://twitter.com/Safaricom_Care', '2026-11-03T09:00:00Z'),
    ];
    const steps = escalationPath({ wallet: 'mpesa', category: 'transfer', region: 'KE', tried });
    expect(rungs(steps)).toEqual(['senior_agent', 'written_record', 'regulator']);
    expect(codes(steps[0])).toContain('tried_unresolved');
    expect(steps[0]?.say?.en).toContain('MP-1');
    expect(steps[0]?.say?.zh).toContain('MP-1');
    expect(steps[1]?.prepare.join('\n')).toContain('Wanjiru, #5521, ref MP-1');
  });

  it('counts a directory channel by its kind: an unresolved chat is the written record', () => {
    const steps = escalationPath({ wallet: 'gcash', category: 'transfer', tried: [attempt('gcash/chat-1', '2026-11-01T00:00:00Z')] });
    expect(rungs(steps)).toEqual(['senior_agent', 'regulator']);
  });

  it('does not count a contact nobody answered, and says to try again', () => {
    const steps = escalationPath({ wallet: 'alipay', category: 'refund_dispute', tried: [attempt('电话', '2026-11-01T00:00:00Z', 'no_answer')] });
    expect(rungs(steps)[0]).toBe('senior_agent');
    expect(codes(steps[0])).toContain('no_answer_retry');
    expect(codes(steps[0])).not.toContain('tried_unresolved');
  });

  it('warns to check a promised callback (回访) before trusting it', () => {
    const steps = escalationPath({ wallet: 'alipay', category: 'refund_dispute', tried: [attempt('95188', '2026-11-01T00:00:00Z', 'callback_promised')] });
    const callback = steps[0]?.reasons.find((r) => r.code === 'callback_pending');
    expect(callback?.messageZh).toContain('回访');
    expect(callback?.messageEn).toMatch(/hang up/);
  });

  it('is empty when the latest contact resolved the problem', () => {
    expect(escalationPath({ wallet: 'alipay', category: 'refund_dispute', tried: [attempt('phone', '2026-11-01T00:00:00Z'), attempt('chat', '2026-11-02T00:00:00Z', 'resolved')] })).toEqual([]);
  });

  it('answers in the region’s language unless told, and always gives what to say in both', () => {
    const zh = escalationPath({ wallet: 'alipay', category: 'refund_dispute' });
    expect(zh[0]?.action).toMatch(/[\u4e00-\u9fff]/);
    const en = escalationPath({ wallet: 'alipay', category: 'refund_dispute', locale: 'en' });
    expect(en[0]?.action).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en[0]?.say).toEqual(zh[0]?.say);
    expect(en[0]?.reasons[0]?.messageZh).toBe(zh[0]?.reasons[0]?.message);
  });

  it('offers no social rung when the directory has no official account, and says why', () => {
    const steps = escalationPath({ wallet: 'phonepe', category: 'refund_dispute', region: 'IN' });
    expect(rungs(steps)).not.toContain('social_media');
    expect(codes(regulatorSteps(steps)[0])).toContain('no_official_social');
  });
});

describe('escalationPath: critical categories', () => {
  for (const category of ['account_compromise', 'unauthorized_transaction'] as const) {
    it(`${category}: freeze first and report to the police, before any ladder, even after contacts`, () => {
      const steps = escalationPath({ wallet: 'alipay', category, tried: [attempt('95188', '2026-11-01T00:00:00Z')] });
      expect(rungs(steps).slice(0, 2)).toEqual(['freeze_account', 'police_report']);
      expect(rungs(steps).slice(2)).toEqual(['senior_agent', 'written_record', 'regulator']);
      expect(steps[0]?.channel?.purpose).not.toBe('outbound_only');
      expect(codes(steps[0])).toContain('critical_first');
      expect(steps[1]?.prepare.join(' ')).toMatch(/交易|转账|截图/);
    });
  }

  it('a routine category has no freeze or police step', () => {
    expect(rungs(escalationPath({ wallet: 'alipay', category: 'fees_limits' }))).not.toContain('freeze_account');
  });
});

describe('escalationPath: regulators by region', () => {
  it('IN: RBI Integrated Ombudsman, eligible exactly 30 days after the first complaint to the wallet', () => {
    const tried = [attempt('phonepe/in_app-1', '2026-11-02T10:00:00Z'), attempt('senior agent', '2026-11-10T10:00:00Z', 'unresolved', { reference: 'G-77' })];
    const [rbi] = regulatorSteps(escalationPath({ wallet: 'phonepe', category: 'refund_dispute', region: 'IN', tried }));
    expect(rbi?.channel?.id).toBe('in-rbi-ios/web-1');
    expect(rbi?.eligibleFrom?.toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(rbi!.eligibleFrom!.getTime() - tried[0]!.at.getTime()).toBe(30 * DAY);
    expect(codes(rbi)).toEqual(expect.arrayContaining(['eligible_from', 'earlier_on_final_response', 'deadline', 'other_channels']));
    expect(rbi?.reasons.find((r) => r.code === 'other_channels')?.messageEn).toContain('14448');
  });

  it('IN: the first complaint is the earliest contact anyone heard, not a no-answer call or the order given', () => {
    const tried = [attempt('phone', '2026-11-05T00:00:00Z'), attempt('phone', '2026-11-01T00:00:00Z', 'no_answer')];
    const [rbi] = regulatorSteps(escalationPath({ wallet: 'paytm', category: 'payment_failed', region: 'IN', tried }));
    expect(rbi?.eligibleFrom?.toISOString()).toBe('2026-12-05T00:00:00.000Z');
  });

  it('UK: Financial Ombudsman Service, eligible exactly 8 weeks after the first complaint', () => {
    const first = new Date('2026-10-30T16:30:00Z');
    const steps = escalationPath({ wallet: 'wise', category: 'transfer', region: 'GB', tried: [{ channel: 'wise/web-2', at: first, outcome: 'unresolved' }] });
    const [fos] = regulatorSteps(steps);
    expect(fos?.channel?.id).toBe('gb-fos/web-1');
    expect(fos?.eligibleFrom?.toISOString()).toBe('2026-12-25T16:30:00.000Z');
    expect(fos!.eligibleFrom!.getTime() - first.getTime()).toBe(8 * 7 * DAY);
    expect(codes(fos)).not.toContain('unverified_link');
  });

  it('counts from now (and says so) when nothing was tried, and gives no date without now', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    const [fos] = regulatorSteps(escalationPath({ wallet: 'wise', category: 'transfer', region: 'GB', now }));
    expect(fos?.eligibleFrom?.toISOString()).toBe('2027-01-27T00:00:00.000Z');
    expect(codes(fos)).toContain('eligible_from_today');
    const [undated] = regulatorSteps(escalationPath({ wallet: 'wise', category: 'transfer', region: 'GB' }));
    expect(undated?.eligibleFrom).toBeUndefined();
    expect(codes(undated)).toContain('eligible_unknown');
  });

  it('US: CFPB portal, open as soon as the company has had the complaint', () => {
    const tried = [attempt('phone', '2026-11-20T15:00:00Z')];
    const [cfpb] = regulatorSteps(escalationPath({ wallet: 'venmo', category: 'refund_dispute', region: 'US', tried }));
    expect(cfpb?.channel?.value).toBe('https://www.consumerfinance.gov/complaint/');
    expect(cfpb?.eligibleFrom?.toISOString()).toBe('2026-11-20T15:00:00.000Z');
    expect(cfpb?.reasons.find((r) => r.code === 'other_channels')?.messageEn).toContain('(855) 411-2372');
  });

  it('CN: PBoC 12363, with the unsourced "complain to the institution first" rule marked unverified and no date', () => {
    const [pbc] = regulatorSteps(escalationPath({ wallet: 'wechatpay', category: 'refund_dispute', tried: [attempt('95017', '2026-11-01T00:00:00Z')] }));
    expect(pbc?.channel?.value).toBe('12363');
    expect(pbc?.channel?.hours?.timeZone).toBe('Asia/Shanghai');
    expect(pbc?.eligibleFrom).toBeUndefined();
    expect(codes(pbc)).toContain('unverified_rule');
  });

  it('PH: BSP Online Buddy', () => {
    const [bsp] = regulatorSteps(escalationPath({ wallet: 'gcash', category: 'transfer', tried: [attempt('2882', '2026-11-01T00:00:00Z')] }));
    expect(bsp?.channel?.id).toBe('ph-bsp/chat-1');
    expect(bsp?.eligibleFrom?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('KE: the Central Bank of Kenya is shown as unverified, never with an official channel', () => {
    const [cbk] = regulatorSteps(escalationPath({ wallet: 'mpesa', category: 'transfer' }));
    expect(cbk?.channel).toBeUndefined();
    expect(cbk?.eligibleFrom).toBeUndefined();
    expect(codes(cbk)).toContain('unverified_regulator');
    expect(cbk?.action).toContain('Central Bank of Kenya');
  });

  it('SG: FIDReC (sourced) before MAS (unverified)', () => {
    const steps = regulatorSteps(escalationPath({ wallet: 'revolut', category: 'transfer', region: 'SG' }));
    expect(steps.map((s) => s.channel?.id ?? 'unverified')).toEqual(['sg-fidrec/web-1', 'unverified']);
    expect(steps[1]?.action).toContain('Monetary Authority of Singapore');
  });

  it('EU: the wallet’s passport regulator, with the unsourced wallet link said to be unverified', () => {
    const [cssf] = regulatorSteps(escalationPath({ wallet: 'paypal', category: 'refund_dispute', region: 'DE' }));
    expect(cssf?.channel?.id).toBe('lu-cssf/email-1');
    expect(codes(cssf)).toContain('unverified_link');
    const [lithuania] = regulatorSteps(escalationPath({ wallet: 'revolut', category: 'transfer', region: 'LT' }));
    expect(lithuania?.channel).toBeUndefined();
    expect(codes(lithuania)).toContain('unverified_regulator');
  });

  it('a region without a known regulator gets a step that says where to look', () => {
    const steps = escalationPath({ wallet: 'skrill', category: 'transfer', region: 'BR' });
    expect(codes(regulatorSteps(steps)[0])).toContain('no_regulator_known');
  });

  it('reads regulators from a user directory that extends the built-in one', () => {
    const mine = createDirectory(
      {
        schemaVersion: 1,
        retrieved: '2026-12-02',
        wallets: [],
        regulators: [
          {
            id: 'ke-test',
            kind: 'regulator',
            region: 'KE',
            names: { en: 'Test Authority' },
            covers: 'tests',
            checkedAt: '2026-12-02',
            eligibility: { waitDays: 14, text: 'After 14 days.', textZh: '14 天后。', source: 'https://example.com/rule', sourceKind: 'official_page', confidence: 'high' },
            channels: [
              { id: 'ke-test/web-1', kind: 'web', value: 'https://example.com/complain', region: 'KE', audience: 'consumer', source: 'https://example.com/rule', sourceKind: 'official_page', checkedAt: '2026-12-02', confidence: 'high' },
            ],
          },
        ],
      },
      { extend: builtinDirectory },
    );
    const steps = regulatorSteps(escalationPath({ wallet: 'mpesa', category: 'transfer', directory: mine, tried: [attempt('100', '2026-11-01T00:00:00Z')] }));
    expect(steps.map((s) => s.channel?.id ?? 'unverified')).toEqual(['ke-test/web-1', 'unverified']);
    expect(steps[0]?.eligibleFrom?.toISOString()).toBe('2026-11-15T00:00:00.000Z');
  });
});

describe('escalationPath: bad input', () => {
  it('names the field', () => {
    expect(fieldOf(() => escalationPath({ wallet: 'nopay', category: 'transfer' }))).toEqual(['options.wallet']);
    expect(fieldOf(() => escalationPath({ wallet: 'alipay', category: 'lost_cat' as never }))).toEqual(['options.category']);
    expect(fieldOf(() => escalationPath({ wallet: 'alipay', category: 'transfer', region: 'China' }))).toEqual(['options.region']);
    expect(fieldOf(() => escalationPath({ wallet: 'alipay', category: 'transfer', now: new Date('nope') }))).toEqual(['options.now']);
    expect(fieldOf(() => escalationPath({ wallet: 'alipay', category: 'transfer', tried: [{ channel: 'phone', at: new Date(), outcome: 'angry' as never }] }))).toEqual([
      'options.tried.0.outcome',
    ]);
    expect(fieldOf(() => escalationPath({ wallet: 'alipay', category: 'transfer', tried: [{ channel: '  ', at: new Date(), outcome: 'unresolved' }] }))[0]).toMatch(
      /^options\.tried\.0\.channel/,
    );
    expect(fieldOf(() => escalationPath({ wallet: 'alipay', category: 'transfer', tried: [{ channel: 'phone', at: '2026-11-01', outcome: 'unresolved' } as never] }))).toEqual([
      'options.tried.0.at',
    ]);
    expect(fieldOf(() => escalationPath(null as never))).toEqual(['options']);
  });
});

import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/errors/index.js';
import { assessUrgency, CATEGORY_IDS, helpFor } from '../../src/classifier/index.js';

describe('helpFor', () => {
  it.each(CATEGORY_IDS.map((id) => [id]))('%s has zh and en content', (id) => {
    for (const locale of ['zh', 'en'] as const) {
      const help = helpFor(id, { locale });
      expect(help.title.length).toBeGreaterThan(1);
      expect(help.steps.length).toBeGreaterThanOrEqual(2);
      if (id !== 'other') expect(help.prepare.length).toBeGreaterThanOrEqual(4);
      const text = [help.title, ...help.steps, ...help.prepare].join('');
      if (locale === 'zh') expect(text).toMatch(/\p{Script=Han}/u);
      else expect(text).not.toMatch(/\p{Script=Han}/u);
    }
    // Same structure in both languages.
    expect(helpFor(id, { locale: 'zh' }).steps.length).toBe(helpFor(id, { locale: 'en' }).steps.length);
    expect(helpFor(id, { locale: 'zh' }).prepare.length).toBe(helpFor(id, { locale: 'en' }).prepare.length);
  });

  it('asks for account info, records with time and amount, a description and screenshots', () => {
    const prepare = helpFor('top_up', { locale: 'en' }).prepare.join('\n');
    expect(prepare).toMatch(/phone number or email/);
    expect(prepare).toMatch(/date and time, amount/);
    expect(prepare).toMatch(/description/);
    expect(prepare).toMatch(/Screenshots/);
  });

  it('tells a victim of fraud to freeze first, change passwords, keep evidence and call the police', () => {
    for (const id of ['account_compromise', 'unauthorized_transaction'] as const) {
      const help = helpFor(id, { locale: 'en' });
      expect(help.steps[0]).toMatch(/^Freeze/);
      expect(help.steps.join(' ')).toMatch(/password/);
      expect(help.steps.join(' ')).toMatch(/evidence/);
      expect(help.steps.join(' ')).toMatch(/police/);
      expect(help.urgency).toBe('critical');
      expect(help.escalateTo).toBeDefined();
      expect(helpFor(id, { locale: 'zh' }).steps[0]).toMatch(/^先在应用内冻结/);
    }
  });

  it('covers the domain basics for failed payments and missing top-ups', () => {
    const payment = helpFor('payment_failed').steps.join(' ');
    for (const word of [/network/, /balance/, /card/, /merchant/]) expect(payment).toMatch(word);
    const topUp = helpFor('top_up').steps.join(' ');
    for (const word of [/card details/, /enough money/, /limits/]) expect(topUp).toMatch(word);
  });

  it('raises urgency when asked, and escalates anything critical', () => {
    expect(helpFor('app_technical').urgency).toBe('low');
    expect(helpFor('app_technical').escalateTo).toBeUndefined();
    expect(helpFor('app_technical', { urgency: 'critical' })).toMatchObject({ urgency: 'critical', escalateTo: 'security' });
    expect(helpFor('account_compromise', { urgency: 'low' }).urgency).toBe('critical');
  });

  it('rejects unknown categories and locales with a ValidationError', () => {
    for (const [call, field] of [
      [() => helpFor('weather' as never), 'category'],
      [() => helpFor('top_up', { locale: 'fr' as never }), 'options.locale'],
    ] as const) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isValidationError(error)).toBe(true);
        expect((error as { field: string }).field).toBe(field);
      }
    }
  });
});

describe('assessUrgency', () => {
  it('starts from the category and only ever raises', () => {
    expect(assessUrgency('how do I change my email', 'account_profile')).toEqual({ level: 'low', signals: [] });
    expect(assessUrgency('I need this fixed urgently', 'account_profile')).toEqual({ level: 'high', signals: ['urgent'] });
    expect(assessUrgency('thanks', 'unauthorized_transaction').level).toBe('critical');
  });
  it('recognises Chinese (simplified and traditional) and English signals', () => {
    expect(assessUrgency('帳號被盜了', 'other').signals).toEqual(['stolen']);
    expect(assessUrgency('我把验证码告诉了陌生人', 'other').signals).toContain('shared-code');
    expect(assessUrgency('I got scammed', 'other').signals).toEqual(['scam']);
    expect(assessUrgency('I lost my card', 'card_management').level).toBe('high');
  });
  it('does not fire on ordinary wording', () => {
    for (const text of ['how long does a transfer take', '提现要多久', 'my card is not working']) {
      expect(assessUrgency(text, 'other').signals).toEqual([]);
    }
  });
});

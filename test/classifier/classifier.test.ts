import { describe, expect, expectTypeOf, it } from 'vitest';
import { isValidationError } from '../../src/errors/index.js';
import {
  type AnyClassifier,
  type Classification,
  type Classifier,
  CATEGORY_IDS,
  classify,
  createClassifier,
  DEFAULT_ABSTAIN_BELOW,
  defineAsyncClassifier,
  taxonomy,
} from '../../src/classifier/index.js';

function expectValidationError(fn: () => unknown, field: string): void {
  try {
    fn();
    expect.unreachable('expected a ValidationError');
  } catch (error) {
    expect(isValidationError(error)).toBe(true);
    expect((error as { field: string }).field).toBe(field);
  }
}

describe('classify', () => {
  it('returns a complete, consistent classification', () => {
    const result = classify('My card payment was declined at the supermarket');
    expect(result.category).toBe('payment_failed');
    expect(result.kind).toBe('account');
    expect(result.abstained).toBe(false);
    expect(result.confidence).toBeGreaterThanOrEqual(DEFAULT_ABSTAIN_BELOW);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.locale).toBe('en');
    expect(result.alternatives.length).toBeLessThanOrEqual(3);
    expect(result.alternatives.map((a) => a.category)).not.toContain(result.category);
    const scores = result.alternatives.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((s) => s <= result.confidence)).toBe(true);
    expect(result.explanation.length).toBeGreaterThan(0);
    expect(result.explanation.every((e) => e.weight > 0 && typeof e.feature === 'string')).toBe(true);
  });

  it('reads Chinese, traditional characters included, and detects the locale', () => {
    expect(classify('提现三天了还没到银行卡').category).toBe('withdrawal');
    expect(classify('我的帳戶被盜了').category).toBe('account_compromise');
    expect(classify('我的帳戶被盜了').locale).toBe('zh');
    expect(classify('my top up has not arrived', { locale: 'zh' }).locale).toBe('zh');
  });

  it('puts requests that are not about a wallet in other', () => {
    for (const text of ['what is the weather tomorrow', 'tell me a joke', 'set an alarm for 7am', '明天天气怎么样']) {
      expect(classify(text).category, text).toBe('other');
    }
  });

  it('is deterministic', () => {
    const text = 'I sent money to the wrong person yesterday';
    expect(classify(text)).toEqual(classify(text));
    expect(createClassifier().classify(text)).toEqual(classify(text));
  });

  it('abstains on empty, whitespace-only and emoji-only text', () => {
    for (const text of ['', '   ', '\n\t', '😀😀😀', '🙏']) {
      const result = classify(text);
      expect(result.category).toBe('other');
      expect(result.abstained).toBe(true);
      expect(result.confidence).toBe(0);
      expect(result.alternatives).toEqual([]);
    }
  });

  it('handles a 100 KB text without trouble, reading its beginning', () => {
    const huge = `my withdrawal has been pending for a week. ${'blah '.repeat(20_000)}`;
    expect(huge.length).toBeGreaterThan(100_000);
    expect(classify(huge).category).toBe('withdrawal');
    expect(() => classify('字'.repeat(100_000))).not.toThrow();
  });

  it('throws a ValidationError naming `text` for non-strings from JS callers', () => {
    for (const bad of [null, undefined, 42, {}, ['refund']]) expectValidationError(() => classify(bad as never), 'text');
  });

  it('throws a ValidationError for a bad locale', () => {
    expectValidationError(() => classify('refund', { locale: 'fr' as never }), 'options.locale');
  });

  it('raises urgency on stolen/scam signals', () => {
    const result = classify('someone stole my phone and is using my wallet');
    expect(result.urgency).toBe('critical');
    expect(result.urgencySignals).toContain('stolen');
    expect(classify('有人冒充客服骗我转账').urgency).toBe('critical');
    expect(classify('how do I export my statement').urgency).toBe('low');
  });
});

describe('createClassifier', () => {
  it('abstains below abstainBelow, reports other and keeps the best guess first in alternatives', () => {
    const sure = createClassifier({ abstainBelow: 0 }).classify('where is my refund');
    const unsure = createClassifier({ abstainBelow: 1 }).classify('where is my refund');
    expect(sure.abstained).toBe(false);
    expect(unsure.abstained).toBe(true);
    expect(unsure.category).toBe('other');
    expect(unsure.kind).toBe('other');
    expect(unsure.confidence).toBe(sure.confidence);
    expect(unsure.alternatives[0]?.category).toBe(sure.category);
  });

  it('validates its options', () => {
    expectValidationError(() => createClassifier({ abstainBelow: 2 }), 'options.abstainBelow');
    expectValidationError(() => createClassifier({ model: {} as never }), 'options.model');
  });

  it('implements the Classifier interface', () => {
    const classifier = createClassifier();
    expectTypeOf(classifier).toEqualTypeOf<Classifier>();
    expectTypeOf(classifier.classify('x')).toEqualTypeOf<Classification>();
    expect(classifier.name).toBe('walletdesk-linear');
  });
});

describe('defineAsyncClassifier (plug in an LLM or a remote service)', () => {
  const llm = defineAsyncClassifier({
    name: 'fake-llm',
    abstainBelow: 0.5,
    async classify(text) {
      if (text.includes('broken')) return { category: 'not-a-category' as never, confidence: 0.9 };
      if (text.includes('unsure')) return { category: 'transfer', confidence: 0.2, alternatives: [{ category: 'top_up', score: 0.1 }] };
      return { category: 'account_compromise', confidence: 0.95 };
    },
  });

  it('fills in kind, urgency and locale like the built-in classifier', async () => {
    const result = await llm.classify('我的账号被盗了');
    expect(result).toMatchObject({ category: 'account_compromise', kind: 'policy', urgency: 'critical', locale: 'zh', abstained: false });
  });

  it('applies abstention and keeps the guess in alternatives', async () => {
    const result = await llm.classify('unsure about this one');
    expect(result.category).toBe('other');
    expect(result.abstained).toBe(true);
    expect(result.alternatives.map((a) => a.category)).toEqual(['transfer', 'top_up']);
  });

  it('rejects a malformed answer with a ValidationError naming the field', async () => {
    await expect(llm.classify('broken')).rejects.toMatchObject({ name: 'ValidationError', field: 'result.category' });
  });

  it('can be used wherever either kind of classifier is accepted', async () => {
    const both: AnyClassifier[] = [createClassifier(), llm];
    for (const c of both) expect(CATEGORY_IDS).toContain((await c.classify('hello')).category);
  });
});

describe('taxonomy', () => {
  it('has the 16 wallet categories and other, in the order of CATEGORY_IDS', () => {
    expect(taxonomy.categories.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    expect(taxonomy.categories.filter((c) => c.kind !== 'other')).toHaveLength(16);
  });
});

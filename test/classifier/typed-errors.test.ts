// Issue 13: the classifier's exported helpers answer wrong JS types with a ValidationError that
// names the argument, never a TypeError from deep inside (the fuzz found each of these).
import { describe, expect, it } from 'vitest';
import { extractFeatures, featureNames, foldChineseVariants, normalizeText, serializeModel, train } from '../../src/classifier/index.js';
import { fieldOf } from '../helpers/rejection.js';

describe('classifier helpers are total', () => {
  it('normalizeText(1) names the text (issue 13)', () => {
    expect(fieldOf(() => normalizeText(1 as never))).toBe('text');
    expect(fieldOf(() => normalizeText(new String('x') as never))).toBe('text');
  });

  it('featureNames and extractFeatures name the text and the bucket count', () => {
    expect(fieldOf(() => featureNames(new Date() as never))).toBe('text');
    expect(fieldOf(() => extractFeatures(null as never, 1024))).toBe('text');
    expect(fieldOf(() => extractFeatures('退款', 1000))).toBe('buckets');
    expect(fieldOf(() => extractFeatures('退款', Number.NaN))).toBe('buckets');
    expect(fieldOf(() => extractFeatures('退款', 0))).toBe('buckets');
  });

  it('foldChineseVariants names its argument', () => {
    expect(fieldOf(() => foldChineseVariants({ hours: 1 } as never))).toBe('normalized');
  });

  it('serializeModel names a non-model and a bad option', () => {
    expect(fieldOf(() => serializeModel('not a model' as never))).toBe('model');
    expect(fieldOf(() => serializeModel({} as never, {}))).toBe('model');
    const model = train([{ text: 'refund please', label: 'refund_dispute' }, { text: 'tell me a joke', label: 'other' }], { epochs: 1, buckets: 256 });
    expect(fieldOf(() => serializeModel(model, { minStep: '2' } as never))).toBe('options.minStep');
    expect(fieldOf(() => serializeModel(model, { maxPerBucket: 0 }))).toBe('options.maxPerBucket');
    expect(fieldOf(() => serializeModel(model, { colour: 'red' } as never))).toBe('options');
  });

  it('good input still works', () => {
    expect(normalizeText('我的帳戶')).toBe('我的账户');
    expect(extractFeatures('退款', 1024).map((f) => f.name)).toEqual(['zh1:退', 'zh1:款', 'zh2:退款']);
    expect(foldChineseVariants('冲值')).toBe('充值');
  });
});

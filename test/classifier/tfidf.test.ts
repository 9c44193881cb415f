// Issue 17's TF-IDF SVM (scripts/tfidf-*.ts, scripts/classifier-svm.ts; measured in the guide's
// ablation, not shipped) and the pinyin forms it is trained with.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/_internal/text/index.js';
import { loadZhTrain } from '../../scripts/classifier-data.js';
import { pinyinForms, withPinyin } from '../../scripts/classifier-pinyin.js';
import { SVM_OPTIONS, tfidfPredictor, trainTfidfModel } from '../../scripts/classifier-svm.js';
import { createTfidfFeatures, extractTfidf, featureNamesOf } from '../../scripts/tfidf-features.js';
import { deserializeTfidfModel, serializeTfidfModel } from '../../scripts/tfidf-model.js';

const options = { wordBuckets: 4096, charBuckets: 8192 };

describe('TF-IDF features', () => {
  it('L2-normalises the word block and the character block each to 1', () => {
    const f = extractTfidf(normalizeText('I was charged twice for one top-up'), options, undefined, createTfidfFeatures());
    let word = 0;
    let char = 0;
    for (let i = 0; i < f.count; i++) {
      if (f.bucket[i]! < options.wordBuckets) word += f.value[i]! ** 2;
      else char += f.value[i]! ** 2;
    }
    expect(word).toBeCloseTo(1, 9);
    expect(char).toBeCloseTo(1, 9);
  });

  it('takes character n-grams inside words, so pinyin with and without spaces shares most of them', () => {
    const named = (text: string) => {
      const f = extractTfidf(normalizeText(text), options, undefined, createTfidfFeatures());
      return new Set<string>(featureNamesOf(normalizeText(text), options, new Set(f.bucket.subarray(0, f.count))).values());
    };
    const spaced = named('zhi fu shi bai');
    expect(spaced.has('c: zhi ')).toBe(true);
    expect([...named('zhifu shibai')].filter((n) => n.startsWith('c:') && spaced.has(n)).length).toBeGreaterThanOrEqual(8);
    expect(named('支付失败').has('w2:支 付')).toBe(true);
  });

  it('finds nothing in text without letters, digits or Han', () => {
    expect(extractTfidf(normalizeText(' !!! 🙂 '), options, undefined, createTfidfFeatures()).count).toBe(0);
  });
});

describe('the TF-IDF SVM trained with pinyin forms', () => {
  it('classifies pinyin like its hanzi: toneless, with or without spaces, mixed with hanzi', { timeout: 120_000 }, () => {
    const examples = withPinyin(loadZhTrain());
    const predict = tfidfPredictor(trainTfidfModel(examples, { ...SVM_OPTIONS, ...options, epochs: 4 }), 0);
    expect(predict('zhifu shibai')).toBe('payment_failed');
    expect(predict('wo de zhanghao denglu bu shang')).toBe('login_access');
    expect(predict('shiming renzheng 怎么弄')).toBe('identity_verification');
  });
});

describe('training', () => {
  it('gives identical weights twice (seeded, no clock)', () => {
    const examples = loadZhTrain()
      .filter((_, i) => i % 8 === 0)
      .map((e) => ({ ...e }));
    const small = { ...SVM_OPTIONS, ...options, epochs: 2 };
    const model = trainTfidfModel(examples, small);
    const a = serializeTfidfModel(model);
    expect(serializeTfidfModel(trainTfidfModel(examples, small))).toBe(a);
    expect(serializeTfidfModel(deserializeTfidfModel(a))).toBe(a);
    // it learned something: most of its own training lines come back with their label
    const predict = tfidfPredictor(model, 0);
    expect(examples.filter((e) => predict(e.text) === e.label).length / examples.length).toBeGreaterThan(0.8);
  });

  it('transliterates Chinese lines into toneless pinyin forms', () => {
    const forms = pinyinForms('支付失败');
    expect(forms.length).toBeGreaterThan(0);
    expect(forms.some((f) => /^zhi ?fu ?shi ?bai$/.test(f))).toBe(true);
    expect(pinyinForms('no chinese here')).toEqual([]);
  });
});

// Issue 17's TF-IDF SVMs (scripts/classifier-svm.ts), the shipped ensemble built from them
// (src/classifier/tfidf-ensemble.ts, scripts/classifier-tfidf-ensemble.ts) and the pinyin forms
// they are trained with.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/_internal/text/index.js';
import { loadZhTrain } from '../../scripts/classifier-data.js';
import { pinyinForms, withPinyin } from '../../scripts/classifier-pinyin.js';
import { SVM_OPTIONS, tfidfPredictor, trainTfidfModel } from '../../scripts/classifier-svm.js';
import { createTfidfFeatures, extractTfidf, featureNamesOf } from '../../src/classifier/tfidf-features.js';
import { buildEnsemble, densePredictor, denseMembersOf, deserializeMember, pruneMember, serializeMember } from '../../scripts/classifier-tfidf-ensemble.js';
import { createTfidfScratch, deserializeTfidfEnsemble, explainTfidf, scoreTfidf, serializeTfidfEnsemble, topTfidfCategories } from '../../src/classifier/tfidf-ensemble.js';
import { isValidationError } from '../../src/errors/index.js';

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

  it('with signed hashing, gives about half the n-grams a negative value and keeps buckets and magnitudes', () => {
    const text = normalizeText('I was charged twice for one top-up, 支付失败');
    const idf = Float32Array.from({ length: options.wordBuckets + options.charBuckets }, (_, b) => 1 + (b % 32) / 16);
    const plain = extractTfidf(text, options, idf, createTfidfFeatures());
    const plainPairs = Array.from({ length: plain.count }, (_, i) => [plain.bucket[i]!, plain.value[i]!] as const);
    const signed = extractTfidf(text, { ...options, signedHash: true }, idf, createTfidfFeatures());
    expect(signed.count).toBe(plainPairs.length);
    let negatives = 0;
    for (let i = 0; i < signed.count; i++) {
      expect(signed.bucket[i]).toBe(plainPairs[i]![0]);
      expect(Math.abs(signed.value[i]!)).toBe(plainPairs[i]![1]);
      if (signed.value[i]! < 0) negatives++;
    }
    // about half the n-grams flip (a hash bit), never none or all
    expect(negatives).toBeGreaterThan(signed.count / 4);
    expect(negatives).toBeLessThan((3 * signed.count) / 4);
    // the sign only: the magnitudes are the unsigned pass's (multiples of 1/16 before the per-block
    // L2 factor, which the integer scorer relies on)
  });

  it('takes word trigrams and longer character n-grams only when asked', () => {
    const named = (extra: object) => {
      const o = { ...options, ...extra };
      const text = normalizeText('I was charged twice');
      const f = extractTfidf(text, o, undefined, createTfidfFeatures());
      return new Set<string>(featureNamesOf(text, o, new Set(f.bucket.subarray(0, f.count))).values());
    };
    expect(named({}).has('w3:was charged twice')).toBe(false);
    expect(named({ maxWordGram: 3 }).has('w3:was charged twice')).toBe(true);
    expect(named({}).has('c: charg')).toBe(false);
    expect(named({ maxCharGram: 6 }).has('c: charg')).toBe(true);
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
    const a = serializeMember(model);
    expect(serializeMember(trainTfidfModel(examples, small))).toBe(a);
    expect(serializeMember(deserializeMember(a))).toBe(a);
    // it learned something: most of its own training lines come back with their label
    const predict = tfidfPredictor(model, 0);
    expect(examples.filter((e) => predict(e.text) === e.label).length / examples.length).toBeGreaterThan(0.8);
  });

  it('solves one-vs-rest logistic regression by dual coordinate descent, deterministically', () => {
    const examples = loadZhTrain().filter((_, i) => i % 8 === 0);
    const small = { ...SVM_OPTIONS, ...options, loss: 'log-dual' as const, C: 10, epochs: 20 };
    const model = trainTfidfModel(examples, small);
    expect(serializeMember(trainTfidfModel(examples, small))).toBe(serializeMember(model));
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

describe('the shipped ensemble format', () => {
  const examples = withPinyin(loadZhTrain().filter((_, i) => i % 6 === 0));
  const small = { ...SVM_OPTIONS, ...options, epochs: 3 };
  const members = [pruneMember(trainTfidfModel(examples, { ...small, classes: 'intent' }), 3), trainTfidfModel(examples, small)];
  const ensemble = buildEnsemble(members, 0.5);

  it('round-trips through its serialised form', () => {
    const text = serializeTfidfEnsemble(ensemble);
    const back = deserializeTfidfEnsemble(text);
    expect(serializeTfidfEnsemble(back)).toBe(text);
    expect(back.classes).toEqual(ensemble.classes);
    expect([...back.entries]).toEqual([...ensemble.entries]);
    // printable ASCII that needs no escaping inside a JS string literal
    expect(text).toMatch(/^[ -~]+$/);
    expect(text).not.toMatch(/["'\\`$]/);
  });

  it('scores sparse entries exactly as the training side scores dense rows', () => {
    const scratch = createTfidfScratch(ensemble);
    const dense = densePredictor(denseMembersOf(ensemble), 0.5, 0);
    const texts = ['zhifu shibai', '提现三天了还没到账', 'wo de zhanghao denglu bu shang', '转账转错人了', 'refund please', 'x'];
    for (const text of texts) {
      const expected = dense(text);
      if (scoreTfidf(ensemble, normalizeText(text), scratch) === 0) {
        expect(expected).toEqual({ category: 'other', confidence: 0 });
        continue;
      }
      const best = topTfidfCategories(scratch, 1).top[0]!;
      expect({ category: best.category, confidence: best.score }).toEqual(expected);
    }
  });

  it('explains with features that are n-grams of the text, strongest first', () => {
    const scratch = createTfidfScratch(ensemble);
    for (const text of ['提现三天了还没到账，转账也失败了', 'zhifu shibai 怎么弄', 'wo de zhanghao denglu bu shang']) {
      const normalized = normalizeText(text);
      expect(scoreTfidf(ensemble, normalized, scratch)).toBeGreaterThan(0);
      const explanation = explainTfidf(ensemble, scratch, topTfidfCategories(scratch, 1).bestClass, 5);
      expect(explanation.length).toBeGreaterThan(0);
      expect(explanation.map((e) => e.weight)).toEqual([...explanation.map((e) => e.weight)].sort((a, b) => b - a));
      const squeezed = normalized.replace(/[\s，]/g, '');
      for (const { feature } of explanation) {
        expect(feature).toMatch(/^(w|w2|c):/);
        expect(squeezed).toContain(feature.slice(feature.indexOf(':') + 1).replace(/\s/g, ''));
      }
    }
  });

  it('rejects what is not a serialised ensemble with a ValidationError', () => {
    for (const bad of [btoa('nope, not a model'), serializeTfidfEnsemble(ensemble).slice(0, 200)]) {
      let error: unknown;
      try {
        deserializeTfidfEnsemble(bad);
      } catch (e) {
        error = e;
      }
      expect(isValidationError(error)).toBe(true);
    }
  });
});

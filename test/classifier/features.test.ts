import { describe, expect, it } from 'vitest';
import { extractFeatures, featureNames, foldChineseVariants, MAX_TEXT_LENGTH, normalizeText } from '../../src/classifier/index.js';

describe('normalizeText', () => {
  it('maps common traditional characters to simplified ones', () => {
    expect(normalizeText('帳戶轉錢密碼儲值額度認證詐騙銀行號碼')).toBe('账户转钱密码储值额度认证诈骗银行号码');
  });
  it('folds full-width letters, digits and punctuation and lower-cases', () => {
    expect(normalizeText('ＡＢＣ１２３！')).toBe('abc123!');
  });
  it('looks at the first MAX_TEXT_LENGTH characters only', () => {
    expect(normalizeText('a'.repeat(MAX_TEXT_LENGTH + 500)).length).toBe(MAX_TEXT_LENGTH);
  });
});

describe('foldChineseVariants', () => {
  it('folds Cantonese, Taiwanese usage and domain typos onto the mainland words', () => {
    expect(foldChineseVariants(normalizeText('點解我儲值咗冇到'))).toBe('为什么我充值了没到');
    expect(foldChineseVariants('登陆不了，冲值也不行')).toBe('登录不了，充值也不行');
    expect(foldChineseVariants(normalizeText('提領到銀行帳戶'))).toBe('提现到银行账户');
  });
  it('prefers the longer phrase: a product name or a word is not broken up', () => {
    expect(foldChineseVariants('零钱通收益')).toBe('零钱通收益');
    expect(foldChineseVariants('零钱提现')).toBe('余额提现');
    expect(foldChineseVariants(normalizeText('我同佢嘅關係'))).toBe('我同他的关系');
  });
  it('gives a Cantonese request and its Mandarin wording shared features', () => {
    const cantonese = new Set(featureNames('我入咗錢但係冇到'));
    expect(featureNames('我充值了但是没到').filter((n) => cantonese.has(n)).length).toBeGreaterThanOrEqual(8);
  });
});

describe('features', () => {
  it('gives Chinese character unigrams and bigrams, no segmenter needed', () => {
    expect(featureNames('转账失败')).toEqual(['zh1:转', 'zh1:账', 'zh1:失', 'zh1:败', 'zh2:转账', 'zh2:账失', 'zh2:失败']);
  });
  it('gives traditional and simplified text the same features', () => {
    expect(featureNames('我的帳戶被盜了')).toEqual(featureNames('我的账户被盗了'));
  });
  it('gives English stems, word bigrams and in-word character n-grams', () => {
    const names = featureNames('Payments declined');
    expect(names).toContain('w:payment');
    expect(names).toContain('w:declin');
    expect(names).toContain('w2:payment declin');
    expect(names).toContain('c:<pay');
  });
  it('lets a typo share most character n-grams with the right spelling', () => {
    const right = new Set(featureNames('received').filter((n) => n.startsWith('c:')));
    const typo = featureNames('recieved').filter((n) => n.startsWith('c:'));
    expect(typo.filter((n) => right.has(n)).length).toBeGreaterThanOrEqual(5);
  });
  it('does not make bigrams across punctuation', () => {
    expect(featureNames('退款。提现')).not.toContain('zh2:款提');
  });
  it('has no features for empty, whitespace and emoji-only text', () => {
    for (const text of ['', '   \n\t', '😀🙏🔥']) expect(extractFeatures(text, 1024)).toEqual([]);
  });
  it('caps the features of a huge text', () => {
    const huge = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    expect(extractFeatures(huge, 1024).length).toBeLessThanOrEqual(600);
  });
  it('is L2-normalised and deterministic', () => {
    const a = extractFeatures('my top up failed', 1 << 18);
    const norm = Math.sqrt(a.reduce((sum, f) => sum + f.value * f.value, 0));
    expect(norm).toBeCloseTo(1, 10);
    expect(extractFeatures('my top up failed', 1 << 18)).toEqual(a);
  });
});

// The two scoring paths of the shipped ensemble (src/classifier/tfidf-ensemble.ts): WebAssembly
// SIMD (src/classifier/tfidf-simd.ts, compiled from scripts/tfidf-score.wat) and plain JS. Both
// add exact integer block sums, so they must give the same floats for every text.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/_internal/text/index.js';
import { loadZhTrain, repoRoot } from '../../scripts/classifier-data.js';
import { classify } from '../../src/classifier/index.js';
import { WEIGHTS } from '../../src/classifier/model/weights.js';
import { createTfidfScratch, deserializeTfidfEnsemble, explainTfidf, scoreTfidf, scoreTfidfFeatures, type TfidfEnsemble, type TfidfScratch } from '../../src/classifier/tfidf-ensemble.js';
import { extractTfidf } from '../../src/classifier/tfidf-features.js';
import { isValidationError } from '../../src/errors/index.js';

const model = deserializeTfidfEnsemble(WEIGHTS);

/** Varied texts: the Chinese training lines, English requests, pastes, symbols, random Unicode. */
function sampleTexts(): string[] {
  const texts = loadZhTrain()
    .filter((_, i) => i % 3 === 0)
    .map((e) => e.text);
  const english = [
    "I can't log in to my account, it says my password is wrong",
    'Where is my refund? It has been 10 days',
    'My card was declined at the supermarket 3 times today',
    'TOP-UP via bank transfer, reference #12345, not arrived',
    'recieved a tranfer but it dissapeared',
    'zhifu shibai 怎么办',
    'what is the weather tomorrow',
  ];
  texts.push(...english, english.join(' ').repeat(20), '提现'.repeat(1000), 'ｆｕｌｌ ｗｉｄｔｈ', '😀 ok', '');
  let seed = 7;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = 0; i < 300; i++) {
    let t = '';
    for (let n = Math.floor(rand() * 60); n > 0; n--) t += String.fromCodePoint(rand() < 0.5 ? 0x20 + Math.floor(rand() * 95) : 0x4e00 + Math.floor(rand() * 0x5200));
    texts.push(t);
  }
  return texts;
}

/** The real classes' block sums the last scoring left (from the SIMD memory or the JS arrays). */
function blockSums(scratch: TfidfScratch, fromSimd: boolean): number[] {
  const word = fromSimd ? scratch.simd!.wordSums : scratch.wordSums;
  const char = fromSimd ? scratch.simd!.charSums : scratch.charSums;
  const out: number[] = [];
  for (let m = 0; m < scratch.stride.length; m++) {
    for (let j = scratch.offset[m]!; j < scratch.offset[m + 1]!; j++) out.push(word[j - scratch.offset[m]! + scratch.padOffset[m]!]!, char[j - scratch.offset[m]! + scratch.padOffset[m]!]!);
  }
  return out;
}

describe('TF-IDF ensemble scoring paths', () => {
  const simd = createTfidfScratch(model);
  const plain = createTfidfScratch(model, { simd: false });

  it('runs the WebAssembly SIMD path on Node (WebAssembly SIMD is there since Node 16)', () => {
    expect(simd.simd).toBeDefined();
    expect(plain.simd).toBeUndefined();
  });

  it('gives identical integer sums, probabilities and explanations on both paths, text by text', () => {
    const texts = sampleTexts();
    let scored = 0;
    for (const text of texts) {
      const normalized = normalizeText(text);
      const a = scoreTfidf(model, normalized, simd);
      const b = scoreTfidf(model, normalized, plain);
      expect(a).toBe(b);
      if (a === 0) continue;
      scored++;
      expect(blockSums(simd, true)).toEqual(blockSums(plain, false));
      expect(simd.probabilities).toEqual(plain.probabilities);
      expect(simd.categorySums).toEqual(plain.categorySums);
      expect(explainTfidf(model, simd, 3)).toEqual(explainTfidf(model, plain, 3));
    }
    expect(scored).toBeGreaterThan(1000);
  });

  it('takes signed units (a hashed sign gives -idf): the sums stay exact on both paths', () => {
    for (const text of ['my card was declined twice today', '我的提现一直没有到账怎么办', 'refund refund refund please']) {
      for (const [scratch, fromSimd] of [
        [simd, true],
        [plain, false],
      ] as const) {
        const features = extractTfidf(normalizeText(text), model.features, model.idf, scratch.features);
        for (let f = 0; f < features.count; f += 2) features.raw[f] = -features.raw[f]!;
        scoreTfidfFeatures(model, features, scratch);
        const sums = blockSums(scratch, fromSimd);
        // the same sums computed here, one weight at a time from the decoded entries
        const expected = new Array<number>(sums.length).fill(0);
        for (let f = 0; f < features.count; f++) {
          const b = features.bucket[f]!;
          for (let e = model.bucketStart[b]!; e < model.bucketStart[b + 1]!; e++) {
            const j = model.entries[e]! >>> 8;
            expected[2 * j + (f < features.wordCount ? 0 : 1)]! += features.raw[f]! * 16 * ((model.entries[e]! << 24) >> 24);
          }
        }
        expect(sums).toEqual(expected);
      }
      expect(simd.probabilities).toEqual(plain.probabilities);
    }
  });

  it('falls back to JS for units that are not integers (a recipe counting tf) and still agrees', () => {
    const counting: TfidfEnsemble = { ...model, features: { ...model.features, binaryTf: false } };
    const a = createTfidfScratch(counting);
    const b = createTfidfScratch(counting, { simd: false });
    for (const text of ['refund refund refund, where is my refund', '提现提现提现失败', 'card card declined']) {
      scoreTfidf(counting, normalizeText(text), a);
      scoreTfidf(counting, normalizeText(text), b);
      expect(a.probabilities).toEqual(b.probabilities);
      expect(a.categorySums).toEqual(b.categorySums);
    }
  });

  it('leaves bad input as it was: a ValidationError naming the field', () => {
    try {
      classify(42 as unknown as string);
      expect.unreachable('expected a ValidationError');
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      expect((error as { issues: Array<{ path: unknown[] }> }).issues[0]!.path).toEqual(['text']);
    }
  });

  it('ships the module compiled from scripts/tfidf-score.wat (--check)', { timeout: 60_000 }, () => {
    const output = execFileSync(resolve(repoRoot, 'node_modules/.bin/tsx'), ['scripts/tfidf-score-wasm.ts', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(output).toContain('matches a fresh compilation');
  });
});

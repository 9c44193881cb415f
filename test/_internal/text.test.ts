// The one text pipeline (src/_internal/text): the generated conversion table is fresh, and each
// step does what channels, classifier, privacy and triage rely on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePairs, generateTableFile, TABLE_FILE } from '../../scripts/simplified-table.js';
import { tablePairs } from '../../src/_internal/text/to-simplified.js';
import { detectLanguage, foldedText, foldText, headOf, isPreparedText, MAX_TEXT_LENGTH, normalizeText, prepareText, toSimplified } from '../../src/_internal/text/index.js';

const root = resolve(import.meta.dirname, '../..');

describe('the traditional → simplified table', () => {
  it('is what scripts/simplified-table.ts generates from opencc-js', () => {
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(generateTableFile());
  });

  it('decodes to exactly the pairs OpenCC gives (the file stores them as base-36 gaps and offsets)', () => {
    const decoded = [...tablePairs()].map(([from, to]) => String.fromCharCode(from, to)).join('');
    expect(decoded).toBe(generatePairs());
    expect(decoded.length / 2).toBe(2977);
  });

  it('has a --check mode that passes on the committed table', { timeout: 60_000 }, () => {
    const output = execFileSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/simplified-table.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(output).toContain('matches a fresh generation');
  });

  it('converts wallet vocabulary, Taiwan and Hong Kong variants, and keeps simplified text as it is', () => {
    expect(toSimplified('我的帳戶被盜了，驗證碼別給別人')).toBe('我的账户被盗了，验证码别给别人');
    expect(toSimplified('這裡')).toBe('这里'); // 裡 is the Taiwan variant of 裏
    expect(toSimplified('衞生')).toBe('卫生'); // 衞 the Hong Kong one of 衛
    expect(toSimplified('分享螢幕')).toBe('分享屏幕'); // walletdesk's fold: 螢 is the screen of screen sharing
    expect(toSimplified('帐户')).toBe('账户');
    const simplified = '什么时候到账？我的余额为什么少了';
    expect(toSimplified(simplified)).toBe(simplified); // 么 is not folded to 幺 (OpenCC's tw2s does)
    expect(toSimplified('係咪')).toBe('係咪'); // Cantonese 係 ("is") is left to the classifier's word-level folding
  });

  it('keeps the length, so offsets found in the result index the input', () => {
    const text = '轉帳 to 🐉 帳號 12345';
    expect(toSimplified(text)).toHaveLength(text.length);
    expect(toSimplified(text)).toBe('转账 to 🐉 账号 12345');
  });
});

describe('normalisation', () => {
  it('folds width and case, then converts', () => {
    expect(foldText('ＴＯＰ－ＵＰ 失敗')).toBe('top-up 失败');
    expect(foldText('Hello')).toBe('hello');
  });

  it('normalizeText reads only the first MAX_TEXT_LENGTH code units', () => {
    const long = `${'a'.repeat(MAX_TEXT_LENGTH)}帳戶`;
    expect(normalizeText(long)).toBe('a'.repeat(MAX_TEXT_LENGTH));
    expect(headOf('abc', 2)).toBe('ab');
    expect(headOf('abc', 5)).toBe('abc');
  });
});

describe('language and prepared text', () => {
  it('detects Chinese by its Han characters', () => {
    expect(detectLanguage('app闪退')).toBe('zh');
    expect(detectLanguage('zhifu shibai')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('prepareText reads a text once into the text, its normalised form and its language', () => {
    expect(prepareText('我的帳戶')).toEqual({ text: '我的帳戶', normalized: '我的账户', language: 'zh' });
    const pasted = `${'x'.repeat(MAX_TEXT_LENGTH)}帳戶`;
    const prepared = prepareText(pasted);
    expect(prepared.text).toBe(pasted);
    expect(prepared.normalized).toHaveLength(MAX_TEXT_LENGTH);
    expect(prepared.language).toBe('en'); // the Han characters are past the classified head
    expect(foldedText(prepared)).toBe(foldText(pasted));
  });

  it('knows only the prepared texts it made', () => {
    const prepared = prepareText('hi');
    expect(isPreparedText(prepared)).toBe(true);
    expect(isPreparedText({ ...prepared })).toBe(false);
    expect(isPreparedText('hi')).toBe(false);
    expect(Object.isFrozen(prepared)).toBe(true);
  });
});

/**
 * Folds Chinese spelling variants onto one form before features are taken, so a model that
 * learned `充值` also recognises `儲值`, `冲值` and Cantonese `入錢`: Hong Kong Cantonese words
 * and particles (嘅 咗 唔 係 冇 喺 …) to their Mandarin equivalents, Taiwanese wallet vocabulary
 * (儲值, 提領, 登入, 簡訊) to the mainland words, common typos and homophones of the domain
 * (登陆, 冲值, 题现, 注消), and a few wallet synonyms (取现/提款 → 提现, 零钱 → 余额).
 *
 * Written from the domain (how people in mainland China, Taiwan and Hong Kong write to wallet
 * support), not from any evaluation set. Runs on text that {@link normalizeText} has already
 * lower-cased and mapped to simplified characters, so only simplified forms are listed. It is
 * used for features only: urgency signals and locale detection read the text as written.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';

// Longer phrases are tried before shorter ones at the same position (the alternation below is
// sorted by length), so `零钱通` (a fund) is kept while `零钱` (the balance) is folded, and
// `关係` becomes `关系` before the Cantonese `係` becomes `是`.
const VARIANTS: Readonly<Record<string, string>> = {
  // Hong Kong Cantonese → Mandarin.
  嘅: '的',
  咗: '了',
  唔: '不',
  係: '是',
  关係: '关系',
  冇: '没',
  没有: '没',
  喺: '在',
  佢: '他',
  佢哋: '他们',
  哋: '们',
  啲: '些',
  嚟: '来',
  睇: '看',
  畀: '给',
  俾: '给',
  攞: '拿',
  揾: '找', // 搵 arrives as 揾: the character table runs first
  揿: '按', // 撳, likewise
  嗰: '那',
  咩: '什么',
  乜: '什么',
  乜嘢: '什么',
  嘢: '东西',
  啱: '对',
  咁: '这么',
  噉: '这样',
  点解: '为什么',
  做乜: '为什么',
  点样: '怎么',
  点算: '怎么办',
  而家: '现在',
  边度: '哪里',
  边个: '谁',
  几时: '什么时候',
  几多: '多少',
  成日: '总是',
  过数: '转账',
  入钱: '充值',
  攞钱: '取钱',
  碌卡: '刷卡',
  // Taiwanese usage → mainland usage.
  储值: '充值',
  加值: '充值',
  提领: '提现',
  登入: '登录',
  简讯: '短信',
  软体: '软件',
  网路: '网络',
  帐号: '账号',
  // Common typos and homophones of the domain.
  登陆: '登录',
  冲值: '充值',
  冲钱: '充值',
  充钱: '充值',
  题现: '提现',
  提线: '提现',
  注消: '注销',
  认正: '认证',
  验正: '验证',
  手续废: '手续费',
  绑顶: '绑定',
  退歀: '退款',
  歀: '款',
  欵: '款',
  被道刷: '被盗刷',
  // Wallet synonyms.
  取现: '提现',
  提款: '提现',
  零钱: '余额',
  零钱通: '零钱通',
  块钱: '元',
  块: '元',
};

const PATTERN = new RegExp(
  Object.keys(VARIANTS)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .join('|'),
  'g',
);

const replace = (match: string): string => VARIANTS[match] ?? match;

/**
 * Folds the Chinese variants of an already {@link normalizeText normalised} text.
 *
 * @example
 * ```ts
 * import { foldChineseVariants } from 'walletdesk/classifier';
 * foldChineseVariants('点解我储值咗冇到'); // => '为什么我充值了没到'
 * foldChineseVariants('零钱通收益'); // => '零钱通收益'
 * ```
 */
export function foldChineseVariants(normalized: string): string {
  // A wrong type is a ValidationError on `normalized`; the check costs nothing on the hot path.
  if (typeof normalized !== 'string') validate(z.string(), normalized, ['normalized']);
  return normalized.replace(PATTERN, replace);
}

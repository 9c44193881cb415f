// Pinyin forms of Chinese training lines (issue 17): users type toneless pinyin, with or without
// spaces and often mixed with hanzi (`zhifu shibai`, `shiming renzheng 怎么弄`). pinyin-pro is a
// dev dependency only: the shipped model learns from the transliterated lines, nothing
// transliterates at run time.
//
// Each Chinese line gives three forms, chosen by a seeded PRNG from a hash of the line, so the
// output is deterministic:
// - syllables grouped into word-like runs of 1–3 (`zhifu shibai le`), Latin words kept;
// - all syllables joined (`zhifushibaile`) or all separated (`zhi fu shi bai le`), alternately;
// - mixed: a run of the line kept in hanzi, the rest grouped pinyin (`shiming renzheng 怎么弄`).
import { pinyin } from 'pinyin-pro';
import { hashFeature } from '../src/classifier/features.js';
import type { LabelledText } from './classifier-data.js';
import { xorshift32 } from './seeded-random.js';

const HAN = /\p{Script=Han}/u;

interface Piece {
  readonly text: string;
  readonly han: boolean;
  readonly syllable: string;
}

function pieces(text: string): Piece[] {
  const chars = [...text];
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }) as string[];
  const out: Piece[] = [];
  let s = 0;
  for (const ch of chars) {
    if (HAN.test(ch)) out.push({ text: ch, han: true, syllable: (syllables[s++] ?? '').toLowerCase() });
    else out.push({ text: ch, han: false, syllable: ch });
  }
  return out;
}

/** Writes pieces: Han pieces whose `keep` is set stay hanzi; others become syllables grouped by `join`. */
function render(ps: readonly Piece[], keep: (i: number) => boolean, joinNext: (i: number) => boolean): string {
  let out = '';
  let previousPinyin = false;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (!p.han || keep(i)) {
      if (previousPinyin && /[\p{L}\p{N}]/u.test(p.text)) out += ' ';
      out += p.text;
      previousPinyin = false;
      continue;
    }
    if (previousPinyin && !joinNext(i - 1)) out += ' ';
    else if (!previousPinyin && out !== '' && !/\s$/.test(out)) out += ' ';
    out += p.syllable;
    previousPinyin = true;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The pinyin forms of a line with Han characters (none for a line without). */
export function pinyinForms(text: string): string[] {
  if (!HAN.test(text)) return [];
  const ps = pieces(text);
  const random = xorshift32(hashFeature(`pinyin:${text}`));
  // word-like groups: join a syllable to the next with probability 0.55 (runs of about 1–3)
  let run = 1;
  const joins = ps.map(() => {
    const join = run < 3 && random() < 0.55;
    run = join ? run + 1 : 1;
    return join;
  });
  const grouped = render(ps, () => false, (i) => joins[i]!);
  const uniform = random() < 0.5;
  const flat = render(ps, () => false, () => uniform);
  // mixed: keep one contiguous stretch of about a third of the line in hanzi
  const start = Math.floor(random() * ps.length);
  const length = Math.max(1, Math.round(ps.length / 3));
  const mixed = render(ps, (i) => i >= start && i < start + length, (i) => joins[i]!);
  return [...new Set([grouped, flat, mixed])].filter((form) => form !== text);
}

/** Pinyin forms of the Chinese training lines, each counted `weight` (see classifier-pinyin.ts). */
export function withPinyin<T extends LabelledText>(examples: readonly T[], weight = 0.5): LabelledText[] {
  const out: LabelledText[] = [...examples];
  for (const e of examples) {
    if (e.source !== 'zh-train' && e.source !== 'taxonomy') continue;
    for (const form of pinyinForms(e.text)) out.push({ ...e, text: form, weight: (e.weight ?? 1) * weight });
  }
  return out;
}

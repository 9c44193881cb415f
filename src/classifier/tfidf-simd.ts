/**
 * The WebAssembly SIMD path of the TF-IDF ensemble's scoring (./tfidf-ensemble.ts): the same
 * integer block sums as the plain JS loop, eight classes per step. The module (a few hundred bytes,
 * scripts/tfidf-score.wat compiled by scripts/tfidf-score-wasm.ts) is far below the 4 KB up to
 * which browsers compile WebAssembly synchronously on the main thread, so it is compiled where
 * the first classifier is created. Where WebAssembly or its SIMD is missing, or compiling is
 * refused (a Content-Security-Policy without `wasm-unsafe-eval`), scoring stays in JS.
 *
 * One instance per scratch, its memory laid out as the module's comment says: the member table,
 * the feature list, the word and character sums, then the bucket bytes, which the JS side reads
 * through views of the same memory (explanations, the plain path for texts the module cannot take).
 */
import { SCORE_WASM } from './tfidf-score-wasm.js';

/** A SIMD scorer with its memory: fill `list` and call `score`; the sums land in `wordSums` / `charSums`. */
export interface SimdScorer {
  /** The bucket bytes (weights and slots), in the instance's memory. */
  readonly bytes: Uint8Array;
  /** Address of `bytes[0]` in the instance's memory (a feature's bucket address is this plus its offset). */
  readonly bytesAddress: number;
  /** Per feature: its bucket's address, then its unit (an integer, |unit| ≤ {@link MAX_UNIT}). */
  readonly list: Int32Array;
  readonly wordSums: Int32Array;
  readonly charSums: Int32Array;
  /** Adds `count` listed features (the first `wordCount` of them into the word sums); the sums must be zero before. */
  score(count: number, wordCount: number): void;
}

/** The largest unit the module takes: 16 × the largest stored idf, so products and sums stay exact in i32. */
export const MAX_UNIT = 255;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly SIMD is unavailable (checked once). */
function scoreModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  try {
    if (typeof WebAssembly === 'object') {
      const bytes = Uint8Array.from(atob(SCORE_WASM), (c) => c.charCodeAt(0));
      if (WebAssembly.validate(bytes)) compiled = new WebAssembly.Module(bytes);
    }
  } catch {
    // compiling refused (a Content-Security-Policy): the JS path
  }
  return compiled;
}

const align16 = (n: number) => (n + 15) & -16;

/**
 * A SIMD scorer holding a copy of `bytes` (the ensemble's bucket layout), or undefined where the
 * module cannot run. `stride` and `padOffset` are the members' dense row lengths and first slots
 * (multiples of 8), `slots` the padded class count, `maxFeatures` the feature list's capacity.
 */
export function createSimdScorer(bytes: Uint8Array, stride: Int32Array, padOffset: Int32Array, slots: number, maxFeatures: number): SimdScorer | undefined {
  const module = scoreModule();
  if (module === null) return undefined;
  let instance: WebAssembly.Instance;
  try {
    instance = new WebAssembly.Instance(module, {});
  } catch {
    return undefined;
  }
  const memory = instance.exports.memory as WebAssembly.Memory;
  const score = instance.exports.score as (table: number, features: number, count: number, wordCount: number, wordSums: number, charSums: number) => void;
  const M = stride.length;
  const table = 0;
  const features = align16(4 + 8 * M);
  const wordSums = features + 8 * maxFeatures;
  const charSums = wordSums + align16(4 * slots);
  const bytesAddress = charSums + align16(4 * slots);
  const pages = Math.ceil((bytesAddress + bytes.length) / 65_536);
  const have = memory.buffer.byteLength / 65_536;
  if (pages > have) memory.grow(pages - have);
  const buffer = memory.buffer;
  const header = new Int32Array(buffer, table, 1 + 2 * M);
  header[0] = M;
  for (let m = 0; m < M; m++) {
    header[1 + 2 * m] = stride[m]!;
    header[2 + 2 * m] = 4 * padOffset[m]!;
  }
  const copy = new Uint8Array(buffer, bytesAddress, bytes.length);
  copy.set(bytes);
  return {
    bytes: copy,
    bytesAddress,
    list: new Int32Array(buffer, features, 2 * maxFeatures),
    wordSums: new Int32Array(buffer, wordSums, slots),
    charSums: new Int32Array(buffer, charSums, slots),
    score: (count, wordCount) => score(table, features, count, wordCount, wordSums, charSums),
  };
}

/**
 * The linear model and its compact serialised form. A model has output *classes*: a category
 * (`transfer`) or a finer intent inside one (`fees_limits:exchange_rate`). Training on intents
 * lets a linear model separate sub-problems that share a category (an exchange-rate question
 * and a card-fee question are both `fees_limits` but share few words); at prediction time the
 * probabilities of a category's classes are added up.
 *
 * Weights are int8 with one scale per class, stored sparsely (bucket → the classes it has a
 * weight for, sorted by class). Scoring adds small integers and scales once per class at the
 * end, which keeps classification fast and memory small. The serialised form is the same data
 * with delta-coded bucket indexes, in base64, which is how the shipped weights travel inside
 * both the ESM and the CJS build.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { ValidationError } from '../errors/index.js';
import { type CategoryId, isCategoryId } from '../taxonomy/index.js';

/**
 * A trained classifier model: a multinomial logistic regression over hashed features.
 * Create one with {@link train} or {@link deserializeModel}; treat it as immutable.
 */
export interface Model {
  /** Format tag, so a model saved by another version is recognised. */
  readonly format: 'walletdesk-linear/1';
  /** Output classes: a category id, or `category:intent` for a finer intent. */
  readonly classes: readonly string[];
  /** The category of each class, in the same order. */
  readonly categoryOfClass: readonly CategoryId[];
  /** Number of hash buckets (a power of two). */
  readonly buckets: number;
  /** One bias per class. */
  readonly bias: Float32Array;
  /** One quantisation scale per class: a weight is `entryWeight[e] * classScale[entryClass[e]]`. */
  readonly classScale: Float32Array;
  /** The weights of bucket `b` are entries `bucketStart[b]` to `bucketStart[b + 1] - 1`, sorted by class. */
  readonly bucketStart: Uint32Array;
  /** The class of each entry. */
  readonly entryClass: Uint16Array;
  /** The quantised weight of each entry (never 0). */
  readonly entryWeight: Int8Array;
}

/** Options for {@link serializeModel}. */
export interface SerializeOptions {
  /**
   * Weights smaller than this many int8 quantisation steps (of their class's scale) are dropped.
   * Default 1 (keep every weight). Larger values make smaller files and faster models.
   */
  minStep?: number;
  /**
   * Keep at most this many weights per bucket (the largest in quantisation steps). Default: no
   * cap. Capping makes the model smaller and faster but, measured on the shipped model, costs a
   * lot of accuracy: frequent features carry many small weights that matter.
   */
  maxPerBucket?: number;
}

const MAGIC = [0x57, 0x44, 0x43, 0x01]; // "WDC" + format version 1

/** The category of a class name (`fees_limits:exchange_rate` → `fees_limits`). */
export function categoryOfClassName(name: string): CategoryId | undefined {
  const id = name.split(':', 1)[0];
  return isCategoryId(id) ? id : undefined;
}

/**
 * Builds a {@link Model} from per-bucket float weight rows: `rowOfBucket[b]` is the row of bucket
 * `b` in `rows` (k weights per row) or -1. Weights are quantised to int8 with one scale per class
 * (the largest magnitude maps to 127); weights that round to 0 are not stored.
 */
export function modelFromRows(classes: readonly string[], buckets: number, bias: ArrayLike<number>, rowOfBucket: Int32Array, rows: ArrayLike<number>): Model {
  const k = classes.length;
  const classScale = new Float32Array(k);
  for (let i = 0; i < rows.length; i++) {
    const j = i % k;
    classScale[j] = Math.max(classScale[j]!, Math.abs(rows[i]!));
  }
  for (let j = 0; j < k; j++) classScale[j] = classScale[j]! > 0 ? Math.fround(classScale[j]! / 127) : 1;
  const quantise = (w: number, j: number) => Math.max(-127, Math.min(127, Math.round(w / classScale[j]!)));
  const bucketStart = new Uint32Array(buckets + 1);
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    bucketStart[b] = count;
    const row = rowOfBucket[b] ?? -1;
    if (row < 0) continue;
    for (let j = 0; j < k; j++) if (quantise(rows[row * k + j]!, j) !== 0) count++;
  }
  bucketStart[buckets] = count;
  const entryClass = new Uint16Array(count);
  const entryWeight = new Int8Array(count);
  let at = 0;
  for (let b = 0; b < buckets; b++) {
    const row = rowOfBucket[b] ?? -1;
    if (row < 0) continue;
    for (let j = 0; j < k; j++) {
      const q = quantise(rows[row * k + j]!, j);
      if (q === 0) continue;
      entryClass[at] = j;
      entryWeight[at] = q;
      at++;
    }
  }
  return {
    format: 'walletdesk-linear/1',
    classes: [...classes],
    categoryOfClass: classes.map((c) => categoryOfClassName(c) ?? 'other'),
    buckets,
    bias: Float32Array.from(bias),
    classScale,
    bucketStart,
    entryClass,
    entryWeight,
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;
  private ensure(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
  byte(b: number): void {
    this.ensure(1);
    this.bytes[this.length++] = b & 0xff;
  }
  uint32(n: number): void {
    for (let i = 0; i < 4; i++) this.byte((n >>> (8 * i)) & 0xff);
  }
  varint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }
  raw(data: Uint8Array): void {
    this.ensure(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const serializeOptionsSchema = z.strictObject({ minStep: z.number().min(0).optional(), maxPerBucket: z.number().int().min(1).optional() }).default({});

/**
 * Serialises a model to a base64 string (int8 weights, one scale per class, delta-coded
 * buckets). Deterministic, and exact: deserialising gives back the same model (unless
 * `minStep` or `maxPerBucket` prune it). Throws a `ValidationError` (field `model` or
 * `options.…`) when given something else.
 *
 * @example
 * ```ts
 * import { deserializeModel, serializeModel, train } from 'walletdesk/classifier';
 * const model = train([{ text: 'refund please', label: 'refund_dispute' }, { text: 'tell me a joke', label: 'other' }], { epochs: 3 });
 * const copy = deserializeModel(serializeModel(model));
 * copy.classes; // => ['refund_dispute', 'other']
 * serializeModel(copy) === serializeModel(model); // => true
 * ```
 */
export function serializeModel(model: Model, options: SerializeOptions = {}): string {
  if (!isModel(model)) throw new ValidationError([{ path: ['model'], message: 'Expected a model from train() or deserializeModel()', code: 'invalid_model' }]);
  const opts = validate(serializeOptionsSchema, options, ['options']);
  const minStep = Math.max(1, opts.minStep ?? 1);
  const maxPerBucket = opts.maxPerBucket ?? Number.POSITIVE_INFINITY;
  const scales = model.classScale;
  const perClass: Array<{ buckets: number[]; values: number[] }> = model.classes.map(() => ({ buckets: [], values: [] }));
  for (let b = 0; b < model.buckets; b++) {
    const candidates: Array<{ j: number; q: number }> = [];
    for (let e = model.bucketStart[b]!; e < model.bucketStart[b + 1]!; e++) {
      const q = model.entryWeight[e]!;
      if (Math.abs(q) >= minStep) candidates.push({ j: model.entryClass[e]!, q });
    }
    if (candidates.length > maxPerBucket) {
      // Largest magnitude first; ties by class index, so the choice is deterministic.
      candidates.sort((x, y) => Math.abs(y.q) - Math.abs(x.q) || x.j - y.j);
      candidates.length = maxPerBucket;
      candidates.sort((x, y) => x.j - y.j);
    }
    for (const { j, q } of candidates) {
      perClass[j]?.buckets.push(b);
      perClass[j]?.values.push(q);
    }
  }
  const out = new ByteWriter();
  for (const b of MAGIC) out.byte(b);
  const header = new TextEncoder().encode(JSON.stringify({ buckets: model.buckets, classes: model.classes }));
  out.uint32(header.length);
  out.raw(header);
  out.raw(new Uint8Array(new Float32Array([...model.bias, ...scales]).buffer));
  for (const { buckets } of perClass) {
    out.uint32(buckets.length);
    let previous = 0;
    for (const b of buckets) {
      out.varint(b - previous);
      previous = b;
    }
  }
  // Values after all indexes: small integers cluster together and compress better.
  for (const { values } of perClass) for (const v of values) out.byte(v);
  return toBase64(out.result());
}

function invalidModel(message: string): ValidationError {
  return new ValidationError([{ path: ['model'], message, code: 'invalid_model' }]);
}

/**
 * Reads a model written by {@link serializeModel}. Throws a `ValidationError` (field `model`)
 * when the string is not a serialised walletdesk model.
 *
 * @example
 * ```ts
 * import { deserializeModel } from 'walletdesk/classifier';
 * let name = '';
 * try { deserializeModel('bm90IGEgbW9kZWw='); } catch (e) { name = e.name; }
 * name; // => 'ValidationError'
 * ```
 */
export function deserializeModel(serialized: string): Model {
  if (typeof serialized !== 'string') throw invalidModel('Expected a base64 string');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(serialized);
  } catch {
    throw invalidModel('Not valid base64');
  }
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw invalidModel('Not a walletdesk model (bad header)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 4;
  const need = (n: number) => {
    if (offset + n > bytes.length) throw invalidModel('Truncated model');
  };
  need(4);
  const headerLength = view.getUint32(offset, true);
  offset += 4;
  need(headerLength);
  let header: { buckets?: unknown; classes?: unknown };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(offset, offset + headerLength)));
  } catch {
    throw invalidModel('Corrupt model header');
  }
  offset += headerLength;
  const buckets = header.buckets;
  const classes = header.classes;
  if (typeof buckets !== 'number' || !Number.isInteger(Math.log2(buckets)) || buckets < 16 || buckets > 2 ** 24) throw invalidModel('Corrupt model header (buckets)');
  if (!Array.isArray(classes) || classes.length === 0 || classes.length > 65535 || !classes.every((c) => typeof c === 'string' && categoryOfClassName(c) !== undefined)) {
    throw invalidModel('Corrupt model header (classes)');
  }
  const k = classes.length;
  need(8 * k);
  const bias = new Float32Array(k);
  const scales = new Float32Array(k);
  for (let j = 0; j < k; j++) bias[j] = view.getFloat32(offset + 4 * j, true);
  offset += 4 * k;
  for (let j = 0; j < k; j++) scales[j] = view.getFloat32(offset + 4 * j, true);
  offset += 4 * k;
  const indexOf: Int32Array[] = [];
  for (let j = 0; j < k; j++) {
    need(4);
    const count = view.getUint32(offset, true);
    offset += 4;
    if (count > buckets) throw invalidModel('Corrupt model (count)');
    const list = new Int32Array(count);
    let bucket = 0;
    for (let i = 0; i < count; i++) {
      let delta = 0;
      let factor = 1;
      for (;;) {
        need(1);
        const byte = bytes[offset++] ?? 0;
        delta += (byte & 0x7f) * factor;
        factor *= 128;
        if (byte < 0x80) break;
      }
      bucket += delta;
      if (bucket >= buckets) throw invalidModel('Corrupt model (bucket out of range)');
      list[i] = bucket;
    }
    indexOf.push(list);
  }
  const perBucket = new Uint32Array(buckets + 1);
  for (const list of indexOf) for (const b of list) perBucket[b + 1] = (perBucket[b + 1] ?? 0) + 1;
  for (let b = 0; b < buckets; b++) perBucket[b + 1] = (perBucket[b + 1] ?? 0) + (perBucket[b] ?? 0);
  const total = perBucket[buckets] ?? 0;
  need(total);
  const bucketStart = perBucket.slice();
  const cursor = perBucket.slice(0, buckets);
  const entryClass = new Uint16Array(total);
  const entryWeight = new Int8Array(total);
  for (let j = 0; j < k; j++) {
    for (const b of indexOf[j] ?? []) {
      const byte = bytes[offset++] ?? 0;
      if (byte === 0) throw invalidModel('Corrupt model (zero weight)');
      const at = cursor[b] ?? 0;
      cursor[b] = at + 1;
      entryClass[at] = j;
      entryWeight[at] = byte > 127 ? byte - 256 : byte;
    }
  }
  return {
    format: 'walletdesk-linear/1',
    classes: classes as string[],
    categoryOfClass: (classes as string[]).map((c) => categoryOfClassName(c) ?? 'other'),
    buckets,
    bias,
    classScale: scales,
    bucketStart,
    entryClass,
    entryWeight,
  };
}

/** Whether `value` looks like a {@link Model} (used to validate options). */
export function isModel(value: unknown): value is Model {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<Model>;
  return (
    m.format === 'walletdesk-linear/1' &&
    Array.isArray(m.classes) &&
    Array.isArray(m.categoryOfClass) &&
    typeof m.buckets === 'number' &&
    m.bias instanceof Float32Array &&
    m.bucketStart instanceof Uint32Array &&
    m.entryClass instanceof Uint16Array &&
    m.entryWeight instanceof Int8Array &&
    m.classScale instanceof Float32Array &&
    m.bias.length === m.classes.length &&
    m.classScale.length === m.classes.length &&
    m.bucketStart.length === m.buckets + 1
  );
}

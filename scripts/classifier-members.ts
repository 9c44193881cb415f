// The ensemble's members as the tuning scripts train them (scripts/classifier-ensemble.ts,
// scripts/classifier-combination.ts): named SVM options, the training weights a sweep may change,
// and a cache in /tmp/walletdesk-ensemble keyed by options, weights and split, since a member
// takes one to three minutes on the shared machine.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { LabelledText } from './classifier-data.js';
import { SOURCE_WEIGHT, weighBySource } from './classifier-options.js';
import { withPinyin } from './classifier-pinyin.js';
import { classOf, SVM_OPTIONS, type SvmOptions, trainTfidfModel } from './classifier-svm.js';
import { deserializeMember, serializeMember } from './classifier-tfidf-ensemble.js';
import type { TfidfModel } from './tfidf-model.js';

/** The members by name: the SVM options each changes. */
export const MEMBERS: Record<string, Partial<SvmOptions>> = {
  intent: { classes: 'intent' },
  category: { classes: 'category' },
  lr: { classes: 'intent', loss: 'log', C: 50, epochs: 10, learningRate: 1, temperature: 1 },
  // logistic regression solved by dual coordinate descent (liblinear -s 7), the C = 50
  lrdual: { classes: 'intent', loss: 'log-dual', C: 50, temperature: 1 },
  lrdualcat: { classes: 'category', loss: 'log-dual', C: 50, temperature: 1 },
};

/**
 * Training weights beyond the shipped ones (all optional; absent = shipped):
 * - `source`: per-source weights over {@link SOURCE_WEIGHT} (`{"banking77":1.5}`);
 * - `otherClinc`: factor on CLINC150 rows of the `other` class (its 130 non-wallet intents and `oos`);
 * - `balance`: class weights by the member's own classes, `sqrt` (√(mean count / count)) or
 *   `full` (mean count / count), so a class's rows weigh less the more of them there are.
 */
export interface TrainingWeights {
  source?: Record<string, number>;
  otherClinc?: number;
  balance?: 'sqrt' | 'full';
}

/** The weighted training rows (with pinyin forms) a member of `classes` trains on. */
export function weighTraining(rows: readonly LabelledText[], weights: TrainingWeights, classes: SvmOptions['classes']): LabelledText[] {
  const weighted = weighBySource(rows, { ...SOURCE_WEIGHT, ...weights.source }).map((e) =>
    weights.otherClinc !== undefined && e.source === 'clinc150' && e.label === 'other' ? { ...e, weight: (e.weight ?? 1) * weights.otherClinc } : e,
  );
  const examples = withPinyin(weighted);
  if (!weights.balance) return examples;
  const mass = new Map<string, number>();
  for (const e of examples) mass.set(classOf(e, classes), (mass.get(classOf(e, classes)) ?? 0) + (e.weight ?? 1));
  const mean = [...mass.values()].reduce((a, b) => a + b, 0) / mass.size;
  return examples.map((e) => {
    const r = mean / mass.get(classOf(e, classes))!;
    return { ...e, weight: (e.weight ?? 1) * (weights.balance === 'sqrt' ? Math.sqrt(r) : r) };
  });
}

/** What picks a member: its options (over SVM_OPTIONS), its training weights, the rows it trains on. */
export interface MemberSpec {
  options: Partial<SvmOptions>;
  weights?: TrainingWeights;
  /** `fit` of the validation split with this salt, or `all` of the training data (the hold-out run). */
  split: 'all' | { salt: string };
}

const cacheDir = '/tmp/walletdesk-ensemble';

const sortedKeys = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))) as T;

/**
 * The cache file of a member: its options and its effective training weights (SOURCE_WEIGHT
 * included, so a change to the shipped weights never reads a member trained under the old ones).
 */
export function memberCacheFile(spec: MemberSpec): string {
  const weights = { ...spec.weights, source: sortedKeys({ ...SOURCE_WEIGHT, ...spec.weights?.source }) };
  const key = Buffer.from(JSON.stringify({ ...sortedKeys(spec.options), weights: sortedKeys(weights) })).toString('base64url');
  const prefix = spec.split === 'all' ? 'all' : spec.split.salt === 'val' ? 'fit' : `fit_${spec.split.salt}`;
  const name = Object.entries(MEMBERS).find(([, o]) => o.classes === spec.options.classes && (o.loss ?? 'hinge') === (spec.options.loss ?? 'hinge'))?.[0] ?? 'member';
  return `${cacheDir}/${prefix}-${name}-${key}.txt`;
}

/** A trained member from the cache, or trained on `rows` now (and cached). */
export function cachedMember(spec: MemberSpec, rows: () => readonly LabelledText[], log: (line: string) => void = console.log): TfidfModel {
  const file = memberCacheFile(spec);
  if (existsSync(file)) {
    try {
      return deserializeMember(readFileSync(file, 'utf8'));
    } catch {
      // written in the earlier base64 format: train again
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  const options = { ...SVM_OPTIONS, ...spec.options };
  const started = performance.now();
  const model = trainTfidfModel(weighTraining(rows(), spec.weights ?? {}, options.classes), options);
  const serialized = serializeMember(model);
  writeFileSync(file, serialized);
  log(`trained ${file.slice(cacheDir.length + 1, 60)}…: ${model.classes.length} classes in ${((performance.now() - started) / 1000).toFixed(0)} s, ${(gzipSync(serialized, { level: 9 }).length / 1024).toFixed(0)} KB gz`);
  return deserializeMember(serialized);
}

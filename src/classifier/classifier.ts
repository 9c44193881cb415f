/**
 * The built-in classifier (`createClassifier`, `classify`) and the adapter for classifiers that
 * answer asynchronously (`defineAsyncClassifier`), e.g. an LLM or a remote service. Both return
 * the same {@link Classification}, so the rest of walletdesk does not care which one is used.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { probe } from '../_internal/probe.js';
import { defaultModel } from './model/default-model.js';
import { isModel, type Model } from './model.js';
import { detectLanguage, isPreparedText, normalizeText, type PreparedText } from '../_internal/text/index.js';
import { type HashedFeatures, hashNormalizedFeatures } from './features.js';
import { createScratch, explain, type Scratch, scoreFeatures, topCategories } from './score.js';
import { createTfidfScratch, explainTfidf, scoreTfidf, type TfidfEnsemble, topTfidfCategories } from './tfidf-ensemble.js';
import { CATEGORY_IDS, type CategoryId, getCategory } from '../taxonomy/index.js';
import type { AsyncClassifier, Classification, Classifier, ClassifyOptions, Locale } from './types.js';
import { assessUrgency, urgencyOfNormalized } from './urgency.js';

/**
 * The default confidence below which the built-in classifier abstains. Chosen on held-out data
 * (see the guide): it turns most low-confidence mistakes into an honest "not sure" while keeping
 * almost every correct answer.
 */
export const DEFAULT_ABSTAIN_BELOW = 0.3;

/** Options for {@link createClassifier}. */
export interface ClassifierOptions {
  /** The model to use (default: the model shipped with walletdesk). */
  model?: Model;
  /** Abstain (answer `other` with `abstained: true`) below this confidence (default {@link DEFAULT_ABSTAIN_BELOW}). */
  abstainBelow?: number;
  /** A name for logs (default `'walletdesk-linear'`). */
  name?: string;
}

const classifyOptionsSchema = z.object({ locale: z.enum(['zh', 'en']).optional() }).strict();
const classifierOptionsSchema = z
  .object({
    model: z.custom<Model>(isModel, 'Expected a model from train() or deserializeModel()').optional(),
    abstainBelow: z.number().min(0).max(1).optional(),
    name: z.string().min(1).max(100).optional(),
  })
  .strict();

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function detectLocale(text: string): Locale {
  return detectLanguage(normalizeText(text));
}

function checkText(text: unknown): string {
  return validate(z.string({ error: 'Expected the help request as a string' }), text, ['text']);
}

function readText(text: unknown): string {
  probe('validate-text');
  return typeof text === 'string' ? text : checkText(text);
}

/** The built-in classifier, which also reads a text walletdesk has already prepared. */
interface BuiltinClassifier extends Classifier {
  classify(text: string | PreparedText, options?: ClassifyOptions): Classification;
}

/**
 * The `locale` of classify options. The common shapes (`{}`, `{ locale: 'zh' }`) are checked by
 * hand, since zod costs more than the rest of a classification; anything else goes to zod, which
 * accepts or rejects it with the same `ValidationError` as before.
 */
function localeOption(options: unknown): Locale | undefined {
  if (typeof options === 'object' && options !== null && Object.getPrototypeOf(options) === Object.prototype) {
    const keys = Object.keys(options);
    if (keys.length === 0) return undefined;
    const locale = (options as { locale?: unknown }).locale;
    if (keys.length === 1 && keys[0] === 'locale' && (locale === 'zh' || locale === 'en' || locale === undefined)) return locale;
  }
  return validate(classifyOptionsSchema, options, ['options']).locale;
}

function build(text: string, locale: Locale, category: CategoryId, rest: Pick<Classification, 'confidence' | 'abstained' | 'alternatives' | 'explanation'>, normalized?: string): Classification {
  const urgency = normalized === undefined ? assessUrgency(text, category) : urgencyOfNormalized(normalized, category);
  return {
    category,
    kind: getCategory(category)?.kind ?? 'other',
    ...rest,
    urgency: urgency.level,
    urgencySignals: urgency.signals,
    locale,
  };
}

/**
 * Creates a classifier over a model (by default the one shipped with walletdesk). Classifying
 * is synchronous, deterministic and never throws for a string; a non-string text throws a
 * `ValidationError` naming `text`.
 *
 * @example
 * ```ts
 * import { createClassifier } from 'walletdesk/classifier';
 * const classifier = createClassifier({ abstainBelow: 0.5 });
 * const result = classifier.classify('提现三天了还没到账');
 * result.category; // => 'withdrawal'
 * result.kind; // => 'account'
 * classifier.classify('   ').abstained; // => true
 * ```
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  return createBuiltin(options);
}

function createBuiltin(options: ClassifierOptions): BuiltinClassifier {
  const opts = validate(classifierOptionsSchema, options, ['options']);
  const abstainBelow = opts.abstainBelow ?? DEFAULT_ABSTAIN_BELOW;
  let engine: Engine | undefined;
  return {
    name: opts.name ?? 'walletdesk-linear',
    classify(text: string | PreparedText, classifyOptions: ClassifyOptions = {}): Classification {
      // A prepared text (from triage) was validated and normalised once already.
      const prepared = isPreparedText(text) ? text : undefined;
      const input = prepared ? prepared.text : readText(text);
      const given = localeOption(classifyOptions);
      // Normalise once: locale detection, features and urgency all read the same normalised text.
      const normalized = prepared ? prepared.normalized : (probe('fold-text'), normalizeText(input));
      const locale = given ?? prepared?.language ?? (probe('detect-language'), detectLanguage(normalized));
      engine ??= opts.model === undefined ? tfidfEngine(defaultModel()) : linearEngine(opts.model);
      if (!engine.score(normalized)) {
        return build(input, locale, 'other', { confidence: 0, abstained: true, alternatives: [], explanation: [] }, normalized);
      }
      // The best category and up to three others: four are enough even when the answer is
      // `other` by abstention and `other` is not among them.
      const { top, bestClass } = engine.top(4);
      const best = top[0] ?? { category: 'other' as const, score: 0 };
      const abstained = best.score < abstainBelow;
      const category = abstained ? 'other' : best.category;
      const alternatives: Array<{ category: CategoryId; score: number }> = [];
      for (const c of top) if (c.category !== category && alternatives.length < 3) alternatives.push({ category: c.category, score: round(c.score) });
      return build(
        input,
        locale,
        category,
        { confidence: round(best.score), abstained, alternatives, explanation: engine.explain(bestClass) },
        normalized,
      );
    },
  };
}

/** A model with its scratch: scores a normalised text, then ranks and explains the last one scored. */
interface Engine {
  /** False when the text has nothing to read. */
  score(normalized: string): boolean;
  top(limit: number): { top: Array<{ category: CategoryId; score: number }>; bestClass: number };
  explain(bestClass: number): Array<{ feature: string; weight: number }>;
}

/** The shipped TF-IDF ensemble. */
function tfidfEngine(model: TfidfEnsemble): Engine {
  const scratch = createTfidfScratch(model);
  return {
    score: (normalized) => scoreTfidf(model, normalized, scratch) > 0,
    top: (limit) => topTfidfCategories(scratch, limit),
    explain: (bestClass) => explainTfidf(model, scratch, bestClass, 5),
  };
}

/** A logistic regression from {@link train} or {@link deserializeModel}. */
function linearEngine(model: Model): Engine {
  const scratch: Scratch = createScratch(model);
  let features: HashedFeatures | undefined;
  return {
    score(normalized) {
      features = hashNormalizedFeatures(normalized, model.buckets);
      if (features.count === 0) return false;
      scoreFeatures(model, features, scratch);
      return true;
    },
    top: (limit) => topCategories(scratch, limit),
    explain: (bestClass) => (features === undefined ? [] : explain(model, features, bestClass, 5, scratch)),
  };
}

let shared: BuiltinClassifier | undefined;

/**
 * Classifies a help request with the shipped model and default options: the category, its kind,
 * the confidence, alternatives, the features behind the answer, and urgency. `text` is a string,
 * or a {@link PreparedText} that `walletdesk/triage` made (then it is not validated or normalised again).
 *
 * @example
 * ```ts
 * import { classify } from 'walletdesk/classifier';
 * const result = classify('Someone hacked my account and changed my password');
 * result.category; // => 'account_compromise'
 * result.urgency; // => 'critical'
 * classify('我的帳戶被盜了').category; // => 'account_compromise'
 * classify('what is the weather tomorrow').category; // => 'other'
 * classify('').abstained; // => true
 * ```
 */
export function classify(text: string | PreparedText, options: ClassifyOptions = {}): Classification {
  shared ??= createBuiltin({});
  return shared.classify(text, options);
}

/** What a custom classifier function returns: at least a category and a confidence. */
export interface CustomClassification {
  /** A taxonomy id. */
  category: CategoryId;
  /** In [0, 1]. */
  confidence: number;
  /** Other candidates, best first (optional). */
  alternatives?: Array<{ category: CategoryId; score: number }>;
  /** Reasons, if the classifier has any (optional). */
  explanation?: Array<{ feature: string; weight: number }>;
}

/** The definition of an asynchronous classifier, for {@link defineAsyncClassifier}. */
export interface AsyncClassifierDefinition {
  /** A short name for logs. */
  name: string;
  /** Your classification: call an LLM, a service, anything. */
  classify(text: string, options: { locale: Locale }): Promise<CustomClassification> | CustomClassification;
  /** Abstain below this confidence (default 0: trust the classifier). */
  abstainBelow?: number;
}

const customResultSchema = z.object({
  category: z.enum(CATEGORY_IDS),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(z.object({ category: z.enum(CATEGORY_IDS), score: z.number().min(0).max(1) })).optional(),
  explanation: z.array(z.object({ feature: z.string(), weight: z.number() })).optional(),
});

/**
 * Wraps your own classification function (an LLM prompt, a remote service) as an
 * {@link AsyncClassifier}: it validates the text and what your function returns (a
 * `ValidationError` naming `result.category` etc. when it is malformed), applies abstention, and
 * fills in kind, urgency and locale the same way the built-in classifier does.
 *
 * @example
 * ```ts
 * import { defineAsyncClassifier } from 'walletdesk/classifier';
 * const llm = defineAsyncClassifier({
 *   name: 'my-llm',
 *   async classify(text) {
 *     return { category: text.includes('refund') ? 'refund_dispute' : 'other', confidence: 0.9 };
 *   },
 * });
 * const result = await llm.classify('where is my refund');
 * result.category; // => 'refund_dispute'
 * result.kind; // => 'account'
 * result.urgency; // => 'normal'
 * ```
 */
export function defineAsyncClassifier(definition: AsyncClassifierDefinition): AsyncClassifier {
  const def = validate(
    z.object({ name: z.string().min(1), classify: z.custom<AsyncClassifierDefinition['classify']>((f) => typeof f === 'function', 'Expected a function'), abstainBelow: z.number().min(0).max(1).optional() }),
    definition,
    ['definition'],
  );
  const abstainBelow = def.abstainBelow ?? 0;
  return {
    name: def.name,
    async classify(text: string, classifyOptions: ClassifyOptions = {}): Promise<Classification> {
      const input = checkText(text);
      const { locale: given } = validate(classifyOptionsSchema, classifyOptions, ['options']);
      const locale = given ?? detectLocale(input);
      const raw = validate(customResultSchema, await def.classify(input, { locale }), ['result']);
      const abstained = raw.confidence < abstainBelow;
      const category = abstained ? 'other' : raw.category;
      const alternatives = [...(abstained && raw.category !== 'other' ? [{ category: raw.category, score: raw.confidence }] : []), ...(raw.alternatives ?? [])]
        .filter((c) => c.category !== category)
        .slice(0, 3);
      return build(input, locale, category, { confidence: raw.confidence, abstained, alternatives, explanation: raw.explanation ?? [] });
    },
  };
}

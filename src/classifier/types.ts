/**
 * The shapes every classifier shares: the built-in linear model and any classifier a user
 * plugs in (an LLM, a remote service) produce the same {@link Classification}.
 */
import type { CategoryId, CategoryKind, Urgency } from '../taxonomy/index.js';

export type { Urgency } from '../taxonomy/index.js';

/** The languages help content is written in. */
export type Locale = 'zh' | 'en';

/** Options for one classification. */
export interface ClassifyOptions {
  /**
   * The language of the request, when the caller knows it. It does not change the category
   * (the model reads both languages); it sets {@link Classification.locale}, which picks the
   * language of help content. Default: `zh` when the text contains Chinese characters, else `en`.
   */
  locale?: Locale;
}

/** What a classifier says about one help request. */
export interface Classification {
  /** The category, or `'other'` when the request is not a wallet request or the classifier abstained. */
  readonly category: CategoryId;
  /** The category's kind (`technical`, `account`, `policy`, `other`). */
  readonly kind: CategoryKind;
  /** Probability of the best category, in [0, 1] (also when it was not taken, see `abstained`). */
  readonly confidence: number;
  /**
   * True when the best category's confidence was below the classifier's `abstainBelow`, or the
   * text had nothing to classify. The category is then `'other'` and the best guesses are in
   * `alternatives`.
   */
  readonly abstained: boolean;
  /** The next most likely categories (never `category` itself), best first, at most three. */
  readonly alternatives: ReadonlyArray<{ readonly category: CategoryId; readonly score: number }>;
  /** The features that pushed hardest towards the best category, strongest first (may be empty). */
  readonly explanation: ReadonlyArray<{ readonly feature: string; readonly weight: number }>;
  /** How urgent the request is: the category's urgency, raised by signals in the text. */
  readonly urgency: Urgency;
  /** The urgency signals found in the text (e.g. `'stolen'`, `'scam'`), empty when none. */
  readonly urgencySignals: readonly string[];
  /** The language to answer in (given, or detected from the text). */
  readonly locale: Locale;
}

/**
 * A synchronous classifier, such as the built-in one from `createClassifier`. Implement this
 * interface to plug in your own local model.
 */
export interface Classifier {
  /** A short name for logs (`'walletdesk-linear'`, `'my-llm'`). */
  readonly name: string;
  /** Classifies one help request. Never throws for a string input. */
  classify(text: string, options?: ClassifyOptions): Classification;
}

/**
 * A classifier that answers asynchronously: an LLM, a remote service. Build one with
 * `defineAsyncClassifier`, which validates what your function returns and fills in the rest.
 */
export interface AsyncClassifier {
  /** A short name for logs. */
  readonly name: string;
  /** Classifies one help request. */
  classify(text: string, options?: ClassifyOptions): Promise<Classification>;
}

/** Either kind of classifier; `await classifier.classify(text)` works for both. */
export type AnyClassifier = Classifier | AsyncClassifier;

/**
 * Routes a wallet help request (Chinese or English) to one of 16 problem categories or `other`,
 * with the self-help steps to try first, what to prepare before contacting support, and urgency.
 *
 * The built-in classifier is a pair of linear SVMs over hashed TF-IDF features (one on source
 * intents, one on the categories), trained at build time and shipped as int8 weights: no
 * dependencies, no network, deterministic. You can train a logistic regression on your own data
 * with {@link train}, or replace it by any {@link Classifier} /
 * {@link AsyncClassifier} (an LLM, a remote service) that returns the same
 * {@link Classification}.
 *
 * ```ts
 * import { classify, helpFor } from 'walletdesk/classifier';
 * const result = classify('转账转错人了怎么办');
 * const help = helpFor(result.category, { locale: result.locale, urgency: result.urgency });
 * ```
 *
 * @module
 */
export {
  type AsyncClassifierDefinition,
  type ClassifierOptions,
  type CustomClassification,
  classify,
  createClassifier,
  DEFAULT_ABSTAIN_BELOW,
  defineAsyncClassifier,
} from './classifier.js';
export { extractFeatures, type Feature, featureNames } from './features.js';
export { type EscalationTeam, type Help, type HelpOptions, helpFor } from './help/help-for.js';
export { deserializeModel, type Model, type SerializeOptions, serializeModel } from './model.js';
export { MAX_TEXT_LENGTH, normalizeText, type PreparedText } from '../_internal/text/index.js';
export { foldChineseVariants } from './zh-variants.js';
export { CATEGORY_IDS, type Category, type CategoryId, type CategoryKind, getCategory, isCategoryId, type Taxonomy, taxonomy } from '../taxonomy/index.js';
export { type TrainingExample, type TrainOptions, train } from './train.js';
export type { AnyClassifier, AsyncClassifier, Classification, Classifier, ClassifyOptions, Locale, Urgency } from './types.js';
export { CATEGORY_KINDS, CATEGORY_URGENCY, URGENCY_LEVELS } from '../taxonomy/index.js';
export { assessUrgency, type UrgencyAssessment } from './urgency.js';

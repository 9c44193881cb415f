import { record, text } from './coerce.js';
import { WalletdeskError, type WalletdeskErrorOptions } from './walletdesk-error.js';

/**
 * A question that the built-in data cannot answer, e.g. a holiday calendar asked about a year it
 * has no official notice for. Better than a silent guess.
 *
 * @example
 * ```ts
 * import { OutOfCoverageError } from 'walletdesk/errors';
 * const e = new OutOfCoverageError('2031-01-01', { from: '2020-01-01', to: '2026-12-31' }, 'CN');
 * e.code; // => 'OUT_OF_COVERAGE'
 * ```
 */
export class OutOfCoverageError extends WalletdeskError {
  /** What was asked about (a civil date, a year). */
  readonly value: string;
  /** The range the data covers, inclusive. */
  readonly coverage: { readonly from: string; readonly to: string };
  /** The data set's name. */
  readonly dataset: string;

  constructor(value: string, coverage: { from: string; to: string }, dataset: string, options: WalletdeskErrorOptions = {}) {
    value = text(value);
    dataset = text(dataset);
    coverage = { from: text(record<{ from: string }>(coverage).from), to: text(record<{ to: string }>(coverage).to) };
    super(`${dataset}: ${value} is outside the data's coverage (${coverage.from} to ${coverage.to})`, options, 'OUT_OF_COVERAGE');
    this.name = 'OutOfCoverageError';
    this.value = value;
    this.coverage = { from: coverage.from, to: coverage.to };
    this.dataset = dataset;
  }

  protected override details(): Record<string, unknown> {
    return { value: this.value, coverage: this.coverage, dataset: this.dataset };
  }
}

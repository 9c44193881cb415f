import { list, text } from './coerce.js';
import { WalletdeskError, type WalletdeskErrorOptions } from './walletdesk-error.js';

/**
 * A workflow move that the state machine does not allow, e.g. reopening a closed ticket.
 * Thrown before any network call.
 *
 * @example
 * ```ts
 * import { InvalidTransitionError } from 'walletdesk/errors';
 * const e = new InvalidTransitionError('closed', 'open');
 * e.message; // => 'Cannot move from "closed" to "open"'
 * ```
 */
export class InvalidTransitionError extends WalletdeskError {
  /** The current state. */
  readonly from: string;
  /** The state that was asked for. */
  readonly to: string;
  /** The states that `from` may move to. */
  readonly allowed: ReadonlyArray<string>;

  constructor(from: string, to: string, allowed: ReadonlyArray<string> = [], options: WalletdeskErrorOptions = {}) {
    allowed = list<string>(allowed).map(text);
    const hint = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
    super(`Cannot move from "${text(from)}" to "${text(to)}"${hint}`, options, 'INVALID_TRANSITION');
    this.name = 'InvalidTransitionError';
    this.from = text(from);
    this.to = text(to);
    this.allowed = [...allowed];
  }

  protected override details(): Record<string, unknown> {
    return { from: this.from, to: this.to, allowed: this.allowed };
  }
}

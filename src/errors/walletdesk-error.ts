import { record, text } from './coerce.js';
import { redactSecrets } from './redact-secrets.js';

/**
 * A brand shared by every walletdesk error. `Symbol.for` returns the same symbol in every
 * copy of the library loaded in one process (ESM build, CJS build, two versions side by side),
 * so guards keep working where `instanceof` would not.
 */
export const WALLETDESK_ERROR_BRAND: unique symbol = Symbol.for('walletdesk.error') as never;

/** Every stable error code walletdesk throws. Codes never change meaning between versions. */
export type WalletdeskErrorCode =
  | 'WALLETDESK_ERROR'
  | 'VALIDATION_ERROR'
  | 'HTTP_ERROR'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'UNSUPPORTED_CAPABILITY'
  | 'OUT_OF_COVERAGE';

/** The class name that goes with each code; the guards check both. */
export const ERROR_NAMES: Readonly<Record<WalletdeskErrorCode, string>> = {
  WALLETDESK_ERROR: 'WalletdeskError',
  VALIDATION_ERROR: 'ValidationError',
  HTTP_ERROR: 'HttpError',
  RATE_LIMITED: 'RateLimitError',
  TIMEOUT: 'TimeoutError',
  NOT_FOUND: 'NotFoundError',
  CONFLICT: 'ConflictError',
  INVALID_TRANSITION: 'InvalidTransitionError',
  UNSUPPORTED_CAPABILITY: 'UnsupportedCapabilityError',
  OUT_OF_COVERAGE: 'OutOfCoverageError',
};

/** Options every walletdesk error accepts. */
export interface WalletdeskErrorOptions {
  /** The error that caused this one; kept for debugging, never serialised with secrets. */
  cause?: unknown;
}

/**
 * The root of walletdesk's error tree. Every error the library throws on purpose is one of these,
 * with a stable {@link WalletdeskError.code} you can switch on.
 *
 * @example
 * ```ts
 * import { WalletdeskError, isWalletdeskError } from 'walletdesk/errors';
 * const e = new WalletdeskError('something went wrong');
 * isWalletdeskError(e); // => true
 * e.code; // => 'WALLETDESK_ERROR'
 * ```
 */
export class WalletdeskError extends Error {
  /** A stable, machine-readable code. */
  readonly code: WalletdeskErrorCode;
  declare readonly [WALLETDESK_ERROR_BRAND]: true;

  constructor(message: string, options: WalletdeskErrorOptions = {}, code: WalletdeskErrorCode = 'WALLETDESK_ERROR') {
    const { cause } = record<WalletdeskErrorOptions>(options);
    super(redactSecrets(text(message)), cause === undefined ? undefined : { cause });
    this.name = 'WalletdeskError';
    // An unknown code would make the guards disown the error, so it falls back to the base code.
    this.code = typeof code === 'string' && Object.hasOwn(ERROR_NAMES, code) ? code : 'WALLETDESK_ERROR';
    Object.defineProperty(this, WALLETDESK_ERROR_BRAND, { value: true, enumerable: false });
  }

  /** Fields specific to a subclass, added to {@link WalletdeskError.toJSON}. */
  protected details(): Record<string, unknown> {
    return {};
  }

  /**
   * A plain object safe to log or send: name, code, message and the subclass's details.
   * Credentials are removed; the stack and cause are left out.
   */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, ...this.details() };
  }
}

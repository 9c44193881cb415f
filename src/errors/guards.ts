/**
 * Type guards for the error tree. They look at the brand symbol and `code`, never at `instanceof`
 * alone, so an error thrown by the CJS build is recognised by the ESM build's guard (and by
 * another copy of walletdesk in the same process).
 */
import type { ConflictError } from './conflict-error.js';
import type { HttpError } from './http-error.js';
import type { InvalidTransitionError } from './invalid-transition-error.js';
import type { NotFoundError } from './not-found-error.js';
import type { OutOfCoverageError } from './out-of-coverage-error.js';
import type { RateLimitError } from './rate-limit-error.js';
import type { TimeoutError } from './timeout-error.js';
import type { UnsupportedCapabilityError } from './unsupported-capability-error.js';
import type { ValidationError } from './validation-error.js';
import { ERROR_NAMES as NAMES, WALLETDESK_ERROR_BRAND, type WalletdeskError, type WalletdeskErrorCode } from './walletdesk-error.js';

/**
 * True for any error walletdesk threw on purpose, from any copy of the library.
 *
 * @example
 * ```ts
 * import { isWalletdeskError, NotFoundError } from 'walletdesk/errors';
 * isWalletdeskError(new NotFoundError('nope')); // => true
 * isWalletdeskError(new Error('nope')); // => false
 * ```
 */
export function isWalletdeskError(value: unknown): value is WalletdeskError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { [WALLETDESK_ERROR_BRAND]?: unknown; code?: unknown; name?: unknown };
  if (candidate[WALLETDESK_ERROR_BRAND] !== true || typeof candidate.code !== 'string') return false;
  return Object.hasOwn(NAMES, candidate.code);
}

function hasCode(value: unknown, code: WalletdeskErrorCode): boolean {
  return isWalletdeskError(value) && value.code === code && value.name === NAMES[code];
}

/**
 * True for a {@link ValidationError}.
 *
 * @example
 * ```ts
 * import { isValidationError, ValidationError } from 'walletdesk/errors';
 * isValidationError(new ValidationError([])); // => true
 * ```
 */
export function isValidationError(value: unknown): value is ValidationError {
  return hasCode(value, 'VALIDATION_ERROR');
}

/**
 * True for an {@link HttpError} or a {@link RateLimitError} (which is one).
 *
 * @example
 * ```ts
 * import { isHttpError, HttpError, httpContext } from 'walletdesk/errors';
 * isHttpError(new HttpError('Bad gateway', httpContext(502, 'GET', 'https://x.test'))); // => true
 * ```
 */
export function isHttpError(value: unknown): value is HttpError {
  return hasCode(value, 'HTTP_ERROR') || hasCode(value, 'RATE_LIMITED');
}

/**
 * True for a {@link RateLimitError}.
 *
 * @example
 * ```ts
 * import { isRateLimitError, RateLimitError, httpContext } from 'walletdesk/errors';
 * isRateLimitError(new RateLimitError('slow down', httpContext(429, 'GET', 'https://x.test'), 1000)); // => true
 * ```
 */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return hasCode(value, 'RATE_LIMITED');
}

/**
 * True for a {@link TimeoutError}.
 *
 * @example
 * ```ts
 * import { isTimeoutError, TimeoutError } from 'walletdesk/errors';
 * isTimeoutError(new TimeoutError('too slow')); // => true
 * ```
 */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return hasCode(value, 'TIMEOUT');
}

/**
 * True for a {@link NotFoundError}.
 *
 * @example
 * ```ts
 * import { isNotFoundError, NotFoundError } from 'walletdesk/errors';
 * isNotFoundError(new NotFoundError('no ticket 7')); // => true
 * ```
 */
export function isNotFoundError(value: unknown): value is NotFoundError {
  return hasCode(value, 'NOT_FOUND');
}

/**
 * True for a {@link ConflictError}.
 *
 * @example
 * ```ts
 * import { isConflictError, ConflictError } from 'walletdesk/errors';
 * isConflictError(new ConflictError('duplicate')); // => true
 * ```
 */
export function isConflictError(value: unknown): value is ConflictError {
  return hasCode(value, 'CONFLICT');
}

/**
 * True for an {@link InvalidTransitionError}.
 *
 * @example
 * ```ts
 * import { isInvalidTransitionError, InvalidTransitionError } from 'walletdesk/errors';
 * isInvalidTransitionError(new InvalidTransitionError('closed', 'open')); // => true
 * ```
 */
export function isInvalidTransitionError(value: unknown): value is InvalidTransitionError {
  return hasCode(value, 'INVALID_TRANSITION');
}

/**
 * True for an {@link UnsupportedCapabilityError}.
 *
 * @example
 * ```ts
 * import { isUnsupportedCapabilityError, UnsupportedCapabilityError } from 'walletdesk/errors';
 * isUnsupportedCapabilityError(new UnsupportedCapabilityError('onHold', 'freshdesk')); // => true
 * ```
 */
export function isUnsupportedCapabilityError(value: unknown): value is UnsupportedCapabilityError {
  return hasCode(value, 'UNSUPPORTED_CAPABILITY');
}

/**
 * True for an {@link OutOfCoverageError}.
 *
 * @example
 * ```ts
 * import { isOutOfCoverageError, OutOfCoverageError } from 'walletdesk/errors';
 * isOutOfCoverageError(new OutOfCoverageError('2040-01-01', { from: '2020-01-01', to: '2026-12-31' }, 'CN')); // => true
 * ```
 */
export function isOutOfCoverageError(value: unknown): value is OutOfCoverageError {
  return hasCode(value, 'OUT_OF_COVERAGE');
}

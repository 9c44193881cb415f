/**
 * walletdesk's error tree. Every error the library throws on purpose is a
 * {@link WalletdeskError} with a stable `code`; use the `is*` guards to tell them apart, since
 * they work across the ESM and CJS builds where `instanceof` does not.
 *
 * @module
 */
export { ConflictError, type ConflictErrorOptions } from './conflict-error.js';
export { errorFromResponse, parseRetryAfter, type ResponseDetails, type ResponseRequest } from './error-from-response.js';
export { errorFromTransport, type TransportDetails } from './error-from-transport.js';
export {
  isConflictError,
  isHttpError,
  isInvalidTransitionError,
  isNotFoundError,
  isOutOfCoverageError,
  isRateLimitError,
  isTimeoutError,
  isUnsupportedCapabilityError,
  isValidationError,
  isWalletdeskError,
} from './guards.js';
export { type HttpContext, httpContext } from './http-context.js';
export { HttpError } from './http-error.js';
export { InvalidTransitionError } from './invalid-transition-error.js';
export { type KnownCredentials, knownCredentials, removeKnownSecrets, type SecretScrubber, secretScrubber } from './known-secrets.js';
export { NotFoundError, type NotFoundErrorOptions } from './not-found-error.js';
export { OutOfCoverageError } from './out-of-coverage-error.js';
export { RateLimitError } from './rate-limit-error.js';
export { redactSecrets, redactUrl } from './redact-secrets.js';
export { TimeoutError, type TimeoutErrorOptions } from './timeout-error.js';
export { UnsupportedCapabilityError } from './unsupported-capability-error.js';
export { formatPath, ValidationError, type ValidationErrorOptions, type ValidationIssue } from './validation-error.js';
export { WALLETDESK_ERROR_BRAND, WalletdeskError, type WalletdeskErrorCode, type WalletdeskErrorOptions } from './walletdesk-error.js';

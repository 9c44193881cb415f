import { text } from './coerce.js';
import { WalletdeskError, type WalletdeskErrorOptions } from './walletdesk-error.js';

/**
 * A backend was asked for something it declares it cannot do (on-hold on Freshdesk, say).
 * Thrown before any I/O.
 *
 * @example
 * ```ts
 * import { UnsupportedCapabilityError } from 'walletdesk/errors';
 * const e = new UnsupportedCapabilityError('onHold', 'freshdesk');
 * e.message; // => 'The "freshdesk" backend does not support "onHold"'
 * ```
 */
export class UnsupportedCapabilityError extends WalletdeskError {
  /** The capability that was needed. */
  readonly capability: string;
  /** The backend's name. */
  readonly backend: string;

  constructor(capability: string, backend: string, options: WalletdeskErrorOptions = {}) {
    capability = text(capability);
    backend = text(backend);
    super(`The "${backend}" backend does not support "${capability}"`, options, 'UNSUPPORTED_CAPABILITY');
    this.name = 'UnsupportedCapabilityError';
    this.capability = capability;
    this.backend = backend;
  }

  protected override details(): Record<string, unknown> {
    return { capability: this.capability, backend: this.backend };
  }
}

/** A mistake in how the command was called: printed as one message, exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
  /** The flag or argument at fault, e.g. `--at`; shown as `field` under `--json`. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.field = field;
  }
}

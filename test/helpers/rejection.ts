/** Awaits a promise that must reject and returns what it rejected with; fails the test if it resolves. */
export async function rejection<T = unknown>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error('expected the call to fail, it succeeded');
}

/** Calls `fn`, which must throw, and returns what it threw; fails the test if it returns. */
export function thrown<T = unknown>(fn: () => unknown): T {
  try {
    fn();
  } catch (error) {
    return error as T;
  }
  throw new Error('expected the call to throw, it returned');
}

/**
 * Calls `fn`, which must throw a walletdesk ValidationError, and returns the field it names
 * (`error.field`, e.g. `'options.region'`); fails the test on any other outcome.
 */
export function fieldOf(fn: () => unknown): string {
  const error = thrown<{ name?: unknown; code?: unknown; field?: unknown }>(fn);
  if (error?.code !== 'VALIDATION_ERROR' || error.name !== 'ValidationError' || typeof error.field !== 'string') {
    throw new Error(`expected a ValidationError, got ${String(error)}`);
  }
  return error.field;
}

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

/**
 * The few assertions the conformance cases need, written out so the suite imports no test runner
 * (vitest's `expect` is ESM-only and `node:test` has none): a failed check throws an `Error` whose
 * message says what was expected and what came back, which every runner reports as a failure.
 */

/** Thrown by a failed conformance check; every runner reports it as a failed test. */
export class ConformanceFailure extends Error {
  override name = 'ConformanceFailure';
}

const show = (value: unknown): string => {
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Fails with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

/** Fails unless `actual` is `expected` (`Object.is`). */
export function checkEqual(actual: unknown, expected: unknown, what: string): void {
  if (!Object.is(actual, expected)) throw new ConformanceFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? String(value);

/** Fails unless the two JSON-shaped values are equal (arrays in order, object keys in any order). */
export function checkSame(actual: unknown, expected: unknown, what: string): void {
  if (canonical(actual) !== canonical(expected)) throw new ConformanceFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Fails unless every key of `expected` has the same value in `actual`. */
export function checkFields(actual: object, expected: Record<string, unknown>, what: string): void {
  for (const [key, value] of Object.entries(expected)) checkEqual((actual as Record<string, unknown>)[key], value, `${what}.${key}`);
}

/** Awaits a call that must fail and returns what it threw. */
export async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new ConformanceFailure(`${what}: expected the call to fail, it succeeded`);
}

/** Fails unless `error` passes `guard` (e.g. `isNotFoundError`), naming what came instead. */
export function checkError(error: unknown, guard: (error: unknown) => boolean, what: string): void {
  if (!guard(error)) {
    const got = error instanceof Error ? `${error.name}${'code' in error ? ` (${String(error.code)})` : ''}: ${error.message}` : show(error);
    throw new ConformanceFailure(`${what}: expected ${guard.name.replace(/^is/, '')}, got ${got}`);
  }
}

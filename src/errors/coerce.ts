/**
 * Error constructors are called from catch blocks and adapters with whatever came to hand, so
 * they never throw while describing a problem: a wrong-typed argument is read as text, an empty
 * options object or an empty list (issue 13: `new NotFoundError(1)` threw a TypeError).
 */

/** `value` as text: strings as they are, anything else through `String()`, never a throw. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    // A null-prototype object, a symbol-keyed toPrimitive that throws, a hostile proxy.
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return '[unprintable]';
    }
  }
}

/** `value` when it is a non-null object, else an empty object. */
export function record<T extends object>(value: T | undefined | null | unknown): Partial<T> {
  return typeof value === 'object' && value !== null ? (value as Partial<T>) : {};
}

/** `value` when it is an array, else an empty one. */
export function list<T>(value: readonly T[] | unknown): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [];
}

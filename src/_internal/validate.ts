/**
 * The one place public input meets zod: parse at the edge, throw a {@link ValidationError} that
 * names the field, and let the inside trust its types.
 */
import { z } from 'zod';
import { ValidationError } from '../errors/index.js';

/** A field path prefix, as public parse functions take one (`['attempt']`, `['timeline', 3]`). */
export const fieldPathSchema = z.array(z.union([z.string(), z.number()]));

/**
 * Parses `input` with `schema`; on failure throws a ValidationError whose paths start with
 * `path` (the parameter's name, e.g. `['options']`).
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, path: ReadonlyArray<string | number> = []): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: [...path, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
      message: issue.message,
      code: issue.code,
    })),
  );
}

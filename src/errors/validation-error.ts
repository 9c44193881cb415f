import type { HttpContext } from './http-context.js';
import { list as asList, record, text } from './coerce.js';
import { WalletdeskError, type WalletdeskErrorOptions } from './walletdesk-error.js';

/** One problem with an input: where it is, what is wrong, and a machine-readable code. */
export interface ValidationIssue {
  /** The path to the field, e.g. `['requester', 'email']`. Empty for the input as a whole. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, in words. */
  readonly message: string;
  /** A machine-readable code (zod's issue code, or a vendor's). */
  readonly code: string;
}

/** Options for {@link ValidationError}. */
export interface ValidationErrorOptions extends WalletdeskErrorOptions {
  /** Set when the problem was reported by a server. */
  http?: HttpContext;
}

/**
 * An input (or a server response) did not have the expected shape. Carries every issue, each
 * with the field path, so a form can show the message beside the field.
 *
 * @example
 * ```ts
 * import { ValidationError } from 'walletdesk/errors';
 * const e = new ValidationError([{ path: ['subject'], message: 'Required', code: 'too_small' }]);
 * e.field; // => 'subject'
 * e.message; // => 'subject: Required'
 * ```
 */
export class ValidationError extends WalletdeskError {
  /** Every problem found, in order. */
  readonly issues: ReadonlyArray<ValidationIssue>;
  /** The dotted path of the first issue's field (`''` for the input as a whole). */
  readonly field: string;
  /** Set when the problem was reported by a server. */
  readonly http: HttpContext | undefined;

  constructor(issues: ReadonlyArray<ValidationIssue>, options: ValidationErrorOptions = {}) {
    const given = asList<unknown>(issues).map((issue) => {
      const i = record<ValidationIssue>(issue);
      return { path: asList<string | number>(i.path), message: text(i.message ?? 'Invalid input'), code: text(i.code ?? 'invalid') };
    });
    const list = given.length > 0 ? given : [{ path: [], message: 'Invalid input', code: 'invalid' }];
    options = record<ValidationErrorOptions>(options);
    super(list.map(formatIssue).join('; '), options, 'VALIDATION_ERROR');
    this.name = 'ValidationError';
    this.issues = list.map((issue) => ({ path: [...issue.path], message: issue.message, code: issue.code }));
    this.field = formatPath(list[0]?.path ?? []);
    this.http = options.http;
  }

  protected override details(): Record<string, unknown> {
    return { field: this.field, issues: this.issues, ...(this.http ? { http: this.http } : {}) };
  }
}

/**
 * Formats a field path the way {@link ValidationError.field} shows it.
 *
 * @example
 * ```ts
 * import { formatPath } from 'walletdesk/errors';
 * formatPath(['requester', 'email']); // => 'requester.email'
 * formatPath(['tags', 2]); // => 'tags[2]'
 * ```
 */
export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  let out = '';
  for (const part of asList<unknown>(path)) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? text(part) : `.${text(part)}`;
  }
  return out;
}

function formatIssue(issue: ValidationIssue): string {
  const where = formatPath(issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

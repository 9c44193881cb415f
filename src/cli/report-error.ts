/**
 * Turns whatever stopped a command into one message on stderr and the documented exit code: text
 * for people, `{ "error": { code, message, field?, exitCode } }` under `--json`. Secrets were
 * already removed by the error classes; this never prints a stack for an expected failure.
 */
import { isHttpError, isRateLimitError, isTimeoutError, isValidationError, isWalletdeskError } from '../errors/index.js';
import { EXIT } from './exit-codes.js';
import { c } from './output.js';
import { UserError } from './user-error.js';

interface Report {
  code: string;
  message: string;
  field?: string;
  exitCode: number;
}

function describeError(error: unknown): Report | undefined {
  if (error instanceof UserError) return { code: 'USAGE', message: error.message, ...(error.field ? { field: error.field } : {}), exitCode: EXIT.usage };
  if (error instanceof Error && error.name === 'CACError') {
    const flag = /`(--[\w-]+)/.exec(error.message)?.[1];
    return { code: 'USAGE', message: `${error.message.replace(/^Unknown option/, 'unknown option')} (see walletdesk <command> --help)`, ...(flag ? { field: flag } : {}), exitCode: EXIT.usage };
  }
  if (isValidationError(error)) {
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}), exitCode: EXIT.usage };
  }
  // A 4xx (wrong token, refused input) is the caller's to fix; 5xx, network, rate limit and timeout are the service's.
  if (isRateLimitError(error) || isTimeoutError(error) || (isHttpError(error) && !(error.status >= 400 && error.status < 500))) {
    return { code: error.code, message: error.message, exitCode: EXIT.service };
  }
  if (isWalletdeskError(error)) return { code: error.code, message: error.message, exitCode: EXIT.usage };
  return undefined;
}

/** Prints `error` as one message and exits with its code; rethrows what is not an expected failure (a bug). */
export function reportError(error: unknown, json: boolean): never {
  const report = describeError(error);
  if (!report) throw error;
  if (json) process.stderr.write(`${JSON.stringify({ error: report })}\n`);
  // The message already names the flag or field; `field` is for scripts reading --json.
  else process.stderr.write(`${c.red('error:')} ${report.message}\n`);
  process.exit(report.exitCode);
}

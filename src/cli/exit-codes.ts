/**
 * The exit codes of the `walletdesk` command, documented in README.md ("Command line"); scripts
 * rely on them, so they change only with a major version.
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** A user error: bad or missing argument or option, unknown command, wallet or ticket, unreadable store, a 4xx from the service. */
  usage: 1,
  /** `verify` found the number, link or message suspicious. */
  suspicious: 2,
  /** The help-desk service failed after retries: a 5xx, no connection, a rate limit or a timeout (a 4xx is a user error). */
  service: 3,
} as const;

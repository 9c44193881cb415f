#!/usr/bin/env node
/**
 * The `walletdesk` command: triage a message, list official contacts, check a number or link,
 * show service hours and quiet times, file and follow tickets. Human output (coloured on a TTY
 * unless NO_COLOR is set) or `--json`. Each command is one file in `commands/`; exit codes are in
 * `exit-codes.ts`: 0 ok, 1 user error, 2 `verify` found something suspicious, 3 the help-desk
 * service failed. Every failure is one message on stderr (JSON under `--json`).
 */
import { cac } from 'cac';
import { commands } from './commands/index.js';
import { reportError } from './report-error.js';
import { UserError } from './user-error.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

const cli = cac('walletdesk');
cli.option('--json', 'Print JSON instead of text (errors too, on stderr)');
for (const register of commands) register(cli);
cli.help();
cli.version(VERSION);

const json = process.argv.slice(2).includes('--json');
const fail = (error: unknown): never => reportError(error, json);

try {
  cli.parse(process.argv, { run: false });
  const names = cli.commands.map((command) => command.name.split(' ')[0]).filter(Boolean);
  if (!cli.matchedCommand && cli.args.length > 0) throw new UserError(`unknown command "${cli.args[0]}": one of ${names.join(', ')} (see walletdesk --help)`, '<command>');
  if (!cli.matchedCommand && !cli.options.help && !cli.options.version) {
    // Help is text; under --json a missing command is an error a script can read.
    if (json) throw new UserError(`missing command: one of ${names.join(', ')}`, '<command>');
    cli.outputHelp();
  } else Promise.resolve(cli.runMatchedCommand()).catch(fail);
} catch (error) {
  fail(error);
}

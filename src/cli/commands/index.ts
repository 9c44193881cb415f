/**
 * Every command of `walletdesk`, one file each, in the order `--help` lists them. A new command is
 * a new file exporting `register…(cli)` and one line here.
 */
import type { CAC } from 'cac';
import { registerBestTime } from './best-time.js';
import { registerContacts } from './contacts.js';
import { registerEscalate } from './escalate.js';
import { registerHours } from './hours.js';
import { registerReport } from './report.js';
import { registerSla } from './sla.js';
import { registerTicket } from './ticket.js';
import { registerTriage } from './triage.js';
import { registerVerify } from './verify.js';

/** Adds one command (its flags, help and action) to the CLI. */
export type RegisterCommand = (cli: CAC) => void;

export const commands: readonly RegisterCommand[] = [
  registerTriage,
  registerContacts,
  registerHours,
  registerBestTime,
  registerVerify,
  registerEscalate,
  registerTicket,
  registerSla,
  registerReport,
];

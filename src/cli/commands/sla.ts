/** `walletdesk sla`: the work queue — open tickets about to breach (or past) their reply and resolution targets. */
import { readFileSync } from 'node:fs';
import type { CAC } from 'cac';
import { atRisk, defineSlaPolicy, type SlaPolicy, type SlaPolicyInput } from '../../sla/index.js';
import { flagText, parseAt } from '../arguments.js';
import { c, out } from '../output.js';
import { UserError } from '../user-error.js';
import type { GlobalFlags } from './global-flags.js';
import { parseDuration, readStore } from './support-store.js';

/**
 * Targets in minutes when no `--policy` file is given, around the clock: the example policy of the
 * SLA guide, with high and low between and after it.
 */
export const DEFAULT_TARGETS: SlaPolicyInput['targets'] = {
  urgent: { firstReply: 30, nextReply: 60, resolution: 480 },
  high: { firstReply: 60, nextReply: 120, resolution: 1440 },
  normal: { firstReply: 240, nextReply: 480, resolution: 2880 },
  low: { firstReply: 480, nextReply: 960, resolution: 5760 },
};

function readPolicy(value: unknown): SlaPolicy {
  const file = flagText(value, '--policy');
  if (file === undefined) return defineSlaPolicy({ targets: DEFAULT_TARGETS });
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`--policy: cannot read ${file} as JSON (${(error as Error).message})`, '--policy');
  }
  // Schedules are code (a walletdesk/hours schedule), not JSON: a policy file holds targets, pauseWhile and warnAt.
  return defineSlaPolicy(input as SlaPolicyInput);
}

export function registerSla(cli: CAC): void {
  cli
    .command('sla', 'Open tickets that will breach a reply or resolution target soon, or already have')
    .option('--store <file>', 'The ticket store file (as for `walletdesk ticket`)')
    .option('--within <duration>', 'Look ahead this far, e.g. 90m, 2h, 1d (default 2h)')
    .option('--policy <file>', 'A JSON file with { targets, pauseWhile?, warnAt? } (default: urgent 30/60/480 … low 480/960/5760 minutes, 24/7)')
    .option('--at <iso>', 'Evaluate at this time (default: now)')
    .example('walletdesk sla --store tickets.json --within 2h')
    .action(async (o: GlobalFlags & { store?: unknown; within?: unknown; policy?: unknown; at?: unknown }) => {
      const now = parseAt(o.at);
      const within = parseDuration(o.within, '--within', 120);
      const policy = readPolicy(o.policy);
      const { tickets, file } = await readStore(o.store);
      const queue = atRisk(tickets, policy, { now, within });
      if (o.json) {
        return out(
          queue.map((e) => ({ id: e.ticket.ticket.id, subject: e.ticket.ticket.subject, priority: e.ticket.ticket.priority, metric: e.metric, ...e.status })),
        );
      }
      if (queue.length === 0) return out(c.green(`No open ticket in ${file} breaches a target within ${within} minutes.`));
      const rows = queue.map((e) => {
        const state = e.status.state === 'breached' ? c.red('breached') : c.yellow(e.status.state);
        const left = e.status.remainingMinutes === undefined ? '' : e.status.remainingMinutes < 0 ? `${-Math.round(e.status.remainingMinutes)} min over` : `${Math.round(e.status.remainingMinutes)} min left`;
        const t = e.ticket.ticket;
        return `#${t.id}  ${t.priority.padEnd(7)} ${e.metric.padEnd(10)} ${state}  due ${e.status.dueAt.toISOString()}  ${left}  ${t.subject}`;
      });
      out(rows.join('\n'));
    });
}

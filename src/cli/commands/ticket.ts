/** `walletdesk ticket <action>`: the ticket client from the shell (actions in ticket-actions.ts). */
import type { CAC } from 'cac';
import { out } from '../output.js';
import type { GlobalFlags } from './global-flags.js';
import { DEFAULT_STORE, runTicketCommand, type TicketCommandOptions } from './ticket-actions.js';

export function registerTicket(cli: CAC): void {
  cli
    .command('ticket <action> [...args]', 'Tickets: create <subject> | list | show <id>')
    .option('--backend <file|rest>', 'Where tickets live (default file: the --store file, safe to share between runs)')
    .option('--store <file>', `The ticket store file (default ${DEFAULT_STORE}, or WALLETDESK_STORE); its directory must exist`)
    .option('--base-url <url>', 'REST service URL (with --backend rest; token from WALLETDESK_TOKEN)')
    .option('--description <text>', "create: the problem in the user's words")
    .option('--category <id>', 'create: a taxonomy category, e.g. top_up')
    .option('--priority <low|normal|high|urgent>', 'create: priority')
    .option('--channel <kind>', 'create: phone, chat, email, web, in_app or social')
    .option('--email <address>', "create: the requester's email")
    .option('--status <list>', 'list: only these statuses, comma-separated')
    .option('--limit <n>', 'list: at most n tickets')
    .example('walletdesk ticket create "Top-up failed" --description "Card charged, balance unchanged" --category top_up')
    .example('WALLETDESK_TOKEN=… walletdesk ticket list --backend rest --base-url https://support.example.com/api/')
    .action(async (action: unknown, args: unknown[], o: TicketCommandOptions & GlobalFlags) => {
      const result = await runTicketCommand(String(action), args.map(String), o);
      out(o.json ? result.json : result.text);
    });
}

// walletdesk → Zendesk: triage one help request and file it as a Zendesk ticket, with the category,
// priority and channel walletdesk worked out, and an internal note when the message looks like a
// scam. Needs ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN; without them it sends nothing.
// test/examples/zendesk.test.ts runs it against an msw model of the Zendesk API (no network).
import { pathToFileURL } from 'node:url';
import { triage } from 'walletdesk';
import { isWalletdeskError } from 'walletdesk/errors';
import { createTicketClient } from 'walletdesk/tickets';
import { zendeskBackend } from 'walletdesk/tickets/zendesk';

const SAMPLE = {
  wallet: 'alipay',
  message: '刚才有个自称支付宝客服的人打电话 400-123-4567，说我的账户有风险，让我把钱转到安全账户',
};

/**
 * Triages `message` and files it through `client`. Returns the ticket and the triage result.
 * Works with any backend; only `main` below is Zendesk-specific.
 */
export async function fileTriagedTicket(client, { message, wallet, requesterEmail, now = new Date() }) {
  const result = triage(message, { wallet, now });
  const ticket = await client.create({
    ...result.ticketDraft,
    channel: 'in_app',
    tags: [wallet],
    ...(requesterEmail ? { requester: { email: requesterEmail } } : {}),
  });
  if (result.safety.verdict === 'suspicious') {
    await client.comment(ticket.id, { body: `walletdesk scam check: ${result.safety.warnings.join(' ')}`, public: false });
  }
  return { ticket, triage: result };
}

/** Reads the Zendesk credentials from `env`, files the request, prints what it did. Returns an exit code. */
export async function main({ env = process.env, log = console.log, message = SAMPLE.message, wallet = SAMPLE.wallet } = {}) {
  const { ZENDESK_SUBDOMAIN: subdomain, ZENDESK_EMAIL: email, ZENDESK_API_TOKEN: apiToken } = env;
  if (!subdomain || !email || !apiToken) {
    log('Set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN to file a ticket in your Zendesk.');
    log('Nothing was sent. To see it run against a model of the Zendesk API: npx vitest run test/examples/zendesk.test.ts');
    return 0;
  }
  const client = createTicketClient({ backend: zendeskBackend({ subdomain, email, apiToken }) });
  try {
    const { ticket, triage: t } = await fileTriagedTicket(client, { message, wallet, requesterEmail: env.ZENDESK_REQUESTER_EMAIL });
    log(`» ${message}`);
    log(`  category ${t.classification.category}, urgency ${t.help.urgency}, safety ${t.safety.verdict}`);
    log(`  zendesk ticket #${ticket.id}: ${ticket.subject} [${ticket.priority}, ${ticket.status}]`);
    log(`  https://${subdomain}.zendesk.com/agent/tickets/${ticket.id}`);
    return 0;
  } catch (error) {
    // walletdesk errors never carry the token, so they are safe to print.
    log(isWalletdeskError(error) ? `Zendesk said no: ${error.message}` : String(error));
    return 1;
  } finally {
    await client.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [message, wallet] = process.argv.slice(2);
  process.exitCode = await main({ ...(message ? { message } : {}), ...(wallet ? { wallet } : {}) });
}

// walletdesk → Zendesk: triage one help request and file it as a Zendesk ticket, with the category,
// priority and channel walletdesk worked out, and an internal note when the message looks like a
// scam. With ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN it files in your Zendesk; without
// them it runs against the repository's msw model of the Zendesk API (no network), which needs the
// dev dependencies and a TypeScript loader: `npx tsx examples/zendesk/index.mjs`.
import { pathToFileURL } from 'node:url';
import { triage } from 'walletdesk/triage';
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
  if (!subdomain || !email || !apiToken) return runAgainstModel({ log, message, wallet });
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

/**
 * No credentials: start the msw model of the Zendesk API in this process (from the repository's
 * test/mocks; needs the dev dependencies and a TypeScript loader such as tsx) and file against it.
 */
async function runAgainstModel({ log, message, wallet }) {
  let model;
  let server;
  try {
    const [{ setupServer }, { createZendeskModel }] = await Promise.all([import('msw/node'), import('../../test/mocks/zendesk-model.ts')]);
    model = createZendeskModel({ subdomain: 'walletdesk-demo', email: 'agent@example.com', apiToken: 'demo-token' });
    server = setupServer(...model.handlers);
  } catch {
    log('Set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN to file a ticket in your Zendesk.');
    log('Nothing was sent. To run against the model of the Zendesk API instead: npx tsx examples/zendesk/index.mjs');
    return 0;
  }
  server.listen({ onUnhandledRequest: 'error' });
  try {
    log('No Zendesk credentials set: filing against the msw model of the Zendesk API (nothing leaves this machine).');
    return await main({ env: { ZENDESK_SUBDOMAIN: 'walletdesk-demo', ZENDESK_EMAIL: 'agent@example.com', ZENDESK_API_TOKEN: 'demo-token' }, log, message, wallet });
  } finally {
    server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [message, wallet] = process.argv.slice(2);
  process.exitCode = await main({ ...(message ? { message } : {}), ...(wallet ? { wallet } : {}) });
}

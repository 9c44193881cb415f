// Runs the example ticket service: `node examples/rest-server/index.mjs` (PORT, TICKETS_TOKEN optional).
// Point the CLI or your app at it: restBackend({ baseUrl: 'http://127.0.0.1:8787/', token }).
import { startTicketServer } from './server.mjs';

const port = Number(process.env.PORT ?? 8787);
const token = process.env.TICKETS_TOKEN || undefined;
const server = await startTicketServer({ port, ...(token ? { token } : {}) });
const { port: actual } = server.address();
console.log(`walletdesk ticket service on http://127.0.0.1:${actual}/ (${token ? 'bearer token required' : 'no auth'}); Ctrl+C stops it`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

import { memoryBackend } from '../../src/tickets/index.js';
import { testTicketBackend } from '../../src/tickets/testing/index.js';

testTicketBackend('memory', () => memoryBackend());
testTicketBackend('memory without on-hold or satisfaction', () => memoryBackend({ capabilities: { onHold: false, satisfaction: false, idempotentCreate: false } }));

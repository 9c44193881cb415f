// Placeholder until the triage issue lands: shows the error tree works from the built package.
import { NotFoundError, isWalletdeskError } from 'walletdesk';

const error = new NotFoundError('Ticket 42 not found', { resource: 'ticket', id: '42' });
console.log('walletdesk is installed:', isWalletdeskError(error), error.toJSON());

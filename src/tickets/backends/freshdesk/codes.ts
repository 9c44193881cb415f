/**
 * Freshdesk's numeric ticket codes and how walletdesk's names map onto them.
 * Source: https://developers.freshdesk.com/api/#tickets (checked 2026-11-24).
 */
import type { TicketChannel, TicketPriority, TicketStatus } from '../../model.js';

/** Where the codes come from and when they were checked. */
export const FRESHDESK_CODES_SOURCE = { url: 'https://developers.freshdesk.com/api/#tickets', checked: '2026-11-24' } as const;

/** walletdesk status → Freshdesk status code. `on_hold` has none (capability `onHold` is false); `new` is sent as open. */
export const STATUS_TO_FRESHDESK = { new: 2, open: 2, pending: 3, solved: 4, closed: 5 } as const satisfies Record<Exclude<TicketStatus, 'on_hold'>, number>;
/** Freshdesk status code → walletdesk status. */
export const STATUS_FROM_FRESHDESK: Readonly<Record<number, Exclude<TicketStatus, 'new' | 'on_hold'>>> = { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' };

/** walletdesk priority → Freshdesk priority code (Freshdesk calls 2 "medium"). */
export const PRIORITY_TO_FRESHDESK = { low: 1, normal: 2, high: 3, urgent: 4 } as const satisfies Record<TicketPriority, number>;
/** Freshdesk priority code → walletdesk priority. */
export const PRIORITY_FROM_FRESHDESK: Readonly<Record<number, TicketPriority>> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' };

/** walletdesk channel → Freshdesk source code (email 1, portal 2, phone 3, chat 7, feedback widget 9; social has no code → portal, plus a `walletdesk_channel_social` tag). */
export const CHANNEL_TO_FRESHDESK = { email: 1, web: 2, phone: 3, chat: 7, in_app: 9, social: 2 } as const satisfies Record<TicketChannel, number>;
/** Freshdesk source code → walletdesk channel (outbound email 10 reads as email). */
export const CHANNEL_FROM_FRESHDESK: Readonly<Record<number, TicketChannel>> = { 1: 'email', 2: 'web', 3: 'phone', 7: 'chat', 9: 'in_app', 10: 'email' };

// Code tables: https://developers.freshdesk.com/api/#tickets, https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
import { describe, expect, it } from 'vitest';
import * as fd from '../../../src/tickets/backends/freshdesk/codes.js';
import * as zd from '../../../src/tickets/backends/zendesk/codes.js';
import { FRESHDESK_PRIORITY, FRESHDESK_SOURCE, FRESHDESK_STATUS } from '../../mocks/freshdesk-model.js';

describe('vendor code tables', () => {
  it('Zendesk statuses round-trip', () => {
    for (const [ours, theirs] of Object.entries(zd.STATUS_TO_ZENDESK)) expect(zd.STATUS_FROM_ZENDESK[theirs]).toBe(ours);
  });
  it('Freshdesk codes are valid for the model and round-trip where Freshdesk has the concept', () => {
    const statuses = new Set<number>(Object.values(FRESHDESK_STATUS));
    for (const code of Object.values(fd.STATUS_TO_FRESHDESK)) expect(statuses.has(code)).toBe(true);
    for (const s of ['open', 'pending', 'solved', 'closed'] as const) expect(fd.STATUS_FROM_FRESHDESK[fd.STATUS_TO_FRESHDESK[s]]).toBe(s);
    const priorities = new Set<number>(Object.values(FRESHDESK_PRIORITY));
    for (const [p, code] of Object.entries(fd.PRIORITY_TO_FRESHDESK)) {
      expect(priorities.has(code)).toBe(true);
      expect(fd.PRIORITY_FROM_FRESHDESK[code]).toBe(p);
    }
    const sources = new Set<number>(Object.values(FRESHDESK_SOURCE));
    for (const code of Object.values(fd.CHANNEL_TO_FRESHDESK)) expect(sources.has(code)).toBe(true);
  });
});

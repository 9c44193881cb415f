import { describe, expect, it } from 'vitest';
import { CHANNEL_CATEGORIES as CHANNEL_VIEW, URGENT_CATEGORIES as CHANNEL_URGENT } from '../../src/channels/index.js';
import { CATEGORY_IDS, CATEGORY_URGENCY, taxonomy } from '../../src/classifier/index.js';
import { WEEKDAYS as HOURS_WEEKDAYS } from '../../src/hours/index.js';
import { WEEKDAYS as CHANNEL_WEEKDAYS } from '../../src/channels/index.js';
import { TICKET_PRIORITIES } from '../../src/tickets/index.js';
import * as vocabulary from '../../src/taxonomy/index.js';

describe('taxonomy: the shared vocabulary', () => {
  it('maps every urgency to the ticket priority on the same rung, critical to urgent', () => {
    expect(vocabulary.URGENCY_LEVELS.map(vocabulary.priorityForUrgency)).toEqual(['low', 'normal', 'high', 'urgent']);
  });

  it('derives the urgent categories from the critical base urgencies', () => {
    expect(vocabulary.URGENT_CATEGORIES).toEqual(['unauthorized_transaction', 'account_compromise']);
  });

  it('keeps urgency order: maxUrgency never lowers a level', () => {
    expect(vocabulary.maxUrgency('low', 'critical')).toBe('critical');
    expect(vocabulary.maxUrgency('high', 'normal')).toBe('high');
  });

  it('is the one object every module re-exports, not a copy', () => {
    expect(CATEGORY_IDS).toBe(vocabulary.CATEGORY_IDS);
    expect(taxonomy).toBe(vocabulary.taxonomy);
    expect(CATEGORY_URGENCY).toBe(vocabulary.CATEGORY_URGENCY);
    expect(HOURS_WEEKDAYS).toBe(vocabulary.WEEKDAYS);
    expect(CHANNEL_WEEKDAYS).toBe(vocabulary.WEEKDAYS);
    expect(TICKET_PRIORITIES).toBe(vocabulary.TICKET_PRIORITIES);
    expect(CHANNEL_URGENT).toBe(vocabulary.URGENT_CATEGORIES);
    expect(CHANNEL_VIEW).toBe(vocabulary.CATEGORY_IDS);
  });

  it('gives every category a kind from CATEGORY_KINDS and a base urgency', () => {
    for (const c of vocabulary.taxonomy.categories) {
      expect(vocabulary.CATEGORY_KINDS).toContain(c.kind);
      expect(vocabulary.URGENCY_LEVELS).toContain(vocabulary.CATEGORY_URGENCY[c.id]);
    }
  });
});

/** Every group of conformance cases, in the order they run. Add a new group here. */
import type { BackendCase } from './conformance-case.js';
import { ticketCases } from './ticket-cases.js';
import { timelineCases } from './timeline-cases.js';

export const allCases: readonly BackendCase[] = [...ticketCases, ...timelineCases];

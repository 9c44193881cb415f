/**
 * Erlang C queueing for a contact-centre line: {@link erlangC} (how a staffing level performs) and
 * {@link agentsNeeded} (the smallest staffing that meets a service level).
 *
 * The probability of waiting is computed from the Erlang B recursion
 * `B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))` and `C = N·B / (N − A·(1 − B))`, which never forms
 * `A^N` or `N!`, so it stays exact where factorials overflow (N = 171 at 150 Erlangs and beyond).
 * Formulas: https://en.wikipedia.org/wiki/Erlang_(unit)#Erlang_C_formula
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';

/** Input of {@link erlangC}. */
export interface ErlangCInput {
  /** Calls (contacts) arriving per hour; finite and ≥ 0. */
  callsPerHour: number;
  /** Average handling time per call in seconds (talk + hold + wrap-up); > 0. */
  ahtSeconds: number;
  /** Agents on the line; a whole number ≥ 1. */
  agents: number;
  /** The answer-time target of the service level, in seconds; 20 unless given. */
  targetSeconds?: number;
}

/** The performance of one staffing level. */
export interface ErlangCResult {
  /** Offered load A = callsPerHour × ahtSeconds / 3600. */
  trafficErlangs: number;
  /** Probability that a call has to wait (Erlang C). 1 when unstable. */
  probWait: number;
  /** Average speed of answer in seconds. `Infinity` when unstable. */
  asaSeconds: number;
  /** Share of calls answered within `targetSeconds`. 0 when unstable. */
  serviceLevel: number;
  /** Agent occupancy A / N, capped at 1. */
  occupancy: number;
  /** Whether the queue is stable (A < N); an unstable queue grows without bound. */
  stable: boolean;
}

const nonNegative = z.number().finite().nonnegative();
const erlangSchema = z.object({
  callsPerHour: nonNegative,
  ahtSeconds: z.number().finite().positive(),
  agents: z.number().int().min(1),
  targetSeconds: nonNegative.optional(),
});

/** Erlang B blocking probability for `agents` servers at `traffic` Erlangs, by the recursion. */
function erlangB(traffic: number, agents: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b);
  return b;
}

function fromBlocking(traffic: number, agents: number, blocking: number, aht: number, target: number): ErlangCResult {
  if (traffic >= agents) {
    return { trafficErlangs: traffic, probWait: 1, asaSeconds: Number.POSITIVE_INFINITY, serviceLevel: 0, occupancy: 1, stable: false };
  }
  const probWait = (agents * blocking) / (agents - traffic * (1 - blocking));
  return {
    trafficErlangs: traffic,
    probWait,
    asaSeconds: (probWait * aht) / (agents - traffic),
    serviceLevel: Math.max(0, 1 - probWait * Math.exp((-(agents - traffic) * target) / aht)),
    occupancy: traffic / agents,
    stable: true,
  };
}

/**
 * Erlang C: probability of waiting, average speed of answer, service level and occupancy for a
 * number of agents. Traffic at or above the number of agents returns `stable: false`,
 * `probWait: 1` and `asaSeconds: Infinity`.
 *
 * @example
 * ```ts
 * import { erlangC } from 'walletdesk/hours';
 * const r = erlangC({ callsPerHour: 100, ahtSeconds: 180, agents: 6, targetSeconds: 20 });
 * r.trafficErlangs; // => 5
 * Math.round(r.probWait * 1e7) / 1e7; // => 0.5875165
 * Math.round(r.asaSeconds * 1000) / 1000; // => 105.753
 * Math.round(r.serviceLevel * 1e6) / 1e6; // => 0.474267
 * erlangC({ callsPerHour: 120, ahtSeconds: 180, agents: 6 }).stable; // => false
 * ```
 */
export function erlangC(input: ErlangCInput): ErlangCResult {
  const { callsPerHour, ahtSeconds, agents, targetSeconds = 20 } = validate(erlangSchema, input, ['input']);
  const traffic = (callsPerHour * ahtSeconds) / 3600;
  return fromBlocking(traffic, agents, erlangB(traffic, agents), ahtSeconds, targetSeconds);
}

/** Input of {@link agentsNeeded}. */
export interface AgentsNeededInput {
  /** Calls arriving per hour; finite and ≥ 0. */
  callsPerHour: number;
  /** Average handling time in seconds; > 0. */
  ahtSeconds: number;
  /** The answer-time target in seconds, e.g. 20 for "80/20". */
  targetSeconds: number;
  /** The share of calls to answer within the target, strictly between 0 and 1, e.g. 0.8. */
  targetServiceLevel: number;
  /** Highest acceptable occupancy (0, 1]; 1 (no limit beyond stability) unless given. */
  maxOccupancy?: number;
}

const neededSchema = z.object({
  callsPerHour: nonNegative,
  ahtSeconds: z.number().finite().positive(),
  targetSeconds: nonNegative,
  targetServiceLevel: z.number().gt(0).lt(1),
  maxOccupancy: z.number().gt(0).lte(1).optional(),
});

/**
 * The fewest agents that answer `targetServiceLevel` of calls within `targetSeconds` (and keep
 * occupancy at or under `maxOccupancy`). 0 when no calls arrive.
 *
 * @example
 * ```ts
 * import { agentsNeeded } from 'walletdesk/hours';
 * agentsNeeded({ callsPerHour: 100, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 }); // => 8
 * agentsNeeded({ callsPerHour: 100, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8, maxOccupancy: 0.6 }); // => 9
 * ```
 */
export function agentsNeeded(input: AgentsNeededInput): number {
  const p = validate(neededSchema, input, ['input']);
  const traffic = (p.callsPerHour * p.ahtSeconds) / 3600;
  if (traffic === 0) return 0;
  const maxOccupancy = p.maxOccupancy ?? 1;
  // Walk the recursion upwards; B(n) for each n comes from B(n−1), so the search is O(N).
  let blocking = 1;
  for (let n = 1; ; n++) {
    blocking = (traffic * blocking) / (n + traffic * blocking);
    if (traffic >= n || traffic / n > maxOccupancy) continue;
    if (fromBlocking(traffic, n, blocking, p.ahtSeconds, p.targetSeconds).serviceLevel >= p.targetServiceLevel) return n;
  }
}

/**
 * {@link defineSlaPolicy}: an SLA policy validated once, at the boundary: per-priority targets in
 * minutes, the statuses that pause the resolution clock, the share of a target after which a
 * metric is "at risk", and the business hours the clocks run in.
 *
 * The shape follows Zendesk's SLA policies (targets per metric and priority, business or calendar
 * hours): https://developer.zendesk.com/api-reference/ticketing/business-rules/sla_policies/
 * (checked 2026-12-02).
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { ValidationError } from '../errors/index.js';
import type { Schedule } from '../hours/index.js';
import type { TicketPriority, TicketStatus } from '../tickets/index.js';
import { alwaysOpenClock, type BusinessClock, businessClock } from './business-clock.js';
import { PRIORITIES as TICKET_PRIORITIES, STATUSES as TICKET_STATUSES } from './ticket-fields.js';

/** The three SLA metrics. */
export const SLA_METRICS = ['firstReply', 'nextReply', 'resolution'] as const;
/** An SLA metric: `firstReply`, `nextReply` or `resolution`. */
export type SlaMetric = (typeof SLA_METRICS)[number];

/** Targets for one priority, in business minutes; an absent metric has no target. */
export type SlaTargets = Partial<Record<SlaMetric, number>>;

/** Input of {@link defineSlaPolicy}. */
export interface SlaPolicyInput {
  /** A `walletdesk/hours` schedule: the clocks run only while it is open. No schedule = 24/7. */
  schedule?: Schedule;
  /** Targets in minutes per priority; a missing priority or metric has no target (`'none'`). */
  targets: Partial<Record<TicketPriority, SlaTargets>>;
  /** Statuses in which the resolution clock stops. Default `['pending', 'on_hold']`. */
  pauseWhile?: ReadonlyArray<TicketStatus>;
  /** A running metric is `'at_risk'` once this share of its target is used. Default 0.75. */
  warnAt?: number;
}

/** A validated, frozen SLA policy made by {@link defineSlaPolicy}. */
export interface SlaPolicy {
  /** The business hours, or `undefined` for 24/7. */
  readonly schedule: Schedule | undefined;
  /** Targets in minutes per priority. */
  readonly targets: Readonly<Partial<Record<TicketPriority, Readonly<SlaTargets>>>>;
  /** Statuses that pause the resolution clock. */
  readonly pauseWhile: ReadonlyArray<TicketStatus>;
  /** The at-risk threshold, a share of the target in [0, 1]. */
  readonly warnAt: number;
}

/** What the timers read, compiled once per policy (never exported from the package). */
export interface CompiledPolicy {
  readonly clock: BusinessClock;
  /** Target ms per priority index (TICKET_PRIORITIES order) and metric; NaN = no target. */
  readonly targetMs: ReadonlyArray<readonly [number, number, number]>;
  /** Whether each status (TICKET_STATUSES order) pauses resolution. */
  readonly pauses: ReadonlyArray<boolean>;
  readonly warnAt: number;
}

const minutes = z.number().finite().nonnegative();
const targetsSchema = z.strictObject({ firstReply: minutes.optional(), nextReply: minutes.optional(), resolution: minutes.optional() });
const inputSchema = z.strictObject({
  schedule: z
    .custom<Schedule>((v) => typeof v === 'object' && v !== null && typeof (v as Schedule).timeZone === 'string' && typeof (v as Schedule).weekly === 'object', 'expected a schedule made by defineSchedule()')
    .optional(),
  targets: z.strictObject(Object.fromEntries(TICKET_PRIORITIES.map((p) => [p, targetsSchema.optional()])) as Record<TicketPriority, z.ZodOptional<typeof targetsSchema>>),
  pauseWhile: z.array(z.enum(TICKET_STATUSES as [TicketStatus, ...TicketStatus[]])).optional(),
  warnAt: z.number().min(0).max(1).optional(),
});

const compiled = new WeakMap<SlaPolicy, CompiledPolicy>();

/**
 * Validates an SLA policy. Throws a `ValidationError` naming the field for a negative target
 * (`policy.targets.urgent.firstReply`), an unknown priority (`policy.targets.critical`), an
 * unknown status in `pauseWhile`, or a `warnAt` outside [0, 1].
 *
 * @example
 * ```ts
 * import { defineSlaPolicy } from 'walletdesk/sla';
 * const policy = defineSlaPolicy({
 *   targets: { urgent: { firstReply: 30, nextReply: 60, resolution: 480 } },
 *   pauseWhile: ['pending', 'on_hold'],
 *   warnAt: 0.75,
 * });
 * policy.targets.urgent?.firstReply; // => 30
 * policy.schedule; // => undefined
 * ```
 */
export function defineSlaPolicy(input: SlaPolicyInput): SlaPolicy {
  // Name the unknown priority itself (`policy.targets.critical`), not just its parent object.
  const given = (input as { targets?: unknown } | undefined)?.targets;
  if (typeof given === 'object' && given !== null) {
    const unknown = Object.keys(given).find((key) => !(TICKET_PRIORITIES as readonly string[]).includes(key));
    if (unknown !== undefined) {
      throw new ValidationError([{ path: ['policy', 'targets', unknown], message: `unknown priority "${unknown}": one of ${TICKET_PRIORITIES.join(', ')}`, code: 'invalid_key' }]);
    }
  }
  const parsed = validate(inputSchema, input, ['policy']);
  const clock = parsed.schedule === undefined ? alwaysOpenClock : businessClock(parsed.schedule);
  const targets = Object.freeze(
    Object.fromEntries(
      Object.entries(parsed.targets)
        .filter((entry): entry is [string, SlaTargets] => entry[1] !== undefined)
        .map(([priority, t]) => [priority, Object.freeze(Object.fromEntries(Object.entries(t).filter((e) => e[1] !== undefined)))]),
    ),
  ) as SlaPolicy['targets'];
  const pauseWhile = Object.freeze([...(parsed.pauseWhile ?? ['pending', 'on_hold'])]) as ReadonlyArray<TicketStatus>;
  const policy: SlaPolicy = Object.freeze({ schedule: parsed.schedule, targets, pauseWhile, warnAt: parsed.warnAt ?? 0.75 });
  const ms = (value: number | undefined): number => (value === undefined ? Number.NaN : value * 60_000);
  compiled.set(policy, {
    clock,
    targetMs: TICKET_PRIORITIES.map((p) => {
      const t = targets[p] ?? {};
      return [ms(t.firstReply), ms(t.nextReply), ms(t.resolution)] as const;
    }),
    pauses: TICKET_STATUSES.map((s) => pauseWhile.includes(s)),
    warnAt: policy.warnAt,
  });
  return policy;
}

/** The compiled form of a policy, or a ValidationError naming `policy` when it was not made by defineSlaPolicy. */
export function compiledPolicy(policy: unknown, path: ReadonlyArray<string | number> = ['policy']): CompiledPolicy {
  const found = typeof policy === 'object' && policy !== null ? compiled.get(policy as SlaPolicy) : undefined;
  if (found === undefined) return validate(z.never({ error: 'expected a policy made by defineSlaPolicy()' }), policy, path);
  return found;
}

/**
 * {@link staffingPlan}: agents needed for each hour of the week, from a peak profile and the
 * weekly contact volume, through Erlang C (`agentsNeeded` of `walletdesk/hours`).
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { agentsNeeded, type PeakProfile } from '../hours/index.js';

/** Inputs of {@link staffingPlan}. */
export interface StaffingPlanOptions {
  /** Contacts in an average week. */
  contactsPerWeek: number;
  /** Average handling time, seconds. */
  ahtSeconds: number;
  /** Answer-time target, seconds. */
  targetSeconds: number;
  /** Share answered within the target, strictly between 0 and 1 (0.8 for "80/20"). */
  serviceLevel: number;
  /** Highest acceptable occupancy (0, 1]; none unless given. */
  maxOccupancy?: number;
}

/** Agents per hour of the week. */
export interface StaffingPlan {
  /** Expected contacts in each hour of the week (Monday 00:00 first), summing to `contactsPerWeek`. */
  callsPerHour: number[];
  /** Agents needed in each hour of the week. */
  agents: number[];
  /** The sum of `agents`: agent-hours per week. */
  agentHours: number;
  /** The busiest hour: its index and agents. */
  peak: { hourOfWeek: number; agents: number };
  /** What the plan assumes. */
  assumptions: StaffingPlanOptions & { profile: string };
}

const schema = z.object({
  profile: z.object({ name: z.string(), hourOfWeek: z.array(z.number().finite().nonnegative()).length(168) }).loose(),
  options: z.object({
    contactsPerWeek: z.number().finite().nonnegative(),
    ahtSeconds: z.number().finite().positive(),
    targetSeconds: z.number().finite().nonnegative(),
    serviceLevel: z.number().gt(0).lt(1),
    maxOccupancy: z.number().gt(0).lte(1).optional(),
  }),
});

/**
 * Spreads `contactsPerWeek` over the week by the profile's hour-of-week weights and sizes each
 * hour with Erlang C. Month-end and holiday factors are not applied (it is an average week).
 *
 * @example
 * ```ts
 * import { defaultPeakProfile } from 'walletdesk/hours';
 * import { staffingPlan } from 'walletdesk/insights';
 * const plan = staffingPlan(defaultPeakProfile, { contactsPerWeek: 16800, ahtSeconds: 180, targetSeconds: 20, serviceLevel: 0.8 });
 * plan.agents.length; // => 168
 * plan.agents[10] > plan.agents[3]; // => true
 * ```
 */
export function staffingPlan(profile: PeakProfile, options: StaffingPlanOptions): StaffingPlan {
  const { options: o } = validate(schema, { profile, options }, []);
  const weights = profile.hourOfWeek;
  const total = weights.reduce((s, w) => s + w, 0);
  const callsPerHour = weights.map((w) => (total > 0 ? (o.contactsPerWeek * w) / total : o.contactsPerWeek / 168));
  const agents = callsPerHour.map((calls) =>
    agentsNeeded({
      callsPerHour: calls,
      ahtSeconds: o.ahtSeconds,
      targetSeconds: o.targetSeconds,
      targetServiceLevel: o.serviceLevel,
      ...(o.maxOccupancy === undefined ? {} : { maxOccupancy: o.maxOccupancy }),
    }),
  );
  let peak = 0;
  for (let h = 1; h < 168; h++) if ((agents[h] as number) > (agents[peak] as number)) peak = h;
  return {
    callsPerHour,
    agents,
    agentHours: agents.reduce((s, a) => s + a, 0),
    peak: { hourOfWeek: peak, agents: agents[peak] as number },
    assumptions: { ...o, profile: profile.name } as StaffingPlan['assumptions'],
  };
}

/** The shapes `walletdesk/insights` reads and returns. */
import type { PeakProfile, Schedule } from '../hours/index.js';
import type { SlaMetric, SlaPolicy } from '../sla/index.js';
import type { CategoryId, CategoryKind } from '../taxonomy/index.js';
import type { Ticket, TicketChannel, TicketPriority, TimelineEvent } from '../tickets/index.js';
import type { Percentiles } from './percentiles.js';
import type { StaffingPlan } from './staffing-plan.js';

/** A ticket with its timeline, as `client.get(id)` and `client.timeline(id)` return them. */
export interface TicketWithTimeline {
  /** The ticket; only `id`, `category`, `channel` and `priority` are read. */
  ticket: Pick<Ticket, 'id' | 'category' | 'channel' | 'priority'> & Partial<Ticket>;
  /** Its timeline, oldest first (`created` first). */
  timeline: ReadonlyArray<TimelineEvent>;
}

/** Staffing inputs for {@link SummarizeOptions.staffing}. */
export interface StaffingInputs {
  /** Average handling time of a contact, seconds. */
  ahtSeconds: number;
  /** Answer-time target, seconds (20 for "80/20"). */
  targetSeconds: number;
  /** Share answered within the target, strictly between 0 and 1. */
  serviceLevel: number;
}

/** Options of `summarize`. */
export interface SummarizeOptions {
  /** Start of the period (inclusive): tickets created at or after it. */
  from: Date;
  /** End of the period (exclusive). */
  to: Date;
  /** The IANA zone days and hours of the week are read in. */
  timeZone: string;
  /** Business hours for the business-minute figures; the policy's schedule, else 24/7, when absent. */
  schedule?: Schedule;
  /** An SLA policy, for attainment (and pauses in business resolution time). */
  policy?: SlaPolicy;
  /** The instant events are read up to; `to` when absent. Later replies and solves are not counted. */
  now?: Date;
  /** When given, the summary carries a staffing plan fitted from the period's contacts. */
  staffing?: StaffingInputs;
}

/** A count by key, largest first. */
export interface Count<K extends string = string> {
  key: K;
  count: number;
}

/** Reply or resolution times of the tickets that have one. */
export interface TimeFigures {
  /** Tickets with a reply (or a solve) at or before `now`. */
  count: number;
  /** Minutes while the schedule was open (and, for resolution, outside the policy's pauses). */
  businessMinutes: Percentiles;
  /** Wall-clock minutes from creation. */
  calendarMinutes: Percentiles;
  /** Business minutes in buckets: `upTo` minutes (exclusive), `null` for the last, open bucket. */
  distribution: Array<{ upTo: number | null; count: number }>;
}

/** SLA attainment of one metric. */
export interface Attainment {
  /** Tickets whose metric finished within its target. */
  met: number;
  /** Tickets whose metric breached (finished or not). */
  breached: number;
  /** met / (met + breached), `null` when both are 0. */
  rate: number | null;
}

/** A top category and its change from the previous period of the same length. */
export interface CategoryTrend {
  category: CategoryId;
  count: number;
  previous: number;
  /** (count − previous) / previous; `null` when previous is 0. */
  change: number | null;
}

/** What `summarize` returns. */
export interface Summary {
  period: { from: Date; to: Date; timeZone: string; previousFrom: Date };
  /** Tickets created in the period. */
  tickets: number;
  volume: {
    byCategory: Array<Count<CategoryId>>;
    byKind: Array<Count<CategoryKind>>;
    byChannel: Array<Count<TicketChannel>>;
    byPriority: Array<Count<TicketPriority>>;
    /** Every local day of the period, in order, zero days included. */
    byDay: Array<{ date: string; count: number }>;
  };
  /** Tickets created per local hour of the week: index = weekday × 24 + hour, Monday 00:00 first. */
  heatmap: number[];
  firstReply: TimeFigures;
  resolution: TimeFigures;
  /** With a policy: attainment per metric; `undefined` without one. */
  sla: Record<SlaMetric, Attainment> | undefined;
  csat: {
    good: number;
    bad: number;
    /** good / (good + bad), `null` without ratings. */
    score: number | null;
    /** Solved tickets (at `now`). */
    solved: number;
    /** Rated / solved, `null` without solved tickets. */
    responseRate: number | null;
  };
  /** Tickets reopened after a solve / tickets ever solved; `null` without solved tickets. */
  reopenRate: number | null;
  /** Tickets with an escalation / tickets; `null` without tickets. */
  escalationRate: number | null;
  /** The five largest categories with their change from the previous period. */
  topCategories: CategoryTrend[];
  /** With `staffing` inputs and tickets: the hour-of-week contact profile fitted from the period. */
  profile: PeakProfile | undefined;
  /** With `staffing` inputs and tickets: agents needed per hour of the week. */
  staffing: StaffingPlan | undefined;
}

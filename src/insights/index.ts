/**
 * Support insights from tickets and their timelines: {@link summarize} (volumes, heatmap, reply
 * and resolution times in business and calendar minutes, SLA attainment, CSAT, reopen and
 * escalation rates, top categories), {@link fitProfile} and {@link staffingPlan} for when the
 * peaks are and how many agents each hour needs, and {@link renderReport} for a self-contained
 * HTML report with inline SVG charts, in English or Chinese.
 *
 * @module
 */
export { fitProfile } from './fit-profile.js';
export { type RenderReportOptions, renderReport } from './report/render-report.js';
export type { ReportLang } from './report/labels.js';
export { type StaffingPlan, type StaffingPlanOptions, staffingPlan } from './staffing-plan.js';
export { summarize } from './summarize.js';
export type { Attainment, CategoryTrend, Count, StaffingInputs, SummarizeOptions, Summary, TicketWithTimeline, TimeFigures } from './types.js';
export type { Percentiles } from './percentiles.js';

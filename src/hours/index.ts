/**
 * Service hours, holiday calendars, peak times and staffing for a wallet help line.
 *
 * - {@link defineSchedule} a line's hours in its IANA zone, with dated overrides and a holiday
 *   calendar; ask {@link isOpen}, {@link nextOpening}, {@link nextClosing}, {@link openIntervals}.
 * - {@link chinaMainland}: mainland China's holidays and make-up workdays (调休) from the State
 *   Council notices (strict: throws outside them); {@link chinaMainlandEstimated} answers for every
 *   date, estimating the statutory holidays beyond the notices, for anything a user sees;
 *   {@link holidayEstimate} says when an answer rests on estimated dates; {@link extendCalendar}
 *   adds a newly published year; {@link holidayCalendarFromDates} for any other region.
 * - {@link defaultPeakProfile}, {@link fitProfile} and {@link bestTimeToContact} for when to call.
 * - {@link erlangC} and {@link agentsNeeded} for how many agents a queue needs.
 *
 * Everything is pure: time comes in as arguments, and the host time zone is never read.
 *
 * @module
 */
export { type BestTimeOptions, bestTimeToContact, type ContactReason, type ContactReasonCode, type ContactWindow } from './best-time.js';
export { type DayInfo, type DayType, type HolidayCalendar, type HolidayCalendarFromDatesOptions, holidayCalendarFromDates } from './calendar.js';
export { type Weekday, WEEKDAYS } from '../taxonomy/index.js';
export { type AgentsNeededInput, agentsNeeded, type ErlangCInput, type ErlangCResult, erlangC } from './erlang.js';
export { type ChinaMainlandCalendar, chinaMainland, chinaMainlandNotices, type HolidayBlock, type HolidayNotice } from './holidays-cn.js';
export { type CalendarExtension, extendCalendar } from './extend-calendar.js';
export { type HolidayEstimate, holidayEstimate } from './holiday-estimate.js';
export { type ChinaMainlandEstimatedCalendar, chinaMainlandEstimated } from './holidays-cn-estimated.js';
export type { StatutoryHoliday } from './statutory-cn.js';
export { isOpen, nextClosing, nextOpening, type OpenInterval, openIntervals } from './open-periods.js';
export {
  defaultPeakProfile,
  type ExpectedLoadOptions,
  expectedLoad,
  type FitProfileOptions,
  fitProfile,
  type PeakProfile,
} from './peak-profile.js';
export { defineSchedule, type Schedule, type ScheduleInput, type ScheduleOverride, type Slot, type WallTime, type WeeklyHours } from './schedule.js';

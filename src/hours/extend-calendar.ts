/**
 * {@link extendCalendar}: add a newly published year of official holiday data to a calendar at run
 * time, so a help desk can take the State Council's notice the day it is out, without waiting for a
 * walletdesk release. `scripts/cn-calendar-data.ts notice --year YYYY` prints the input from a newer
 * `chinese-days` release.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { OutOfCoverageError, ValidationError } from '../errors/index.js';
import { type DayInfo, type DayType, type HolidayCalendar, requireCivilDate } from './calendar.js';
import { WEEKDAYS } from '../taxonomy/index.js';
import { formatCivilDate, parseCivilDate, weekdayIndex } from './civil-date.js';
import { buildChinaMainland, type ChinaMainlandCalendar, type HolidayBlock, type HolidayNotice } from './holidays-cn.js';
import { buildChinaMainlandEstimated, type ChinaMainlandEstimatedCalendar } from './holidays-cn-estimated.js';

/** One year of official holiday data for {@link extendCalendar}. */
export interface CalendarExtension {
  /** The year the data arranges; for a calendar with coverage, the year right after it. */
  year: number;
  /** Days off: single dates, or blocks with the festival's name (`{ name: '春节', from, to }`). */
  holidays: ReadonlyArray<string | { name: string; nameEn?: string; from: string; to: string }>;
  /** Weekend days worked in exchange (调休上班). */
  workdays?: ReadonlyArray<string>;
  /** Where the data comes from and when it was checked; `document` and `published` for a notice. */
  source: { url: string; checkedAt: string; document?: string; published?: string };
}

const civilDate = z.string().refine((s) => parseCivilDate(s) !== undefined, 'expected a real date as YYYY-MM-DD');
const extensionSchema = z.object({
  year: z.number().int().min(1900).max(9999),
  holidays: z.array(
    z.union([
      civilDate,
      z
        .strictObject({ name: z.string().min(1), nameEn: z.string().optional(), from: civilDate, to: civilDate })
        .refine((b) => b.from <= b.to, { message: 'from must not be after to', path: ['to'] }),
    ]),
  ),
  workdays: z.array(civilDate).optional(),
  source: z.strictObject({
    url: z.url({ protocol: /^https?$/ }),
    checkedAt: civilDate,
    document: z.string().optional(),
    published: civilDate.optional(),
  }),
});

const calendarSchema = z.custom<HolidayCalendar>(
  (v) => typeof v === 'object' && v !== null && typeof (v as HolidayCalendar).dayType === 'function' && Array.isArray((v as HolidayCalendar).weekend),
  'expected a HolidayCalendar (an object with dayType(date) and weekend)',
);

function issue(path: ReadonlyArray<string | number>, message: string): never {
  throw new ValidationError([{ path: ['extension', ...path], message, code: 'custom' }]);
}

type Parsed = z.output<typeof extensionSchema>;

/** The extension as a notice, its dates checked against its year. */
function toNotice(e: Parsed): HolidayNotice {
  const inYear = (date: string) => date.startsWith(`${e.year}-`) || date.startsWith(`${e.year - 1}-12-`);
  const holidays: HolidayBlock[] = [];
  e.holidays.forEach((h, i) => {
    const block = typeof h === 'string' ? { name: '法定节假日', nameEn: 'Public holiday', from: h, to: h } : { name: h.name, nameEn: h.nameEn ?? h.name, from: h.from, to: h.to };
    if (!inYear(block.from) || !inYear(block.to)) issue(['holidays', i], `expected dates in ${e.year} (or late December ${e.year - 1})`);
    holidays.push(Object.freeze(block));
  });
  holidays.sort((a, b) => (a.from < b.from ? -1 : 1));
  const off = new Set<string>();
  for (const block of holidays) {
    for (let d = parseCivilDate(block.from) as number; d <= (parseCivilDate(block.to) as number); d++) off.add(formatCivilDate(d));
  }
  const workdays = [...(e.workdays ?? [])].sort();
  (e.workdays ?? []).forEach((date, i) => {
    if (!inYear(date)) issue(['workdays', i], `expected a date in ${e.year} (or late December ${e.year - 1})`);
    if (off.has(date)) issue(['workdays', i], `${date} is also listed as a holiday`);
  });
  return Object.freeze({
    year: e.year,
    document: e.source.document ?? '',
    published: e.source.published ?? e.source.checkedAt,
    url: e.source.url,
    checkedAt: e.source.checkedAt,
    holidays: Object.freeze(holidays),
    makeUpWorkdays: Object.freeze(workdays),
  });
}

function nextYearOf(coverageTo: string, year: number): void {
  if (Number(coverageTo.slice(0, 4)) + 1 !== year || !coverageTo.endsWith('-12-31')) {
    issue(['year'], `expected ${Number(coverageTo.slice(0, 4)) + 1}, the year after the calendar's coverage (to ${coverageTo})`);
  }
}

function isEstimatedCN(c: HolidayCalendar): c is ChinaMainlandEstimatedCalendar {
  return 'noticeCoverage' in c && Array.isArray((c as ChinaMainlandEstimatedCalendar).notices);
}

function isStrictCN(c: HolidayCalendar): c is ChinaMainlandCalendar {
  return !('noticeCoverage' in c) && Array.isArray((c as ChinaMainlandCalendar).notices) && typeof (c as ChinaMainlandCalendar).holidayOn === 'function';
}

/** A calendar that answers `year` from the notice and everything else from `base`. */
function overlay(base: HolidayCalendar, notice: HolidayNotice): HolidayCalendar {
  const holidays = new Map<string, string>();
  for (const block of notice.holidays) {
    for (let d = parseCivilDate(block.from) as number; d <= (parseCivilDate(block.to) as number); d++) holidays.set(formatCivilDate(d), block.name);
  }
  const workdays = new Set(notice.makeUpWorkdays);
  const weekend = new Set(base.weekend.map((d) => WEEKDAYS.indexOf(d)));
  const from = `${notice.year}-01-01`;
  const to = `${notice.year}-12-31`;
  const coverage = base.coverage === null ? null : Object.freeze({ from: base.coverage.from, to });
  const own = (date: string) => (date >= from && date <= to) || holidays.has(date) || workdays.has(date);
  const typeOf = (date: string, day: number): DayType => {
    if (holidays.has(date)) return 'holiday';
    if (workdays.has(date)) return 'workday';
    return weekend.has(weekdayIndex(day)) ? 'restday' : 'workday';
  };
  const dayType = (date: string): DayType => {
    const day = requireCivilDate(date);
    if (own(date)) return typeOf(date, day);
    if (coverage !== null && (date < coverage.from || date > coverage.to)) throw new OutOfCoverageError(date, coverage, base.name);
    return base.dayType(date);
  };
  return Object.freeze({
    name: base.name,
    coverage,
    weekend: base.weekend,
    dayType,
    dayInfo(date: string): DayInfo {
      const day = requireCivilDate(date);
      const name = holidays.get(date);
      if (name !== undefined) return { type: 'holiday', estimated: false, name };
      if (own(date)) return { type: typeOf(date, day), estimated: false };
      if (base.dayInfo !== undefined) return base.dayInfo(date);
      return { type: dayType(date), estimated: false };
    },
  });
}

/**
 * A new calendar: `calendar` plus one more year of official data, e.g. the State Council's notice
 * for 2027 the day it is published. On {@link chinaMainland} the result is a strict calendar
 * covering that year too; on `chinaMainlandEstimated` the year stops being an estimate. Any other
 * calendar answers the year from the data and everything else as before. The input calendar is not
 * changed. Throws ValidationError naming the field (`extension.year` when the year is not the one
 * right after a calendar's coverage, a date outside the year, a workday that is also a holiday).
 *
 * @example
 * ```ts
 * import { chinaMainlandEstimated, extendCalendar } from 'walletdesk/hours';
 * // Illustrative data: use the real notice's dates and URL.
 * const cn = extendCalendar(chinaMainlandEstimated, {
 *   year: 2027,
 *   holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
 *   workdays: [],
 *   source: { url: 'https://www.gov.cn/zhengce/', checkedAt: '2026-12-02' },
 * });
 * cn.dayInfo('2027-01-02'); // => { type: 'holiday', estimated: false, name: '元旦' }
 * chinaMainlandEstimated.dayInfo('2027-01-02').estimated; // => true
 * ```
 */
export function extendCalendar(calendar: ChinaMainlandEstimatedCalendar, extension: CalendarExtension): ChinaMainlandEstimatedCalendar;
export function extendCalendar(calendar: ChinaMainlandCalendar, extension: CalendarExtension): ChinaMainlandCalendar;
export function extendCalendar(calendar: HolidayCalendar, extension: CalendarExtension): HolidayCalendar;
export function extendCalendar(calendar: HolidayCalendar, extension: CalendarExtension): HolidayCalendar {
  validate(calendarSchema, calendar, ['calendar']);
  const parsed = validate(extensionSchema, extension, ['extension']);
  const coverageTo = isEstimatedCN(calendar) ? calendar.noticeCoverage.to : calendar.coverage?.to;
  if (coverageTo !== undefined) nextYearOf(coverageTo, parsed.year);
  const notice = toNotice(parsed);
  if (isEstimatedCN(calendar)) return buildChinaMainlandEstimated(buildChinaMainland([...calendar.notices, notice]));
  if (isStrictCN(calendar)) return buildChinaMainland([...calendar.notices, notice]);
  return overlay(calendar, notice);
}

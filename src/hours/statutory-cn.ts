/**
 * Mainland China's statutory public holidays (全体公民放假的节日) as the law in force in each year
 * fixes them, before any yearly 调休 arrangement: the days `chinaMainlandEstimated` closes once the
 * State Council notices run out.
 *
 * The law is the 全国年节及纪念日放假办法 (1949), as amended by State Council decrees:
 * - 1999-09-18 (in force 2000–2007): 元旦 1 day; 春节 初一–初三; 劳动节 1–3 May; 国庆节 1–3 Oct.
 * - 2007-12-14 (2008–2013): adds 清明, 端午, 中秋 (1 day each); 春节 除夕–初二; 劳动节 1 May only.
 * - 2013-12-11 (2014–2024): 春节 初一–初三.
 * - 2024-11-10, 国务院令第795号 (from 2025-01-01): 春节 4 days, 除夕–初三; 劳动节 1–2 May.
 *   https://www.gov.cn/zhengce/content/202411/content_6986380.htm (checked 2026-12-02 against the
 *   decree text as republished; the 2025 notice of the same day, content_6986382, applies it).
 *
 * 除夕 is the last day of the twelfth lunar month, i.e. the day before 正月初一 (腊月廿九 in a short
 * month, as in 2027). Lunar dates and 清明 come from `data/cn-festival-dates.ts` (the Hong Kong
 * Observatory's conversion table, 2000–2100); never from `Intl`'s chinese calendar, which puts
 * 2027's and 2030's 正月初一 a day off. Outside 2000–2100 only the fixed-date holidays of the law
 * in force are known (none before 2000).
 */
import { formatCivilDate, parseCivilDate } from './civil-date.js';
import { FESTIVAL_DATES, FESTIVAL_FIRST_YEAR } from './data/cn-festival-dates.js';

/** One statutory holiday day. */
export interface StatutoryHoliday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The festival's Chinese name, e.g. `'春节'`. */
  readonly name: string;
  /** Its English name. */
  readonly nameEn: string;
}

/** The law in force from a year on. */
interface Law {
  readonly from: number;
  /** Spring Festival: days relative to 正月初一 (−1 = 除夕). */
  readonly springFestival: ReadonlyArray<number>;
  /** Days of May off from the 1st. */
  readonly labourDays: number;
  /** Whether 清明, 端午 and 中秋 are holidays. */
  readonly traditional: boolean;
}

const LAWS: ReadonlyArray<Law> = [
  { from: 2025, springFestival: [-1, 0, 1, 2], labourDays: 2, traditional: true },
  { from: 2014, springFestival: [0, 1, 2], labourDays: 1, traditional: true },
  { from: 2008, springFestival: [-1, 0, 1], labourDays: 1, traditional: true },
  { from: 2000, springFestival: [0, 1, 2], labourDays: 3, traditional: false },
];

const NAMES = {
  newYear: ['元旦', "New Year's Day"],
  spring: ['春节', 'Spring Festival'],
  qingming: ['清明节', 'Qingming Festival'],
  labour: ['劳动节', 'Labour Day'],
  dragonBoat: ['端午节', 'Dragon Boat Festival'],
  midAutumn: ['中秋节', 'Mid-Autumn Festival'],
  national: ['国庆节', 'National Day'],
} as const;

const cache = new Map<number, ReadonlyArray<StatutoryHoliday>>();

function dayOf(year: number, mmdd: string): number {
  return parseCivilDate(`${String(year).padStart(4, '0')}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`) as number;
}

/**
 * The statutory holiday days of a Gregorian year under the law in force that year, in date order.
 * A day that is two festivals at once (中秋 on 1 October) is listed once, with both names.
 */
export function statutoryHolidaysCN(year: number): ReadonlyArray<StatutoryHoliday> {
  const cached = cache.get(year);
  if (cached !== undefined) return cached;
  const law = LAWS.find((l) => year >= l.from);
  const days = new Map<number, { name: string; nameEn: string }>();
  const add = (day: number, [name, nameEn]: readonly [string, string]) => {
    const existing = days.get(day);
    days.set(day, existing ? { name: `${existing.name}、${name}`, nameEn: `${existing.nameEn} and ${nameEn}` } : { name, nameEn });
  };
  if (law !== undefined) {
    add(dayOf(year, '0101'), NAMES.newYear);
    for (let d = 1; d <= law.labourDays; d++) add(dayOf(year, `050${d}`), NAMES.labour);
    for (let d = 1; d <= 3; d++) add(dayOf(year, `100${d}`), NAMES.national);
    const row = FESTIVAL_DATES[year - FESTIVAL_FIRST_YEAR];
    if (row !== undefined) {
      const [newYear = '', qingming = '', dragonBoat = '', midAutumn = ''] = row.split(' ');
      const first = dayOf(year, newYear);
      // 除夕 can fall in the previous Gregorian year only if 正月初一 were 1 January, which the
      // table never has (the earliest is 21 January); it stays inside `year`.
      for (const offset of law.springFestival) add(first + offset, NAMES.spring);
      if (law.traditional) {
        add(dayOf(year, qingming), NAMES.qingming);
        add(dayOf(year, dragonBoat), NAMES.dragonBoat);
        add(dayOf(year, midAutumn), NAMES.midAutumn);
      }
    }
  }
  const list = Object.freeze(
    [...days.entries()].sort((a, b) => a[0] - b[0]).map(([day, n]) => Object.freeze({ date: formatCivilDate(day), name: n.name, nameEn: n.nameEn })),
  );
  cache.set(year, list);
  return list;
}

/** Whether the lunar festivals of `year` are known (the table's years). */
export function hasFestivalDates(year: number): boolean {
  return year >= FESTIVAL_FIRST_YEAR && year < FESTIVAL_FIRST_YEAR + FESTIVAL_DATES.length;
}

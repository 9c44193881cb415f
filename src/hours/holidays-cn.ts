/**
 * Mainland China's public holidays and make-up working days (调休上班), carried as data from the
 * State Council General Office's yearly notices (国务院办公厅关于XXXX年部分节假日安排的通知).
 * Every day inside an official holiday block, weekends included, is a `'holiday'`; the weekend days
 * the notice says to work are `'workday'`. Dates are civil dates in Asia/Shanghai.
 *
 * Each notice carries its gov.cn address and the date it was last checked. The data was checked on
 * 2026-11-24 against the published notice texts and cross-checked day by day against the
 * `chinese-days` package (see test/hours/holidays-cn.test.ts). Add a year when the State Council
 * publishes it (usually in November of the year before).
 */
import { OutOfCoverageError } from '../errors/index.js';
import { type DayInfo, type DayType, type HolidayCalendar, requireCivilDate } from './calendar.js';
import { formatCivilDate, parseCivilDate, weekdayIndex } from './civil-date.js';

/** One holiday block of a notice: every date from `from` to `to` inclusive is a day off. */
export interface HolidayBlock {
  /** The festival's Chinese name, as the notice writes it, e.g. `'国庆节'`. */
  readonly name: string;
  /** The festival's English name. */
  readonly nameEn: string;
  /** First day off, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day off, `YYYY-MM-DD`, inclusive. */
  readonly to: string;
}

/** One year's State Council holiday notice, as data. */
export interface HolidayNotice {
  /** The year the notice arranges. */
  readonly year: number;
  /** The document number, e.g. `'国办发明电〔2025〕7号'`. */
  readonly document: string;
  /** The date the notice was issued. */
  readonly published: string;
  /** The notice on www.gov.cn. */
  readonly url: string;
  /** When this entry was last compared with the notice. */
  readonly checkedAt: string;
  /** Holiday blocks, in date order. */
  readonly holidays: ReadonlyArray<HolidayBlock>;
  /** Weekend days worked in exchange (调休上班), `YYYY-MM-DD`. */
  readonly makeUpWorkdays: ReadonlyArray<string>;
  /** Later notices that changed this year's arrangement. */
  readonly amendments?: ReadonlyArray<{ readonly document: string; readonly url: string; readonly published: string; readonly change: string }>;
}

const CHECKED = '2026-11-24';
const b = (name: string, nameEn: string, from: string, to: string): HolidayBlock => ({ name, nameEn, from, to });

/** The State Council holiday notices for 2020–2026, the data behind {@link chinaMainland}. */
export const chinaMainlandNotices: ReadonlyArray<HolidayNotice> = [
  {
    year: 2020,
    document: '国办发明电〔2019〕16号',
    published: '2019-11-21',
    url: 'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
    checkedAt: CHECKED,
    holidays: [
      b('元旦', "New Year's Day", '2020-01-01', '2020-01-01'),
      b('春节', 'Spring Festival', '2020-01-24', '2020-02-02'),
      b('清明节', 'Qingming Festival', '2020-04-04', '2020-04-06'),
      b('劳动节', 'Labour Day', '2020-05-01', '2020-05-05'),
      b('端午节', 'Dragon Boat Festival', '2020-06-25', '2020-06-27'),
      b('国庆节、中秋节', 'National Day and Mid-Autumn Festival', '2020-10-01', '2020-10-08'),
    ],
    makeUpWorkdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
    amendments: [
      {
        document: '国办发明电〔2020〕1号',
        url: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
        published: '2020-01-26',
        change: 'Spring Festival extended to 2 February (COVID-19); the 1 February make-up workday was cancelled.',
      },
    ],
  },
  {
    year: 2021,
    document: '国办发明电〔2020〕27号',
    published: '2020-11-25',
    url: 'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
    checkedAt: CHECKED,
    holidays: [
      b('元旦', "New Year's Day", '2021-01-01', '2021-01-03'),
      b('春节', 'Spring Festival', '2021-02-11', '2021-02-17'),
      b('清明节', 'Qingming Festival', '2021-04-03', '2021-04-05'),
      b('劳动节', 'Labour Day', '2021-05-01', '2021-05-05'),
      b('端午节', 'Dragon Boat Festival', '2021-06-12', '2021-06-14'),
      b('中秋节', 'Mid-Autumn Festival', '2021-09-19', '2021-09-21'),
      b('国庆节', 'National Day', '2021-10-01', '2021-10-07'),
    ],
    makeUpWorkdays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  },
  {
    year: 2022,
    document: '国办发明电〔2021〕11号',
    published: '2021-10-25',
    url: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
    checkedAt: CHECKED,
    holidays: [
      b('元旦', "New Year's Day", '2022-01-01', '2022-01-03'),
      b('春节', 'Spring Festival', '2022-01-31', '2022-02-06'),
      b('清明节', 'Qingming Festival', '2022-04-03', '2022-04-05'),
      b('劳动节', 'Labour Day', '2022-04-30', '2022-05-04'),
      b('端午节', 'Dragon Boat Festival', '2022-06-03', '2022-06-05'),
      b('中秋节', 'Mid-Autumn Festival', '2022-09-10', '2022-09-12'),
      b('国庆节', 'National Day', '2022-10-01', '2022-10-07'),
    ],
    makeUpWorkdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  },
  {
    year: 2023,
    document: '国办发明电〔2022〕16号',
    published: '2022-12-08',
    url: 'http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
    checkedAt: CHECKED,
    holidays: [
      b('元旦', "New Year's Day", '2022-12-31', '2023-01-02'),
      b('春节', 'Spring Festival', '2023-01-21', '2023-01-27'),
      b('清明节', 'Qingming Festival', '2023-04-05', '2023-04-05'),
      b('劳动节', 'Labour Day', '2023-04-29', '2023-05-03'),
      b('端午节', 'Dragon Boat Festival', '2023-06-22', '2023-06-24'),
      b('中秋节、国庆节', 'Mid-Autumn Festival and National Day', '2023-09-29', '2023-10-06'),
    ],
    makeUpWorkdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  {
    year: 2024,
    document: '国办发明电〔2023〕7号',
    published: '2023-10-25',
    url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
    checkedAt: CHECKED,
    holidays: [
      b('元旦', "New Year's Day", '2024-01-01', '2024-01-01'),
      b('春节', 'Spring Festival', '2024-02-10', '2024-02-17'),
      b('清明节', 'Qingming Festival', '2024-04-04', '2024-04-06'),
      b('劳动节', 'Labour Day', '2024-05-01', '2024-05-05'),
      b('端午节', 'Dragon Boat Festival', '2024-06-10', '2024-06-10'),
      b('中秋节', 'Mid-Autumn Festival', '2024-09-15', '2024-09-17'),
      b('国庆节', 'National Day', '2024-10-01', '2024-10-07'),
    ],
    makeUpWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  {
    year: 2025,
    document: '国办发明电〔2024〕12号',
    published: '2024-11-12',
    url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    checkedAt: CHECKED,
    holidays: [
      b('元旦', "New Year's Day", '2025-01-01', '2025-01-01'),
      b('春节', 'Spring Festival', '2025-01-28', '2025-02-04'),
      b('清明节', 'Qingming Festival', '2025-04-04', '2025-04-06'),
      b('劳动节', 'Labour Day', '2025-05-01', '2025-05-05'),
      b('端午节', 'Dragon Boat Festival', '2025-05-31', '2025-06-02'),
      b('国庆节、中秋节', 'National Day and Mid-Autumn Festival', '2025-10-01', '2025-10-08'),
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    document: '国办发明电〔2025〕7号',
    published: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
    checkedAt: CHECKED,
    holidays: [
      b('元旦', "New Year's Day", '2026-01-01', '2026-01-03'),
      b('春节', 'Spring Festival', '2026-02-15', '2026-02-23'),
      b('清明节', 'Qingming Festival', '2026-04-04', '2026-04-06'),
      b('劳动节', 'Labour Day', '2026-05-01', '2026-05-05'),
      b('端午节', 'Dragon Boat Festival', '2026-06-19', '2026-06-21'),
      b('中秋节', 'Mid-Autumn Festival', '2026-09-25', '2026-09-27'),
      b('国庆节', 'National Day', '2026-10-01', '2026-10-07'),
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

/** The mainland China calendar: {@link HolidayCalendar} plus the holiday's name for a date. */
export interface ChinaMainlandCalendar extends HolidayCalendar {
  /** The range of civil dates the built-in notices cover. */
  readonly coverage: { readonly from: string; readonly to: string };
  /** The notices behind it, in year order (the built-in ones plus any added with `extendCalendar`). */
  readonly notices: ReadonlyArray<HolidayNotice>;
  /**
   * The holiday block a date falls in (its Chinese and English names and the notice), or `undefined`
   * on an ordinary day. Throws OutOfCoverageError outside the coverage.
   */
  holidayOn(date: string): (HolidayBlock & { readonly notice: HolidayNotice }) | undefined;
  /** The day's type and holiday name; `estimated` is always false. Throws OutOfCoverageError outside the coverage. */
  dayInfo(date: string): DayInfo;
}

/** Internal: builds the strict calendar from notices in year order, one per year, without gaps. */
export function buildChinaMainland(notices: ReadonlyArray<HolidayNotice>): ChinaMainlandCalendar {
  const holidays = new Map<string, HolidayBlock & { notice: HolidayNotice }>();
  const workdays = new Set<string>();
  for (const notice of notices) {
    for (const block of notice.holidays) {
      const last = parseCivilDate(block.to) as number;
      for (let day = parseCivilDate(block.from) as number; day <= last; day++) holidays.set(formatCivilDate(day), { ...block, notice });
    }
    for (const date of notice.makeUpWorkdays) workdays.add(date);
  }
  const coverage = Object.freeze({ from: `${notices[0]?.year}-01-01`, to: `${notices.at(-1)?.year}-12-31` });
  const check = (date: string): number => {
    const day = requireCivilDate(date);
    if (date < coverage.from || date > coverage.to) throw new OutOfCoverageError(date, coverage, 'CN');
    return day;
  };
  const typeOf = (date: string, day: number): DayType => {
    if (holidays.has(date)) return 'holiday';
    if (workdays.has(date)) return 'workday';
    return weekdayIndex(day) >= 5 ? 'restday' : 'workday';
  };
  return Object.freeze({
    name: 'CN',
    coverage,
    notices: Object.freeze([...notices]),
    weekend: Object.freeze(['sat', 'sun'] as const),
    dayType(date: string): DayType {
      return typeOf(date, check(date));
    },
    dayInfo(date: string): DayInfo {
      const type = typeOf(date, check(date));
      const block = holidays.get(date);
      return block !== undefined ? { type, estimated: false, name: block.name } : { type, estimated: false };
    },
    holidayOn(date: string) {
      check(date);
      return holidays.get(date);
    },
  });
}

/**
 * Mainland China's official calendar, 2020–2026: public holiday blocks and make-up working days
 * (调休) from the State Council notices ({@link chinaMainlandNotices}). `dayType` takes a civil date
 * in Asia/Shanghai and throws `OutOfCoverageError` outside {@link ChinaMainlandCalendar.coverage}
 * rather than guessing. For anything a user sees (help screens, advice), use
 * {@link chinaMainlandEstimated}, which answers for every date and flags the estimated ones.
 *
 * @example
 * ```ts
 * import { chinaMainland } from 'walletdesk/hours';
 * chinaMainland.dayType('2026-10-01'); // => 'holiday'
 * chinaMainland.dayType('2026-10-04'); // => 'holiday'
 * chinaMainland.dayType('2026-10-10'); // => 'workday'
 * chinaMainland.dayType('2026-10-11'); // => 'restday'
 * chinaMainland.holidayOn('2026-10-01')?.name; // => '国庆节'
 * chinaMainland.coverage; // => { from: '2020-01-01', to: '2026-12-31' }
 * ```
 */
export const chinaMainland: ChinaMainlandCalendar = /* @__PURE__ */ buildChinaMainland(chinaMainlandNotices);


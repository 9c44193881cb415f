/**
 * {@link renderReport}: one self-contained HTML page from a {@link Summary}: inline SVG charts and
 * inline CSS, no scripts and no network fetch (a Content-Security-Policy of `default-src 'none'`
 * makes sure of it), in English or Chinese.
 */
import { z } from 'zod';
import { validate } from '../../_internal/validate.js';
import { SLA_METRICS } from '../../sla/index.js';
import { getCategory } from '../../taxonomy/index.js';
import { civilDate, civilDay, localClock } from '../local-time.js';
import type { Summary } from '../types.js';
import { LABELS, type Labels, type ReportLang } from './labels.js';
import { esc, heatmapGrid, horizontalBars, verticalBars } from './svg.js';

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** Language of the page. */
  lang: ReportLang;
  /**
   * Agents on today's roster, per local hour: 24 numbers (the same every day) or 168 (Monday 00:00
   * first). Drawn against the staffing plan.
   */
  roster?: ReadonlyArray<number>;
}

const optionsSchema = z.object({
  lang: z.enum(['en', 'zh']),
  roster: z
    .array(z.number().finite().nonnegative())
    .refine((r) => r.length === 24 || r.length === 168, 'expected 24 hourly figures or 168 (one per hour of the week)')
    .optional(),
});

const CSS = `body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#0f172a;background:#fff;max-width:1100px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #e2e8f0;padding-bottom:4px}
.muted{color:#64748b}.kpis{display:flex;flex-wrap:wrap;gap:12px}.kpi{border:1px solid #e2e8f0;border-radius:8px;padding:10px 14px;min-width:150px}
.kpi b{display:block;font-size:20px}figure{margin:8px 0 16px}figcaption{font-size:13px;color:#475569;margin-top:4px}
svg{max-width:100%;height:auto;font-size:11px;fill:#0f172a}table{border-collapse:collapse;font-size:13px;margin:4px 0 12px}
td,th{border:1px solid #e2e8f0;padding:4px 10px;text-align:left}th{background:#f8fafc}.row{display:flex;flex-wrap:wrap;gap:28px}
.up{color:#b91c1c}.down{color:#15803d}.nodata{font-size:18px;padding:40px 0}`;

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const num = (n: number) => n.toLocaleString('en-US');

function categoryName(id: string, lang: ReportLang): string {
  return getCategory(id)?.name[lang] ?? id;
}

function page(l: Labels, lang: ReportLang, summary: Summary, body: string): string {
  // The period's dates as they read in its zone (a Shanghai month starts at 16:00 UTC the day before).
  const clock = localClock(summary.period.timeZone);
  const fmt = (d: Date) => civilDate(civilDay(clock.localMs(d.getTime())));
  const to = new Date(summary.period.to.getTime() - 1);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(l.title)}</title><style>${CSS}</style></head>
<body><header><h1>${esc(l.title)}</h1><div class="muted">${esc(l.period)}: ${esc(fmt(summary.period.from))} – ${esc(fmt(to))} (${esc(summary.period.timeZone)})</div></header>
${body}
<footer class="muted"><p>${esc(l.generated)}</p></footer></body></html>
`;
}

function kpi(label: string, value: string, sub = ''): string {
  return `<div class="kpi"><span class="muted">${esc(label)}</span><b>${esc(value)}</b>${sub ? `<span class="muted">${esc(sub)}</span>` : ''}</div>`;
}

function table(head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, attrs = ''): string {
  return `<table${attrs}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function figure(name: string, caption: string, svg: string): string {
  return `<figure class="chart" data-chart="${name}">${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/**
 * Renders a summary as one self-contained HTML page: key figures, the hour-of-week heatmap,
 * volume by category and by day, the first-reply time distribution, SLA attainment, CSAT, the
 * staffing plan against `roster` when one is given, and the top categories against the previous
 * period. A summary without tickets renders a page that says there is no data.
 *
 * @example
 * ```ts
 * import { renderReport, summarize } from 'walletdesk/insights';
 * const summary = summarize([], { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), timeZone: 'UTC' });
 * const html = renderReport(summary, { lang: 'zh' });
 * html.includes('没有数据'); // => true
 * html.includes('<script'); // => false
 * ```
 */
export function renderReport(summary: Summary, options: RenderReportOptions): string {
  const o = validate(optionsSchema, options, ['options']);
  validate(z.object({ tickets: z.number(), period: z.object({ from: z.date(), to: z.date() }).loose() }).loose(), summary, ['summary']);
  const lang = o.lang;
  const l = LABELS[lang];
  if (summary.tickets === 0) return page(l, lang, summary, `<main><p class="nodata" data-empty="true">${esc(l.noData)}</p></main>`);

  const fr = summary.firstReply;
  const res = summary.resolution;
  const time = (v: number | null) => (v === null ? '—' : l.minutes(v));
  const kpis = `<section><h2>${esc(l.kpis)}</h2><div class="kpis">${[
    kpi(l.tickets, num(summary.tickets)),
    kpi(`${l.firstReply} p50 / p90`, `${time(fr.businessMinutes.p50)} / ${time(fr.businessMinutes.p90)}`, `${l.business}; ${l.calendar}: ${time(fr.calendarMinutes.p50)} / ${time(fr.calendarMinutes.p90)}`),
    kpi(`${l.resolution} p50 / p90`, `${time(res.businessMinutes.p50)} / ${time(res.businessMinutes.p90)}`, `${l.business}; ${l.calendar}: ${time(res.calendarMinutes.p50)} / ${time(res.calendarMinutes.p90)}`),
    kpi(l.csat, pct(summary.csat.score), `${l.responseRate} ${pct(summary.csat.responseRate)}`),
    kpi(l.reopenRate, pct(summary.reopenRate)),
    kpi(l.escalationRate, pct(summary.escalationRate)),
  ].join('')}</div></section>`;

  const heat = figure('heatmap', `${l.heatmap} (${summary.period.timeZone})`, heatmapGrid(summary.heatmap, l.weekdays, l.heatmap));
  const categories = figure(
    'volume-by-category',
    l.byCategory,
    horizontalBars(
      summary.volume.byCategory.map((c) => ({ label: categoryName(c.key, lang), value: c.count, text: num(c.count) })),
      { label: l.byCategory },
    ),
  );
  const days = figure(
    'volume-by-day',
    l.byDay,
    verticalBars(
      summary.volume.byDay.map((d) => ({ label: d.date.slice(8), value: d.count, title: `${d.date}: ${d.count}` })),
      { label: l.byDay, labelEvery: summary.volume.byDay.length > 16 ? 2 : 1 },
    ),
  );
  const distribution = figure(
    'reply-time-distribution',
    l.replyDistribution,
    verticalBars(
      fr.distribution.map((b, i) => {
        const label = b.upTo === null ? l.over((fr.distribution[i - 1]?.upTo as number | undefined) ?? 0) : l.under(b.upTo);
        return { label, value: b.count, title: `${label}: ${b.count}` };
      }),
      { label: l.replyDistribution, width: 560 },
    ),
  );
  const sla =
    summary.sla === undefined
      ? `<figure class="chart" data-chart="sla-attainment"><p class="muted">${esc(l.noPolicy)}</p></figure>`
      : figure(
          'sla-attainment',
          l.slaAttainment,
          horizontalBars(
            SLA_METRICS.map((metric) => {
              const a = (summary.sla as NonNullable<Summary['sla']>)[metric];
              return { label: l.metrics[metric], value: (a.rate ?? 0) * 100, text: `${pct(a.rate)} (${num(a.met)}/${num(a.met + a.breached)})`, color: '#0d9488' };
            }),
            { label: l.slaAttainment, max: 100 },
          ),
        );
  const csat =
    summary.csat.good + summary.csat.bad === 0
      ? `<figure class="chart" data-chart="csat"><p class="muted">${esc(l.noRatings)}</p></figure>`
      : figure(
          'csat',
          `${l.csat} ${pct(summary.csat.score)} · ${l.responseRate} ${pct(summary.csat.responseRate)}`,
          horizontalBars(
            [
              { label: l.good, value: summary.csat.good, text: num(summary.csat.good), color: '#16a34a' },
              { label: l.bad, value: summary.csat.bad, text: num(summary.csat.bad), color: '#dc2626' },
            ],
            { label: l.csat },
          ),
        );
  let staffing = `<figure class="chart" data-chart="staffing"><p class="muted">${esc(l.noStaffing)}</p></figure>`;
  if (summary.staffing !== undefined) {
    const plan = summary.staffing;
    const roster = o.roster === undefined ? undefined : o.roster.length === 168 ? o.roster : Array.from({ length: 168 }, (_, h) => o.roster?.[h % 24] ?? 0);
    const peak = plan.peak;
    const caption = `${l.staffing}: ${l.peak} ${l.weekdays[Math.floor(peak.hourOfWeek / 24)]} ${String(peak.hourOfWeek % 24).padStart(2, '0')}:00 = ${peak.agents}; ${num(plan.agentHours)} ${l.agentHours}${roster ? ` · ${l.staffingNeeded} ▮ / ${l.roster} ▬` : ''}`;
    staffing = figure(
      'staffing',
      caption,
      verticalBars(
        plan.agents.map((a, h) => ({ label: h % 24 === 0 ? (l.weekdays[h / 24] as string) : '', value: a, title: `${l.weekdays[Math.floor(h / 24)]} ${String(h % 24).padStart(2, '0')}:00 — ${l.staffingNeeded} ${a}${roster ? `, ${l.roster} ${roster[h]}` : ''}` })),
        { label: l.staffing, width: 840, height: 200, ...(roster ? { line: roster, lineLabel: l.roster } : {}) },
      ),
    );
  }
  const split = (title: string, rows: ReadonlyArray<{ key: string; count: number }>, name: (k: string) => string) =>
    `<div><h3>${esc(title)}</h3>${table([title, l.count], rows.map((r) => [esc(name(r.key)), num(r.count)]))}</div>`;
  const breakdown = `<div class="row">${split(l.byKind, summary.volume.byKind, (k) => l.kinds[k] ?? k)}${split(l.byChannel, summary.volume.byChannel, (k) => l.channels[k] ?? k)}${split(l.byPriority, summary.volume.byPriority, (k) => l.priorities[k] ?? k)}</div>`;
  const top = table(
    [l.category, l.count, l.previous, l.change],
    summary.topCategories.map((c) => [
      esc(categoryName(c.category, lang)),
      num(c.count),
      num(c.previous),
      c.change === null ? '—' : `<span class="${c.change > 0 ? 'up' : 'down'}">${c.change > 0 ? '+' : ''}${(c.change * 100).toFixed(1)}%</span>`,
    ]),
    ' data-table="top-categories"',
  );
  return page(
    l,
    lang,
    summary,
    `<main>${kpis}
<section><h2>${esc(l.heatmap)}</h2>${heat}</section>
<section><h2>${esc(l.byCategory)}</h2>${categories}${days}${breakdown}</section>
<section><h2>${esc(l.replyDistribution)}</h2>${distribution}</section>
<section><h2>${esc(l.slaAttainment)} · ${esc(l.csat)}</h2><div class="row">${sla}${csat}</div></section>
<section><h2>${esc(l.staffing)}</h2>${staffing}</section>
<section><h2>${esc(l.topCategories)}</h2>${top}</section></main>`,
  );
}

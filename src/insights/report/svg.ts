/** Small inline-SVG chart builders for the report: no scripts, no external resources. */

/** Escapes text for HTML and SVG. */
export function esc(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A colour between a pale and a deep blue for a share in [0, 1]. */
export function shade(share: number): string {
  const s = Math.max(0, Math.min(1, share));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * s);
  return `rgb(${mix(241, 29)},${mix(245, 78)},${mix(249, 216)})`;
}

/** Horizontal bars with a label and a value text on each. */
export function horizontalBars(rows: ReadonlyArray<{ label: string; value: number; text: string; color?: string }>, options: { max?: number; label: string }): string {
  const rowH = 22;
  const labelW = 150;
  const barW = 360;
  const max = options.max ?? Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * rowH + 8;
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * rowH;
      const w = r1((r.value / max) * barW);
      return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(r.label)}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${r.color ?? '#2563eb'}"/><text x="${labelW + w + 4}" y="${y + 15}">${esc(r.text)}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="${esc(options.label)}" viewBox="0 0 ${labelW + barW + 90} ${height}" width="${labelW + barW + 90}" height="${height}">${bars}</svg>`;
}

/** Vertical bars with labels under them (every `labelEvery`-th label shown). */
export function verticalBars(
  bars: ReadonlyArray<{ label: string; value: number; title: string }>,
  options: { label: string; width?: number; height?: number; labelEvery?: number; line?: ReadonlyArray<number>; lineLabel?: string },
): string {
  const width = options.width ?? 640;
  const height = options.height ?? 180;
  const bottom = 28;
  const top = 12;
  const plotH = height - bottom - top;
  const max = Math.max(1, ...bars.map((b) => b.value), ...(options.line ?? []));
  const step = width / Math.max(1, bars.length);
  const every = options.labelEvery ?? 1;
  const rects = bars
    .map((b, i) => {
      const h = r1((b.value / max) * plotH);
      const x = r1(i * step + step * 0.1);
      const label = i % every === 0 ? `<text x="${r1(i * step + step / 2)}" y="${height - 10}" text-anchor="middle">${esc(b.label)}</text>` : '';
      return `<rect x="${x}" y="${r1(top + plotH - h)}" width="${r1(step * 0.8)}" height="${h}" fill="#2563eb"><title>${esc(b.title)}</title></rect>${label}`;
    })
    .join('');
  let line = '';
  if (options.line !== undefined && options.line.length > 0) {
    const points = options.line.map((v, i) => `${r1(i * step)},${r1(top + plotH - (v / max) * plotH)} ${r1((i + 1) * step)},${r1(top + plotH - (v / max) * plotH)}`).join(' ');
    line = `<polyline points="${points}" fill="none" stroke="#dc2626" stroke-width="2"><title>${esc(options.lineLabel ?? '')}</title></polyline>`;
  }
  return `<svg role="img" aria-label="${esc(options.label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><line x1="0" y1="${top + plotH}" x2="${width}" y2="${top + plotH}" stroke="#94a3b8"/>${rects}${line}</svg>`;
}

/** A 7 × 24 grid of cells shaded by count. */
export function heatmapGrid(values: ReadonlyArray<number>, rowLabels: ReadonlyArray<string>, label: string): string {
  const cellW = 24;
  const cellH = 20;
  const left = 48;
  const top = 18;
  const max = Math.max(1, ...values);
  let cells = '';
  for (let d = 0; d < 7; d++) {
    cells += `<text x="${left - 6}" y="${top + d * cellH + 14}" text-anchor="end">${esc(rowLabels[d] ?? '')}</text>`;
    for (let h = 0; h < 24; h++) {
      const v = values[d * 24 + h] ?? 0;
      cells += `<rect x="${left + h * cellW}" y="${top + d * cellH}" width="${cellW - 2}" height="${cellH - 2}" fill="${shade(v / max)}"><title>${esc(`${rowLabels[d]} ${String(h).padStart(2, '0')}:00 — ${v}`)}</title></rect>`;
    }
  }
  for (let h = 0; h < 24; h += 3) cells += `<text x="${left + h * cellW + cellW / 2}" y="12" text-anchor="middle">${String(h).padStart(2, '0')}</text>`;
  const width = left + 24 * cellW + 8;
  const height = top + 7 * cellH + 4;
  return `<svg role="img" aria-label="${esc(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${cells}</svg>`;
}

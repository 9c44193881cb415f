// examples/support-report: generates a month of 20,000 tickets, loads them through the memory
// backend, writes the report; the page is then opened in real headless Chromium: it renders with
// no console errors and no network requests, has every chart, and Chinese text is laid out.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const built = existsSync(join(root, 'dist/insights.js'));
if (!existsSync(CHROMIUM)) console.warn(`support-report browser check skipped: ${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk)`);

describe.skipIf(!built)('examples/support-report', () => {
  const out = mkdtempSync(join(tmpdir(), 'walletdesk-report-'));
  let result: { tickets: number; loaded: number; csat: number };

  it('generates 20,000 tickets, loads them through the memory backend and writes the report', () => {
    const stdout = execFileSync(process.execPath, ['examples/support-report/index.mjs', out], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    result = JSON.parse(stdout.trim().split('\n').at(-1) as string);
    expect(result.loaded).toBe(20_000);
    expect(result.tickets).toBe(20_000);
    expect(result.csat).toBeGreaterThan(0.5);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('客服报告');
    expect(html).not.toMatch(/<script|https?:\/\//);
  }, 180_000);

  it.skipIf(!existsSync(CHROMIUM))('renders in Chromium with every chart, no console errors, no requests', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1150, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      for (const chart of ['heatmap', 'volume-by-category', 'volume-by-day', 'reply-time-distribution', 'sla-attainment', 'csat', 'staffing']) {
        const box = await page.locator(`figure[data-chart="${chart}"] svg`).boundingBox();
        expect(box?.width, chart).toBeGreaterThan(100);
      }
      expect(await page.locator('figure[data-chart="heatmap"] rect').count()).toBe(168);
      expect(await page.textContent('h1')).toBe('客服报告');
      await page.screenshot({ path: join(out, 'report.png'), fullPage: true });
      expect(existsSync(join(out, 'report.png'))).toBe(true);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

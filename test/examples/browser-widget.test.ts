import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const widget = join(root, 'examples/browser-widget');
const CHROMIUM = '/usr/bin/chromium';
const ready = existsSync(CHROMIUM) && existsSync(join(root, 'dist/index.js'));
if (!existsSync(CHROMIUM)) console.warn(`browser-widget test skipped: ${CHROMIUM} is missing (apt-get install -y chromium; CI installs it)`);

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

describe.skipIf(!ready)('examples/browser-widget in headless Chromium', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(widget, 'build.mjs')], { cwd: root });
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
      const file = join(widget, path || 'index.html');
      if (!file.startsWith(widget) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }, 60_000);

  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('shows the category, steps, channels and a scam warning for a pasted fake number', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(base);
      await page.selectOption('#wallet', 'alipay');
      await page.fill('#message', '有人自称支付宝客服，打电话 400-123-4567 让我把钱转到安全账户');
      await page.click('button[type=submit]');
      await page.waitForSelector('#result:not([hidden])');
      expect(await page.textContent('#category')).toBe('account_compromise');
      expect(await page.isVisible('#warning')).toBe(true);
      expect(await page.textContent('#warning')).toContain('400-123-4567');
      expect(await page.locator('#steps li').count()).toBeGreaterThan(0);
      expect(await page.textContent('#channels')).toContain('95188');
      await page.screenshot({ path: join(widget, 'screenshot.png'), fullPage: true });

      // A plain request clears the warning.
      await page.fill('#message', '付款一直失败，提示交易异常');
      await page.click('button[type=submit]');
      await page.waitForFunction(() => document.getElementById('category')?.textContent === 'payment_failed');
      expect(await page.isVisible('#warning')).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

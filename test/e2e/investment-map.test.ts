/**
 * The 国内投資マップ end to end in headless Chromium against the real platform: a B plan taken
 * to national publication through the use cases (an unpublished one beside it), then the page
 * shows the map, the published project (with a link to its plan) and its prefecture's total, and
 * not the unpublished one; the secretariat publishes a snapshot from the page and compares it;
 * no console error, no horizontal scroll at 390 px, axe-core at WCAG 2.1
 * AA at 1280 and 390 px.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/platform/open-platform.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium, openPage } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';
import { addUser, PASSWORD } from '../support/plan-api.ts';
import { planAt, project } from '../support/published-plan.ts';

describe.skipIf(!chromiumAvailable())('国内投資マップ in the web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  let planId = '';
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sousei-e2e-invmap-'));
    const h = await openPlatform({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: false }, undefined, undefined, 'test');
    try {
      planId = await planAt(h.db, 'published', {
        title: '富山県医薬品産業クラスター計画',
        investments: [project('inv-api', '原薬工場の新設', '162019', '120億', { point: { lat: 36.7, lon: 137.21 } })],
      });
      await addUser(h.db, 'staff@cas.go.jp', 'editor', '000000', 'cas');
      await planAt(h.db, 'submitted', { title: '未公表の計画', investments: [project('inv-x', '未公表の案件', '162027', '999億')] });
    } finally {
      await h.close();
    }
    server = await startPlatform({ dataDir, statistics: false });
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // bypassCSP only where axe-core is injected: the map itself is checked under the app's CSP
  async function open(width: number, bypassCSP = false): Promise<{ page: Page; errors: string[] }> {
    const { page, errors } = await openPage(browser, server.url, { width, bypassCSP });
    await page.goto(`${server.url}/investment-map`);
    await expect.poll(() => page.locator('main canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    return { page, errors };
  }

  it('shows the published project on the map with its prefecture’s total, and nothing unpublished', async () => {
    const { page, errors } = await open(1280);
    const main = page.locator('main');
    await expect.poll(() => main.innerText(), { timeout: 30_000 }).toContain('原薬工場の新設');
    const text = await main.innerText();
    expect(text).toContain('国内投資マップ');
    expect(text).not.toContain('未公表');
    const toyama = page.locator('table', { hasText: '案件数' }).locator('tr', { hasText: '富山県' });
    await expect.poll(() => toyama.count()).toBe(1);
    expect(await toyama.innerText()).toMatch(/1\s+\S*120/);
    expect(await page.locator(`a[href="/plans/${planId}"]`).first().innerText()).toBe('富山県医薬品産業クラスター計画');
    // the year slider, by keyboard
    await page.getByLabel('すべての年度を表示').uncheck();
    const slider = page.getByRole('slider', { name: '投資年度' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => main.innerText()).toContain('条件に合う投資案件はありません');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the secretariat publish a snapshot on the page and compare it with the previous (none: all added)', async () => {
    const { page, errors } = await openPage(browser, server.url, { width: 1280, email: 'staff@cas.go.jp', password: PASSWORD, bypassCSP: false });
    const context = page.context();
    await page.goto(`${server.url}/investment-map`);
    await page.getByLabel('スナップショットの名称').fill('2026年度末');
    await page.getByLabel('基準日（省略時は今日）').fill('2027-03-31');
    await page.getByRole('button', { name: 'スナップショットを公表（事務局）' }).click();
    await expect.poll(() => page.locator('.invmap-publish [role="status"]').innerText(), { timeout: 30_000 }).toContain('「2026年度末」を公表しました');
    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toContain('2026年度末（2027-03-31時点・1件');
    await page.getByRole('button', { name: '前回と比較' }).click();
    await expect.poll(() => main.innerText()).toContain('追加 1件・削除 0件・変更 0件');
    expect(await page.getByRole('link', { name: '比較結果をExcelでダウンロード' }).getAttribute('href')).toMatch(/compare\?format=xlsx$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no horizontal scroll at 390 px and no axe-core violations at WCAG 2.1 AA (desktop and phone)', async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open(width, true);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth'), `${width}px`).toBe(true);
      const violations = await axeViolations(page);
      expect(violations, `@${width}px: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

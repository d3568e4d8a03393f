/**
 * The effect verification and the national roll-up end to end in headless Chromium against the
 * real platform. Before the server starts, through the platform's HTTP API: 富山市's application
 * is submitted, reviewed, decided (soft-1: 3,000万 + 2,500万; soft-2 not adopted) and put in
 * execution, and FY2027 observations are recorded for its KPIs (k1 150 → ①B 50%, k2 210 → ①A).
 * In the browser the applicant fills the FY2027 verification (a contact address is refused, the
 * error summary links to the field), saves → a reload shows it with the KPIs evaluated; publishes
 * → signed out, the page shows it read-only; the roll-up shows 富山県 (160008) with 5,500万円 and
 * the KPI classes. axe-core AA at 1280 and 390 px, no console errors, no horizontal scroll at 390 px.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/platform/open-platform.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium, openPage } from '../support/browser.ts';
import { DECISION, STRATEGY, fullScores, people, reviewApp, submittedApplication, transition } from '../support/grant-review.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';
import { PASSWORD, requester } from '../support/plan-api.ts';

const NO_HSCROLL = '(() => document.documentElement.scrollWidth <= window.innerWidth)()';
const PLANNER = 'planner@city.toyama.lg.jp';

describe.skipIf(!chromiumAvailable())('第2世代交付金 effect verification and roll-up in the web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  let id = '';
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sousei-e2e-grants-verification-'));
    const h = await openPlatform({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: false }, undefined, undefined, 'test');
    try {
      const app = reviewApp(h.db);
      const api = requester(app);
      const p = await people(h.db, app);
      id = await submittedApplication(api, p);
      expect((await api.post(`/api/v1/grants/applications/${id}/reviewers`, { reviewers: ['r1@panel.example.jp'] }, p.secretariat)).status).toBe(200);
      expect((await transition(api, id, 'start_review', p.secretariat)).status).toBe(200);
      expect((await api.put(`/api/v1/grants/applications/${id}/reviews`, fullScores([4, 4, 3, 3]), p.r1)).status).toBe(200);
      expect((await api.post(`/api/v1/grants/applications/${id}/decision`, DECISION, p.secretariat)).status).toBe(200);
      expect((await transition(api, id, 'start_execution', p.planner)).status).toBe(200);
      const rows = [
        { kpi_id: 'k1', period: 'FY2027', value: 150 },
        { kpi_id: 'k2', period: 'FY2027', value: 210 },
      ];
      expect((await api.post(`/api/v1/strategies/${STRATEGY}/observations`, { rows }, p.planner)).status).toBe(200);
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

  const open = (width: number, email: string | null) => openPage(browser, server.url, { width, email, password: PASSWORD });

  async function accessible(page: Page) {
    expect(await axeViolations(page)).toEqual([]);
  }

  it('the applicant fills the verification of a funded project, saves, reloads and publishes', async () => {
    const { page, errors } = await open(1280, PLANNER);
    await page.goto(`${server.url}/grants/${id}`);
    await page.getByRole('link', { name: '効果検証を見る・記録する' }).click();
    await page.waitForURL(/\/verification$/);
    await page.getByLabel('検証する年度').selectOption('2027');
    expect(await page.locator('#ver-form-heading').innerText()).toBe('効果検証を記録する（2027年度（令和9年度））');
    // only soft-1 is funded (soft-2 was decided at 0円): one result to fill
    expect(await page.locator('[data-project]').count()).toBe(1);
    expect(await page.locator('[data-project]').innerText()).toContain('交付決定額（国費）: 5,500万円');
    await accessible(page);

    const add = page.getByRole('button', { name: '参画者を追加' });
    for (let i = 0; i < 3; i++) await add.click();
    await page.locator('#ver-p-0-name').fill('yamada@example.jp');
    await page.locator('#ver-p-0-org').fill('富山商工会議所');
    await page.locator('#ver-p-1-sector').selectOption('government');
    await page.locator('#ver-p-1-name').fill('富山市 企画管理部長');
    await page.locator('#ver-p-2-sector').selectOption('academia');
    await page.locator('#ver-p-2-name').fill('佐藤 花子');
    await page.locator('#ver-as-of').fill('2028-03-31');
    await page.locator('#ver-r-0-assessment').fill('移住相談件数は目標を上回った');
    await page.locator('#ver-r-0-improvement').fill('就業支援との連携を強める');
    await page.getByRole('button', { name: '保存する' }).click();

    // the contact address is refused: the summary names the field and links to it; nothing is written
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toContain('1件の問題があります');
    const link = summary.getByRole('link');
    expect(await link.getAttribute('href')).toBe('#ver-p-0-name');
    expect(await link.innerText()).toContain('参画者1: 氏名または名称');
    expect(await link.innerText()).toContain('連絡先（メールアドレス・電話番号）は記録しません');
    expect(await page.locator('#ver-p-0-name').getAttribute('aria-invalid')).toBe('true');
    await accessible(page);
    await link.click();
    expect(await page.evaluate('document.activeElement.id')).toBe('ver-p-0-name');

    await page.locator('#ver-p-0-name').fill('山田 太郎');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining('2027年度（令和9年度）の効果検証を保存しました。'));
    // three sectors meet d2g.verification.min_sectors (3): no warning
    expect((await page.getByRole('status').allInnerTexts()).join('')).not.toContain('分野以上の参画が望まれます');

    await page.reload();
    await expect.poll(() => page.locator('#ver-year').inputValue(), { timeout: 15_000 }).toBe('2027');
    expect(await page.locator('#ver-p-0-name').inputValue()).toBe('山田 太郎');
    expect(await page.locator('#ver-p-0-org').inputValue()).toBe('富山商工会議所');
    expect(await page.locator('#ver-p-2-sector').inputValue()).toBe('academia');
    expect(await page.locator('#ver-as-of').inputValue()).toBe('2028-03-31');
    expect(await page.locator('#ver-r-0-assessment').inputValue()).toBe('移住相談件数は目標を上回った');
    expect(await page.locator('#ver-r-0-improvement').inputValue()).toBe('就業支援との連携を強める');
    // the KPIs as the engine judged them on 2028-03-31
    const k1 = await page.locator('tr[data-kpi="k1"]').innerText();
    expect(k1).toContain('①B');
    expect(k1).toContain('50%');
    expect(k1).toContain('150人');
    const k2 = await page.locator('tr[data-kpi="k2"]').innerText();
    expect(k2).toContain('①A');
    expect(k2).toContain('110%');
    await accessible(page);

    // the form at a phone's width: nothing wider than the screen, still accessible
    const phone = await open(390, PLANNER);
    await phone.page.goto(`${server.url}/grants/${id}/verification`);
    await expect.poll(() => phone.page.locator('#ver-r-0-assessment').inputValue(), { timeout: 30_000 }).toBe('移住相談件数は目標を上回った');
    expect(await phone.page.evaluate(NO_HSCROLL)).toBe(true);
    await accessible(phone.page);
    expect(phone.errors).toEqual([]);
    await phone.page.context().close();

    await page.getByRole('button', { name: '効果検証の結果を公表する' }).click();
    await expect.poll(() => page.getByTestId('grant-status').innerText(), { timeout: 15_000 }).toBe('効果検証公表');
    // the status and the verification reload separately: poll both
    await expect.poll(() => page.getByTestId('verification-view').innerText(), { timeout: 15_000 }).toContain('に公表（公表済みのため変更できません）');
    await expect.poll(() => page.locator('main').locator('input, textarea').count(), { timeout: 15_000 }).toBe(0);
    // the one refusal asked for above (the contact address) is the only thing the console reports
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.context().close();
  });

  it('signed out, the published verification is read-only', async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open(width, null);
      await page.goto(`${server.url}/grants/${id}/verification`);
      const view = page.getByTestId('verification-view');
      await expect.poll(() => view.count(), { timeout: 30_000 }).toBe(1);
      expect(await page.locator('#ver-year').inputValue()).toBe('2027');
      expect(await page.locator('main').locator('input, textarea').count()).toBe(0);
      expect(await page.getByRole('button', { name: '保存する' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '効果検証の結果を公表する' }).count()).toBe(0);
      expect(await page.getByTestId('assessment-soft-1').innerText()).toBe('移住相談件数は目標を上回った');
      expect(await page.getByTestId('improvement-soft-1').innerText()).toBe('就業支援との連携を強める');
      const participants = await view.locator('table').first().innerText();
      expect(participants).toContain('山田 太郎（富山商工会議所）');
      expect(participants).toContain('佐藤 花子');
      expect(await page.locator('tr[data-kpi="k2"]').innerText()).toContain('①A');
      if (width === 390) expect(await page.evaluate(NO_HSCROLL)).toBe(true);
      await accessible(page);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('the roll-up shows the funded amount in the prefecture’s row with exact yen', async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open(width, null);
      await page.goto(`${server.url}/grants`);
      await page.getByRole('link', { name: /全国集計/ }).click();
      await page.waitForURL(/\/grants\/rollup$/);
      const row = page.locator('[data-testid="rollup-funds"] tr[data-pref="16"]');
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
      const cells = await row.locator('th, td').allInnerTexts();
      expect(cells).toEqual(['富山県', '160008', '5,500万円', '0円', '0円', '5,500万円', '1']);
      expect(await page.locator('tr[data-pref="all"]').locator('th, td').allInnerTexts()).toEqual(['全国', '', '5,500万円', '0円', '0円', '5,500万円', '1']);
      const kpi = await page.getByTestId('rollup-kpi').innerText();
      expect(kpi).toContain('公表された効果検証1件、交付対象事業1件、KPI2件');
      expect(kpi).toContain('KPIのうち①A（目標達成）: 1件（50%）');
      if (width === 390) expect(await page.evaluate(NO_HSCROLL)).toBe(true);
      await accessible(page);

      if (width === 1280) {
        // the filter is the API's: the application's 年度; none was filed for 2027
        await page.getByLabel('申請の年度').selectOption('2027');
        await page.getByRole('button', { name: '表示する' }).click();
        await page.waitForURL(/fiscal_year=2027$/);
        await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('交付決定された申請はありません。');
        await page.getByLabel('申請の年度').selectOption('2026');
        await page.getByRole('button', { name: '表示する' }).click();
        await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
        const href = await page.getByRole('link', { name: /CSVでダウンロード/ }).getAttribute('href');
        expect(href).toBe('/api/v1/grants/rollup?fiscal_year=2026&format=csv&encoding=utf8-bom');
        const csv = await page.context().request.get(`${server.url}${href}`);
        const bytes = await csv.body();
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.toString('utf8')).toContain('都道府県別,"=""16""",富山県,2026,令和8年度,55000000,0,0,55000000,1');
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('an application the reader may not see is a clear message, not a blank page', async () => {
    const { page, errors } = await open(390, 'planner@city.kanazawa.lg.jp');
    await page.goto(`${server.url}/grants/g-000000000000/verification`);
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('h1').innerText()).toBe('効果検証');
    expect(await page.getByRole('alert').innerText()).toContain('エラー');
    expect(await page.evaluate(NO_HSCROLL)).toBe(true);
    await accessible(page);
    // the 404 of the application's request is the only thing the console reports
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.context().close();
  });
});
